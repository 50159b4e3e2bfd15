import Foundation
import Invariants

/// The files named by `JOURNAL…` arguments, oldest first: a file as it is, a journal's active file with its
/// rotated siblings (`violations.3.jsonl` … `violations.1.jsonl`, then `violations.jsonl`), a directory as the
/// journal `violations.jsonl` in it. A file named twice is read once.
///
/// ```swift
/// let files = try JournalFiles(["invariants-demo"])   // …/violations.1.jsonl, …/violations.jsonl
/// let reader = files.reader
/// ```
struct JournalFiles {
    /// Every file to read, in order.
    var urls: [URL]
    /// The longest line a reader loads.
    var maxLineBytes = JournalReader.defaultMaxLineBytes

    /// Resolves the arguments; throws a ``UsageError`` naming the first that is not a journal.
    init(_ arguments: [String]) throws(UsageError) {
        guard !arguments.isEmpty else { throw UsageError("missing JOURNAL: name a journal file or directory") }
        var urls: [URL] = []
        var seen: Set<String> = []
        for argument in arguments {
            for url in try Self.files(of: argument) where seen.insert(url.standardizedFileURL.path).inserted {
                urls.append(url)
            }
        }
        self.urls = urls
    }

    /// A reader of every file, in order.
    var reader: JournalReader {
        var reader = JournalReader(urls: urls)
        reader.maxLineBytes = maxLineBytes
        return reader
    }

    private static func files(of argument: String) throws(UsageError) -> [URL] {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory)
        let journal =
            exists && isDirectory.boolValue
            ? URL(fileURLWithPath: argument).appendingPathComponent("violations.jsonl") : URL(fileURLWithPath: argument)
        let urls = (try? JournalReader(journalAt: journal).urls) ?? []
        guard !urls.isEmpty else {
            if exists && isDirectory.boolValue {
                throw UsageError("no journal in directory \(argument) (no violations.jsonl or violations.N.jsonl)")
            }
            throw UsageError("no such journal file: \(argument)")
        }
        return urls
    }
}
