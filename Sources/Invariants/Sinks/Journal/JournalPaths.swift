import Foundation

/// The names of a journal's files: `violations.jsonl` (active), `violations.1.jsonl`, `violations.2.jsonl`
/// … (rotated, 1 the newest) and `violations.jsonl.torn-<unix-ms>` (a torn line set aside on recovery).
struct JournalPaths: Sendable, Hashable {
    /// The active file.
    let active: String
    /// The directory holding every file of the journal.
    let directory: String
    /// The active file's name without its extension: `violations`.
    let stem: String
    /// The active file's extension with its dot, `.jsonl`, or empty.
    let suffix: String

    init(_ url: URL) {
        let file = url.standardizedFileURL
        active = file.path(percentEncoded: false)
        let parent = file.deletingLastPathComponent().path(percentEncoded: false)
        directory = parent.count > 1 && parent.hasSuffix("/") ? String(parent.dropLast()) : parent
        let name = file.lastPathComponent
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            stem = String(name[..<dot])
            suffix = String(name[dot...])
        } else {
            stem = name
            suffix = ""
        }
    }

    /// The path of rotated file `index` (1 is the newest): `violations.3.jsonl`.
    func rotated(_ index: Int) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + "\(stem).\(index)\(suffix)"
    }

    /// The path a torn line is set aside under: `violations.jsonl.torn-1795444136123`, then `-2`, `-3` …
    /// when that name is taken.
    func torn(milliseconds: Int64, attempt: Int) -> String {
        active + ".torn-\(milliseconds)" + (attempt > 1 ? "-\(attempt)" : "")
    }

    /// The rotation index of a file name of this journal (`violations.3.jsonl` → 3), or `nil`.
    func rotationIndex(ofFileNamed name: String) -> Int? {
        let prefix = stem + "."
        guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else {
            return nil
        }
        let digits = name.dropFirst(prefix.count).dropLast(suffix.count)
        guard digits.allSatisfy(\.isASCII), digits.first != "0", let index = Int(digits), index > 0 else {
            return nil
        }
        return index
    }
}
