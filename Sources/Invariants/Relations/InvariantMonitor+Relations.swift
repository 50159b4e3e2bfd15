import Foundation
import Synchronization

extension InvariantMonitor {
    /// The hook a guard calls after its function returned, or `nil` (one branch per call) when the set has
    /// no relations or they do not run. Says once on standard error why a set's relations do not run, unless
    /// the guard said so itself with ``RelationChecks/off``.
    @usableFromInline
    func relationHook<Input, Output>(
        _ set: InvariantSet<Input, Output>, _ site: GuardSite, _ checks: RelationChecks?,
        _ body: RelationBody<Input, Output>?
    ) -> RelationHook<Input, Output>? {
        let relations = set.relations
        guard !relations.isEmpty else { return nil }
        let ids = relations.map(\.descriptor.ruleID).joined(separator: ", ")
        guard let checks else {
            Self.warnOnce(
                "invariants: \(site.setID) has relations (\(ids)) that the guard at \(site.callSite) does not run: "
                    + "checking them calls the function twice; if that is safe, pass relations: .rerun(.pure) or "
                    + ".rerun(.idempotent) to guard(…) or guarded(…), else relations: .off")
            return nil
        }
        guard let body, checks.safety != nil, SamplingMode(checks.sampler) != .never else { return nil }
        guard let makeHook = set.relationList.makeHook else {
            Self.warnOnce(
                "invariants: \(site.setID) has relations (\(ids)) that the guard at \(site.callSite) cannot run: "
                    + "its input and output types are not Sendable, so they cannot be handed to another thread")
            return nil
        }
        return makeHook(relations, self, site, checks, body)
    }

    /// Writes `message` to standard error, once per process and message.
    private static func warnOnce(_ message: String) {
        guard warnedRelations.withLock({ $0.insert(message).inserted }) else { return }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// The relation warnings already written.
private let warnedRelations = Mutex<Set<String>>([])
