import Synchronization

/// The journal files remote sinks are still shipping from, one per shipper: rotation never deletes them
/// (nor any newer file), so a sink that is behind loses nothing. Also which remote sinks ship from the
/// journal now: one shipper per offset file, shared by every monitor that writes this journal sink and
/// sends to the same endpoint, so the endpoint gets each line once.
final class JournalHolds: Sendable {
    /// A monitor's reporter, as a user of shared shippers.
    final class User: Sendable {}

    private let files = Mutex<[ObjectIdentifier: UInt64]>([:])
    private let shipping = Mutex<
        [String: (shipper: JournalShipper, destination: String, users: Set<ObjectIdentifier>)]
    >([:])

    /// The shipper of the offset file `name`, for `user`: the one another user runs already, or else a new
    /// one from `make`; `nil` when the offset file is shipped to another `destination` (a sink with the same
    /// host, port and path but another query or headers), or already by `user` itself: such a sink delivers
    /// from memory instead.
    func shipper(
        named name: String, destination: String, for user: User, make: () -> JournalShipper
    ) -> JournalShipper? {
        shipping.withLock { shipping in
            if let shared = shipping[name] {
                guard shared.destination == destination, !shared.users.contains(ObjectIdentifier(user)) else {
                    return nil
                }
                shipping[name]?.users.insert(ObjectIdentifier(user))
                return shared.shipper
            }
            let shipper = make()
            shipping[name] = (shipper, destination, [ObjectIdentifier(user)])
            return shipper
        }
    }

    /// `user` no longer ships the offset file `name`; `true` when it was the last user, whose shipper stops.
    func release(_ name: String, by user: User) -> Bool {
        shipping.withLock { shipping in
            guard var shared = shipping[name], shared.users.remove(ObjectIdentifier(user)) != nil else { return false }
            if shared.users.isEmpty {
                shipping[name] = nil
                return true
            }
            shipping[name] = shared
            return false
        }
    }

    /// Every inode held now.
    var inodes: Set<UInt64> { files.withLock { Set($0.values) } }

    /// Holds the file `inode` for `owner`, replacing what it held before; `nil` releases.
    func hold(_ inode: UInt64?, for owner: ObjectIdentifier) {
        files.withLock { $0[owner] = inode }
    }
}
