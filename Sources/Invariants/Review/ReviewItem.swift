public import Foundation

/// One checked call routed to human review: its redacted input and output, what the rules said, where the
/// code came from, and the verdicts reviewers gave.
///
/// ```swift
/// let contents = try DirectoryReviewQueue(at: URL(filePath: "invariants/review")).contents()
/// for item in contents.items where item.status == .pending {
///     print(item.id, item.outcome.hasPassed ? "passed" : "failed", item.origin)
/// }
/// ```
public struct ReviewItem: Sendable, Hashable {
    /// Whether an item still needs a reviewer.
    ///
    /// ```swift
    /// item.status == .pending
    /// ```
    public enum Status: String, Sendable, Hashable, Codable, CustomStringConvertible {
        /// No reviewer has judged the output `correct` or `incorrect` yet.
        ///
        /// ```swift
        /// ReviewItem(queue: "review", setID: "pricing.quote", input: .capture(cart), output: .capture(quote),
        ///            outcome: ReviewOutcome(checkedRules: ["pricing.quote/tax"])).status   // .pending
        /// ```
        case pending
        /// At least one reviewer judged the output `correct` or `incorrect`.
        ///
        /// ```swift
        /// item.recording(ReviewVerdict(itemID: item.id, reviewer: "ann", label: .correct)).status   // .completed
        /// ```
        case completed

        /// The raw value: `pending` or `completed`.
        ///
        /// ```swift
        /// ReviewItem.Status.pending.description   // "pending"
        /// ```
        public var description: String { rawValue }
    }

    /// A random id, 32 lowercase hex digits.
    ///
    /// ```swift
    /// String(item.id.prefix(8))   // the short id `invariants review` shows
    /// ```
    public var id: String
    /// The name of the queue the item was routed to (see ``ReviewQueue/name``).
    ///
    /// ```swift
    /// item.queue   // "review"
    /// ```
    public var queue: String
    /// The id of the rule set checked on the call.
    ///
    /// ```swift
    /// item.setID   // "pricing.quote"
    /// ```
    public var setID: String
    /// The call's input, redacted as the monitor redacts violation records.
    ///
    /// ```swift
    /// let cart = try item.input.decode(Cart.self, allowingRedactions: true)
    /// ```
    public var input: Snapshot
    /// The call's output, redacted.
    ///
    /// ```swift
    /// item.output.value?["total"]
    /// ```
    public var output: Snapshot
    /// Which rules were checked and which failed.
    ///
    /// ```swift
    /// item.outcome.hasPassed
    /// ```
    public var outcome: ReviewOutcome
    /// Where the guarded code came from.
    ///
    /// ```swift
    /// item.origin.model   // "model-x"
    /// ```
    public var origin: CodeOrigin
    /// Where the call was guarded or checked.
    ///
    /// ```swift
    /// item.callSite.description   // "Pricing/Quote.swift:42 quote(_:)"
    /// ```
    public var callSite: CallSite
    /// The request, tenant and trace the call served.
    ///
    /// ```swift
    /// item.context.requestID
    /// ```
    public var context: InvariantContext
    /// When the call was routed.
    ///
    /// ```swift
    /// item.createdAt < Date()
    /// ```
    public var createdAt: Date
    /// The reviewers' verdicts, one per reviewer (the latest), in the order they were given.
    ///
    /// ```swift
    /// item.verdicts.map(\.reviewer)   // ["ann", "bob"]
    /// ```
    public var verdicts: [ReviewVerdict]

    /// Creates an item; the id is random and the time now unless given.
    ///
    /// ```swift
    /// let item = ReviewItem(queue: "pricing", setID: "pricing.quote", input: .capture(cart),
    ///                       output: .capture(quote), outcome: ReviewOutcome(checkedRules: ["pricing.quote/tax"]))
    /// ```
    public init(
        id: String = EventID.random(),
        queue: String,
        setID: String,
        input: Snapshot,
        output: Snapshot,
        outcome: ReviewOutcome,
        origin: CodeOrigin = .unknown,
        callSite: CallSite = CallSite(),
        context: InvariantContext = InvariantContext(),
        createdAt: Date = Date(),
        verdicts: [ReviewVerdict] = []
    ) {
        self.id = id
        self.queue = queue
        self.setID = setID
        self.input = input
        self.output = output
        self.outcome = outcome
        self.origin = origin
        self.callSite = callSite
        self.context = context
        self.createdAt = RFC3339.roundedToMilliseconds(createdAt)
        self.verdicts = verdicts
    }

    /// `pending` until a reviewer judged the output `correct` or `incorrect`; `unsure` alone keeps it pending.
    ///
    /// ```swift
    /// try queue.contents().items.filter { $0.status == .pending }
    /// ```
    public var status: Status { judgement == nil ? .pending : .completed }

    /// What the reviewers concluded: the label most of them gave, `unsure` verdicts left out; `nil` when
    /// nobody judged the item or the reviewers are split evenly.
    ///
    /// ```swift
    /// item.judgement == .incorrect && item.outcome.hasPassed   // the rules missed a bug
    /// ```
    public var judgement: ReviewVerdict.Label? {
        let incorrect = verdicts.count { $0.label == .incorrect }
        let correct = verdicts.count { $0.label == .correct }
        if incorrect > correct { return .incorrect }
        if correct > incorrect { return .correct }
        return nil
    }

    /// This item with `verdict` recorded: it replaces an earlier verdict by the same reviewer.
    ///
    /// ```swift
    /// item.recording(ReviewVerdict(itemID: item.id, reviewer: "ann", label: .correct)).verdicts.count   // 1
    /// ```
    public func recording(_ verdict: ReviewVerdict) -> ReviewItem {
        var copy = self
        copy.verdicts.removeAll { $0.reviewer == verdict.reviewer }
        copy.verdicts.append(verdict)
        return copy
    }
}
