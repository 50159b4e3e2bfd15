import Foundation

/// How far a remote sink shipped a journal: a file, known by its inode (rotation renames files, never
/// changes their inode), and the byte offset of the first line not yet acknowledged. Saved next to the
/// journal as `violations.jsonl.<sink>.offset`, replaced atomically after every acknowledged batch.
struct JournalCursor: Codable, Hashable, Sendable {
    var inode: UInt64
    var offset: Int

    /// The cursor saved at `path`, or `nil` if there is none.
    ///
    /// - Throws: ``JournalError`` naming the file when it exists but cannot be read or parsed.
    static func load(from path: String) throws -> JournalCursor? {
        guard JournalSystem.exists(path) else { return nil }
        do {
            return try JSONDecoder().decode(JournalCursor.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw JournalError(operation: "read the shipping offset", path: path, reason: "\(error)")
        }
    }

    /// Saves the cursor to `path` atomically.
    func save(to path: String) throws {
        try JournalSystem.replaceAtomically(path, with: Array(try JSONEncoder().encode(self)))
    }
}
