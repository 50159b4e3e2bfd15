import Synchronization

/// Decides, once, whether a candidate's run ends by finishing or by timing out: whoever claims it first.
final class CandidateVerdict: Sendable {
    private let claimed = Atomic<Bool>(false)

    /// `true` for the first caller only.
    func claim() -> Bool {
        claimed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }
}
