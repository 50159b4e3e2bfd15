import Synchronization

/// The journal files remote sinks are still shipping from, one per shipper: rotation never deletes them
/// (nor any newer file), so a sink that is behind loses nothing.
final class JournalHolds: Sendable {
    private let files = Mutex<[ObjectIdentifier: UInt64]>([:])

    /// Every inode held now.
    var inodes: Set<UInt64> { files.withLock { Set($0.values) } }

    /// Holds the file `inode` for `owner`, replacing what it held before; `nil` releases.
    func hold(_ inode: UInt64?, for owner: ObjectIdentifier) {
        files.withLock { $0[owner] = inode }
    }
}
