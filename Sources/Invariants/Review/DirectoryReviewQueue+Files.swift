import Foundation
import Glibc

extension DirectoryReviewQueue {
    /// Runs `body` holding the directory's lock, exclusive or shared; `creating` makes the directory first.
    func withLock<Result>(exclusive: Bool, creating: Bool, _ body: () throws -> Result) throws -> Result {
        do {
            if creating {
                try JournalSystem.createDirectory(directory)
            } else if !JournalSystem.exists(directory) {
                throw ReviewQueueError.missingQueue(path: directory)
            } else if !JournalSystem.exists(itemsPath) {
                try refuseUnlessEmptyQueue()
            }
            // A reader creates nothing: it reads unlocked a queue without a lock file (nothing was ever
            // appended to it) or one it may not write.
            var descriptor = exclusive ? open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, mode_t(0o600)) : -1
            if descriptor < 0 && !exclusive { descriptor = open(lockPath, O_RDONLY | O_CLOEXEC) }
            if descriptor < 0 && exclusive { throw JournalSystem.error("open", lockPath, errno) }
            defer { if descriptor >= 0 { _ = close(descriptor) } }
            if descriptor >= 0 {
                _ = try JournalSystem.retrying("lock", lockPath) { flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) }
            }
            return try body()
        } catch let error as JournalError {
            throw ReviewQueueError(error)
        }
    }

    /// Throws ``ReviewQueueError/notAQueue(path:suggestion:)`` when the directory holds files that are
    /// not a queue's; an empty directory is an empty queue.
    private func refuseUnlessEmptyQueue() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        guard names.contains(where: { ![".lock", "verdicts.jsonl"].contains($0) }) else { return }
        let nested = names.sorted().map { url.appendingPathComponent($0) }.first { candidate in
            FileManager.default.fileExists(atPath: candidate.appendingPathComponent("items.jsonl").path)
        }
        func trimmed(_ path: String) -> String {
            path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        }
        throw ReviewQueueError.notAQueue(
            path: trimmed(directory), suggestion: nested.map { trimmed($0.path(percentEncoded: false)) })
    }

    /// Appends complete lines with one write, after closing a line a crash left without its newline.
    func appendLines(_ bytes: [UInt8], to path: String) throws {
        let file = try JournalFile.openForAppending(path)
        defer { file.close() }
        let size = Int(try file.status().st_size)
        var lines = bytes
        if size > 0 {
            var last: UInt8 = 0
            if try file.read(into: &last, count: 1, at: size - 1) == 1, last != 0x0A { lines.insert(0x0A, at: 0) }
        }
        try lines.withUnsafeBytes { try file.write($0) }
        try file.sync()
    }
}
