public import Foundation

/// Where failing examples are saved (as choice sequences, keyed by the property's name and where it is declared)
/// and replayed first on the next run, so a found bug is re-checked before any random case. Two properties of
/// the same name declared in different places (a v1 and a v2 engine over one rule set) keep separate examples,
/// and a passing property deletes only its own.
///
/// Every entry point uses ``ExampleDatabase/default`` (`.invariants/examples/` under the current directory)
/// unless given another database or ``ExampleDatabase/disabled``.
///
/// ```swift
/// Property("tax rounding", over: .cart, database: ExampleDatabase(directory: tempURL)).check { … }
/// Property("tax rounding", over: .cart, database: .disabled).check { … }
/// ```
public struct ExampleDatabase: Sendable {
    /// The directory holding one file per property; `nil` when disabled.
    ///
    /// ```swift
    /// ExampleDatabase.default.directory      // .invariants/examples
    /// ```
    public let directory: URL?

    /// A database in `directory` (created on first save).
    ///
    /// ```swift
    /// let database = ExampleDatabase(directory: URL(filePath: "/tmp/examples"))
    /// ```
    public init(directory: URL) {
        self.directory = directory
    }

    private init(disabledDirectory: URL?) {
        self.directory = disabledDirectory
    }

    /// `.invariants/examples/` under the current directory (the package root under `swift test`).
    ///
    /// ```swift
    /// Property("pricing", over: .cart, database: .default)
    /// ```
    public static let `default` = ExampleDatabase(directory: URL(fileURLWithPath: ".invariants/examples"))

    /// No saving, no replay.
    ///
    /// ```swift
    /// Property("pricing", over: .cart, database: .disabled)
    /// ```
    public static let disabled = ExampleDatabase(disabledDirectory: nil)

    /// The saved choice sequence for `key` (name and location, see ``Property/databaseKey``), if any.
    func load(_ key: String) -> [UInt64]? {
        guard let url = file(for: key), let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        let tokens = text.split(whereSeparator: \.isWhitespace)
        let choices = tokens.compactMap { UInt64($0) }
        return choices.count == tokens.count ? choices : nil
    }

    /// Saves `choices` for `key`, replacing what was there (errors are ignored: saving is best effort).
    func save(_ choices: [UInt64], for key: String) {
        guard let directory, let url = file(for: key) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? (choices.map(String.init).joined(separator: " ") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Forgets the example saved for `key`.
    func remove(_ key: String) {
        guard let url = file(for: key) else { return }
        try? FileManager.default.removeItem(at: url)
    }

    func file(for key: String) -> URL? {
        guard let directory else { return nil }
        let safe = String(key.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" })
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return directory.appendingPathComponent("\(safe.prefix(80))-\(String(hash, radix: 16)).choices")
    }
}
