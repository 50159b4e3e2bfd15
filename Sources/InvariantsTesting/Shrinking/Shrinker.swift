/// Integrated shrinking on the choice sequence (after Hypothesis' internal reduction): candidates are
/// sequences, the property runs on the value the *same generator* decodes from them, and a failing candidate
/// replaces the best one only if its recorded sequence is shortlex-simpler. Passes run in rounds until a round
/// improves nothing, the step cap, or the time cap.
///
/// The shrinker is a pull-based state machine (`nextCandidate` / `record`), so the synchronous and the
/// asynchronous runners drive the same code.
struct Shrinker {
    enum Stop: Equatable {
        case finished
        case stepCapHit
        case timeCapHit
    }

    private(set) var best: ShrinkTarget
    /// Candidates run.
    private(set) var steps = 0
    /// Candidates accepted as the new best.
    private(set) var improvements = 0
    private(set) var stop: Stop?
    private let stepLimit: Int
    private let deadline: ContinuousClock.Instant
    private var passes: [any ShrinkPass] = Shrinker.makeCheapPasses()
    private var passIndex = 0
    private var improvedThisRound = false
    private var expensive = false
    private var lengthAtRoundStart = 0
    private var seen: Set<[UInt64]> = []

    init(best: ShrinkTarget, stepLimit: Int, timeLimit: Duration) {
        self.best = best
        self.stepLimit = stepLimit
        self.deadline = ContinuousClock.now.advanced(by: timeLimit)
        seen.insert(best.choices)
        lengthAtRoundStart = best.choices.count
    }

    /// The cheap passes, run in rounds while a round makes the sequence shorter: deletions of whole spans,
    /// merging adjacent collections, zeroing, lowering equal copies together (spans, and integers at most 16
    /// apart, which the generator draws as repeats and neighbours) and each choice on its own.
    static func makeCheapPasses() -> [any ShrinkPass] {
        [
            DeleteSpansPass(),
            MergeSpansPass(),
            ZeroPass(size: 2),
            TwinSpansPass(),
            IntegerPairPass(.shiftTogether, closeness: 16),
            MinimisePass(),
        ]
    }

    /// The expensive passes, run once the cheap ones are stuck: raw chunk deletions (for sizes drawn before
    /// their elements), a deletion that shifts the integers after it (positions), pairs of choices and pairs
    /// of integers. Any improvement sends the shrinker back to the cheap passes.
    static func makeExpensivePasses() -> [any ShrinkPass] {
        [
            DeleteChunksPass(size: 8, decrementPrevious: false),
            DeleteChunksPass(size: 4, decrementPrevious: false),
            DeleteChunksPass(size: 3, decrementPrevious: false),
            DeleteChunksPass(size: 2, decrementPrevious: false),
            DeleteChunksPass(size: 1, decrementPrevious: false),
            DeleteChunksPass(size: 2, decrementPrevious: true),
            DeleteChunksPass(size: 1, decrementPrevious: true),
            DeleteAndShiftPass(),
            PairPass(.lowerTogether),
            PairPass(.redistribute),
            PairPass(.swap),
            IntegerPairPass(.shiftTogether),
            IntegerPairPass(.transfer),
        ]
    }

    /// The next candidate to run, or `nil` when shrinking is over (`stop` says why).
    mutating func nextCandidate() -> [UInt64]? {
        while stop == nil {
            if steps >= stepLimit {
                stop = .stepCapHit
                break
            }
            if ContinuousClock.now >= deadline {
                stop = .timeCapHit
                break
            }
            if passIndex >= passes.count {
                if !improvedThisRound && expensive {
                    stop = .finished
                    break
                }
                // Cheap rounds repeat while they shorten the sequence; then the expensive passes run, and an
                // expensive round that improved anything goes back to the cheap ones. The run ends after an
                // expensive round that improved nothing, right after a cheap one, so every pass is at a fixpoint.
                expensive = !expensive && !(improvedThisRound && best.choices.count < lengthAtRoundStart)
                improvedThisRound = false
                lengthAtRoundStart = best.choices.count
                passes = expensive ? Self.makeExpensivePasses() : Self.makeCheapPasses()
                passIndex = 0
            }
            guard let candidate = passes[passIndex].next(best) else {
                passIndex += 1
                continue
            }
            guard !best.exceedsBounds(candidate), seen.insert(candidate).inserted else {
                passes[passIndex].feedback(accepted: false)
                continue
            }
            steps += 1
            return candidate
        }
        return nil
    }

    /// True when running the property on a candidate cannot improve the best sequence, so it is not run:
    /// the generator consumed a sequence that is not simpler than the best one (it would be rejected even if
    /// it failed), or it read past the end of a chunk deletion's candidate (as in Hypothesis, a deletion
    /// that leaves the generator short of choices is not completed with zeros; the zero-completed value is
    /// another pass's candidate).
    func cannotImprove(consumed: [UInt64], overran: Bool) -> Bool {
        if overran, passIndex < passes.count, !passes[passIndex].completesWithZeros { return true }
        return !ShrinkTarget.isSimpler(consumed, than: best.choices)
    }

    /// Records the outcome of the last candidate: the sequence the generator actually consumed if the
    /// property failed on it, `nil` if it passed or the choices were invalid. Returns true if it is the new best.
    @discardableResult
    mutating func record(failing result: ShrinkTarget?) -> Bool {
        var accepted = false
        if let result {
            seen.insert(result.choices)
            if ShrinkTarget.isSimpler(result.choices, than: best.choices) {
                best = result
                improvements += 1
                improvedThisRound = true
                accepted = true
            }
        }
        if passIndex < passes.count { passes[passIndex].feedback(accepted: accepted) }
        return accepted
    }
}
