extension ReviewItem {
    /// Where the reviewers stand on an item, finer than ``status``: who has looked, and whether they agree.
    ///
    /// ```swift
    /// if item.state == .disputed { print("needs a third reviewer") }
    /// ```
    public enum State: Sendable, Hashable, CustomStringConvertible {
        /// Nobody has given a verdict.
        ///
        /// ```swift
        /// ReviewItem.State.pending.description   // "pending"
        /// ```
        case pending
        /// Every verdict so far is `unsure`: still pending, but someone looked.
        ///
        /// ```swift
        /// ReviewItem.State.unsure.description   // "unsure"
        /// ```
        case unsure
        /// As many reviewers said `correct` as `incorrect`: still pending.
        ///
        /// ```swift
        /// ReviewItem.State.disputed.description   // "disputed"
        /// ```
        case disputed
        /// Judged: the label most reviewers gave, as a word for the call (`confirmed`, `missed`, …).
        ///
        /// ```swift
        /// ReviewItem.State.judged(.incorrect, word: "missed").description   // "missed"
        /// ```
        case judged(ReviewVerdict.Label, word: String)

        /// `pending`, `unsure`, `disputed`, or the judgement's word.
        ///
        /// ```swift
        /// item.state.description   // "false-alarm"
        /// ```
        public var description: String {
            switch self {
            case .pending: "pending"
            case .unsure: "unsure"
            case .disputed: "disputed"
            case .judged(_, let word): word
            }
        }
    }

    /// Where the reviewers stand (see ``State``).
    ///
    /// ```swift
    /// item.state   // .judged(.incorrect, word: "missed")
    /// ```
    public var state: State {
        if let judgement { return .judged(judgement, word: judgement.word(onPassingCall: outcome.hasPassed)) }
        if verdicts.isEmpty { return .pending }
        return verdicts.allSatisfy { $0.label == .unsure } ? .unsure : .disputed
    }

    /// The combined judgement in one line: the state, then who said what.
    ///
    /// ```swift
    /// item.judgementSummary   // "missed (2 of 3: ann, bob missed; carl ok)"
    /// ```
    public var judgementSummary: String {
        guard !verdicts.isEmpty else { return "pending (no verdict yet)" }
        let passed = outcome.hasPassed
        var groups: [(word: String, reviewers: [String])] = []
        for verdict in verdicts {
            let word = verdict.label.word(onPassingCall: passed)
            if let index = groups.firstIndex(where: { $0.word == word }) {
                groups[index].reviewers.append(verdict.reviewer)
            } else {
                groups.append((word, [verdict.reviewer]))
            }
        }
        let who = groups.map { $0.reviewers.joined(separator: ", ") + " " + $0.word }.joined(separator: "; ")
        switch state {
        case .judged(let label, _):
            let agreeing = verdicts.count { $0.label == label }
            return "\(state) (\(agreeing) of \(verdicts.count): \(who))"
        case .disputed: return "disputed, still pending (\(who))"
        case .unsure: return "unsure, still pending (\(who))"
        case .pending: return "pending"
        }
    }

    /// The reviewers' correction: the latest one given with an `incorrect` verdict, if any.
    ///
    /// ```swift
    /// item.correction?.description   // "tax = 4.80"
    /// ```
    public var correction: ReviewCorrection? {
        verdicts.last { $0.label == .incorrect && $0.correction != nil }?.correction
    }

    /// Groups repeats of one problem: the ``Fingerprint`` of the first failed rule at the item's call site
    /// (as in the journal, so `invariants report` and the queue agree), or of the set id for a passing call.
    ///
    /// ```swift
    /// Dictionary(grouping: contents.items, by: \.fingerprint).count   // distinct problems
    /// ```
    public var fingerprint: String {
        Fingerprint.of(invariantID: outcome.violations.first?.invariantID ?? setID, callSite: callSite)
    }
}
