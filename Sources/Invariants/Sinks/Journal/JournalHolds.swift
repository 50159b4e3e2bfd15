import Synchronization

/// The journal files remote sinks are still shipping from, one per shipper: rotation never deletes them
/// (nor any newer file), so a sink that is behind loses nothing. Also which remote sinks ship from the
/// journal now: one shipper per offset file, even when several monitors share the journal sink.
final class JournalHolds: Sendable {
    private let files = Mutex<[ObjectIdentifier: UInt64]>([:])
    private let shipping = Mutex<Set<String>>([])

    /// Claims the offset file `name` for a new shipper; `false` if another shipper has it.
    func claim(_ name: String) -> Bool {
        shipping.withLock { $0.insert(name).inserted }
    }

    /// Gives the offset file `name` back.
    func release(_ name: String) {
        _ = shipping.withLock { $0.remove(name) }
    }

    /// Every inode held now.
    var inodes: Set<UInt64> { files.withLock { Set($0.values) } }

    /// Holds the file `inode` for `owner`, replacing what it held before; `nil` releases.
    func hold(_ inode: UInt64?, for owner: ObjectIdentifier) {
        files.withLock { $0[owner] = inode }
    }
}
