import Synchronization

/// Keeps a label's values bounded: the first `limit` distinct values pass, later ones become `other`.
///
/// ```swift
/// let rules = LabelBudget(limit: 2)
/// rules.value("a"); rules.value("b"); rules.value("c")   // "a", "b", "other"
/// ```
public final class LabelBudget: Sendable {
    /// The rules a process labels by name before folding the rest into `other`.
    public static let defaultLimit = 500

    /// The most distinct values passed through.
    public let limit: Int
    private let seen = Mutex<Set<String>>([])

    /// Creates a budget of `limit` values.
    public init(limit: Int = LabelBudget.defaultLimit) {
        self.limit = limit
    }

    /// `value` while the budget lasts (or when already seen), otherwise `other`.
    public func value(_ value: String) -> String {
        seen.withLock { seen in
            if seen.contains(value) { return value }
            guard seen.count < limit else { return "other" }
            seen.insert(value)
            return value
        }
    }
}
