public import Foundation

/// Reads journal files line by line, in large chunks, and reports each line as a record or as corrupt
/// with its file and line number; a bad line never stops the reading.
///
/// ```swift
/// let reader = try JournalReader(journalAt: URL(filePath: "invariants/violations.jsonl"))  // rotated files too
/// try reader.forEach { entry in
///     if case .corrupt(let location, let reason) = entry { print("\(location): \(reason)") }
/// }
/// let records = try reader.records()
/// ```
public struct JournalReader: Sendable {
    /// The files, read in this order.
    ///
    /// ```swift
    /// JournalReader(url: URL(filePath: "violations.jsonl")).urls.count   // 1
    /// ```
    public var urls: [URL]

    /// The longest line loaded, in bytes: 8 MiB by default. A longer line is a corrupt entry (with its file
    /// and line) and is skipped without being loaded, so reading any file takes bounded memory.
    ///
    /// ```swift
    /// var reader = try JournalReader(journalAt: url)
    /// reader.maxLineBytes = 64 << 20
    /// ```
    public var maxLineBytes = JournalReader.defaultMaxLineBytes

    /// The default ``maxLineBytes``: 8 MiB.
    ///
    /// ```swift
    /// JournalReader.defaultMaxLineBytes   // 8_388_608
    /// ```
    public static let defaultMaxLineBytes = JournalLines.defaultMaxLineBytes

    /// Reads these files in this order.
    ///
    /// ```swift
    /// let reader = JournalReader(urls: [olderURL, newerURL])
    /// ```
    public init(urls: [URL]) {
        self.urls = urls
    }

    /// Reads one file.
    ///
    /// ```swift
    /// let reader = JournalReader(url: URL(filePath: "violations.1.jsonl"))
    /// ```
    public init(url: URL) {
        self.init(urls: [url])
    }

    /// Reads a journal's rotated files oldest first (`violations.5.jsonl` … `violations.1.jsonl`), then the
    /// active file if it exists.
    ///
    /// ```swift
    /// let reader = try JournalReader(journalAt: URL(filePath: "invariants/violations.jsonl"))
    /// reader.urls.map(\.lastPathComponent)   // ["violations.2.jsonl", "violations.1.jsonl", "violations.jsonl"]
    /// ```
    ///
    /// - Throws: ``JournalError`` naming the directory when it cannot be listed (for example, it does not exist).
    public init(journalAt url: URL) throws {
        let paths = JournalPaths(url)
        let names = try JournalSystem.names(inDirectory: paths.directory)
        let rotated = names.compactMap { paths.rotationIndex(ofFileNamed: $0) }.sorted(by: >)
        var urls = rotated.map { URL(fileURLWithPath: paths.rotated($0)) }
        if names.contains(URL(fileURLWithPath: paths.active).lastPathComponent) {
            urls.append(URL(fileURLWithPath: paths.active))
        }
        self.init(urls: urls)
    }

    /// Calls `body` with every line of every file, in order: a record, or a corrupt line with its reason.
    ///
    /// ```swift
    /// var corrupt = 0
    /// try reader.forEach { if case .corrupt = $0 { corrupt += 1 } }
    /// ```
    ///
    /// - Throws: ``JournalError`` when a file cannot be opened or read, or what `body` throws.
    public func forEach(_ body: (JournalEntry) throws -> Void) throws {
        for url in urls {
            let path = url.path(percentEncoded: false)
            try JournalLines.forEach(inFileAt: path, maxLineBytes: maxLineBytes) { line, stoppedReading in
                let reason = JournalLines.tooLongReason(maxLineBytes: maxLineBytes, stoppedReading: stoppedReading)
                try body(.corrupt(JournalLocation(file: path, line: line), reason: reason))
            } _: { bytes, line, terminated in
                let location = JournalLocation(file: path, line: line)
                try body(Self.entry(bytes, at: location, terminated: terminated))
            }
        }
    }

    /// Every line of every file, in order.
    ///
    /// ```swift
    /// let corrupt = try reader.entries().filter { $0.record == nil }
    /// ```
    public func entries() throws -> [JournalEntry] {
        var entries: [JournalEntry] = []
        try forEach { entries.append($0) }
        return entries
    }

    /// Every record of every file, in order, skipping corrupt lines (use ``forEach(_:)`` to see them).
    ///
    /// ```swift
    /// let ids = try reader.records().map(\.invariantID)
    /// ```
    public func records() throws -> [ViolationRecord] {
        var records: [ViolationRecord] = []
        try forEach { if let record = $0.record { records.append(record) } }
        return records
    }

    private static func entry(
        _ bytes: UnsafeRawBufferPointer, at location: JournalLocation, terminated: Bool
    ) -> JournalEntry {
        guard terminated else { return .corrupt(location, reason: "torn last line (no newline)") }
        guard !bytes.isEmpty else { return .corrupt(location, reason: "empty line") }
        do {
            return .record(try ViolationRecord(jsonLineBytes: bytes), location: location)
        } catch {
            // `not valid JSON at column 2: …`, `missing field 'eventID'`, `field 'severity': …`.
            return .corrupt(location, reason: error.description)
        }
    }
}
