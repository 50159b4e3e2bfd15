/// The shared engine behind the synchronous and asynchronous `check`s: it hands out the context of the next
/// case (saved example, the simplest value, random case, boundary probe, shrink candidate) and takes back its
/// outcome. Drivers only generate the value, run the body and report.
final class PropertyRunner<Value> {
    private enum Phase {
        case saved
        case random
        case boundary
        /// The first random case, replaced by the simplest value.
        case simplest
        case shrinking
        case done
    }

    let seed: UInt64
    private let property: Property<Value>
    private var rng: Xoshiro256
    private var phase = Phase.saved
    private var currentPhase = Phase.saved
    private var casesRun = 0
    private var randomCases = 0
    private var invalidCases = 0
    private var discarded = 0
    private var evaluations = 0
    private var shrinkEvaluations = 0
    private var labels: [String: Int] = [:]
    private var gaveUp: String?
    private var shrinker: Shrinker?
    private var boundary = BoundarySearch()
    /// The one context every random case reuses (its buffers keep their capacity).
    private var randomContext: GenContext?
    private var best: (value: Value, failure: CaseFailure)?
    private var original: Value?
    private var replayedSaved = false
    private var triedSimplest = false
    /// Shrink outcomes by decoded value (`nil`: passed), so two sequences decoding to one value run once.
    private var outcomes: [ValueKey: CaseFailure?] = [:]
    /// The cache key of the shrink candidate being run.
    private var pendingKey: ValueKey?

    init(_ property: Property<Value>) {
        self.property = property
        self.seed = PropertySeed.resolve(property.seed)
        self.rng = Xoshiro256(seed: seed)
    }

    /// The most cases a run may discard (``assume(_:_:)``) before it gives up.
    var discardLimit: Int { max(100, property.iterations * 10) }

    /// The context of the next case to run, or `nil` when the run is over.
    func nextContext() -> GenContext? {
        while true {
            currentPhase = phase
            switch phase {
            case .saved:
                phase = .random
                if let key = property.databaseKey, let saved = property.database.load(key) {
                    return GenContext(replaying: saved)
                }
            case .random, .boundary, .simplest:
                guard randomCases < property.iterations else {
                    phase = .done
                    continue
                }
                randomCases += 1
                if !triedSimplest {
                    // The first case is the simplest value (every choice 0), as in Hypothesis: a bug it shows
                    // needs no shrinking, and when it passes, the shrinker never runs it again. The random
                    // source advances as for a random case, so the random cases after it stay those of the seed.
                    triedSimplest = true
                    _ = rng.next()
                    currentPhase = .simplest
                    return GenContext(replaying: [])
                }
                if let candidate = boundary.nextCandidate(&rng) {
                    currentPhase = .boundary
                    return GenContext(replaying: candidate)
                }
                currentPhase = .random
                let size = min(1, Double(randomCases) / Double(max(1, property.iterations / 2)))
                let source = Xoshiro256(seed: rng.next())
                guard let context = randomContext else {
                    randomContext = GenContext(random: source, size: size)
                    return randomContext
                }
                context.reset(random: source, size: size)
                return context
            case .shrinking:
                if let candidate = shrinker?.nextCandidate() { return GenContext(replaying: candidate) }
                phase = .done
            case .done:
                return nil
            }
        }
    }

    /// Generates the case's value; `nil` when the choices cannot produce one, or (while shrinking) when the
    /// value was already run: the runner accounts for both.
    func generate(_ context: GenContext) -> Value? {
        do {
            let value = try property.gen.run(context)
            guard currentPhase == .shrinking else { return value }
            if shrinker?.cannotImprove(consumed: context.choices, overran: context.overran) == true {
                shrinker?.record(failing: nil)
                return nil
            }
            pendingKey = nil
            guard let key = ValueKey(value) else { return value }
            switch outcomes[key] {
            case nil:
                pendingKey = key
                return value
            case .some(.none):
                shrinker?.record(failing: nil)
            case .some(.some(let failure)):
                if shrinker?.record(failing: ShrinkTarget(context)) == true { best = (value, failure) }
            }
        } catch let abort as GenerationAbort {
            switch (currentPhase, abort) {
            case (.shrinking, _):
                shrinker?.record(failing: nil)
            case (.boundary, _):
                boundary.feedback(shape: nil)
            case (.simplest, _):
                randomCases -= 1
            case (.random, .gaveUp(let message)):
                stop(gaveUp: message)
            case (.random, _):
                randomCases -= 1
                invalidCases += 1
                if invalidCases > max(100, property.iterations) {
                    stop(gaveUp: "the generator failed \(invalidCases) times (more than 20000 choices per value)")
                }
            default:
                break
            }
        } catch {
            if currentPhase == .shrinking {
                shrinker?.record(failing: nil)
            } else {
                stop(gaveUp: "the generator threw \(String(reflecting: error))")
            }
        }
        return nil
    }

    /// Records the outcome of the case whose value came from `context`.
    func complete(_ context: GenContext, value: Value, labels caseLabels: PropertyLabels, failure: CaseFailure?) {
        evaluations += 1
        if case .threw(let error) = failure, error is PropertyDiscard {
            discard()
            return
        }
        guard currentPhase != .shrinking else {
            shrinkEvaluations += 1
            if let key = pendingKey { outcomes[key] = .some(failure) }
            pendingKey = nil
            let target = failure.map { _ in ShrinkTarget(context) }
            if shrinker?.record(failing: target) == true, let failure { best = (value, failure) }
            return
        }
        casesRun += 1
        if currentPhase != .saved {
            for name in caseLabels.names { labels[name, default: 0] += 1 }
        }
        guard let failure else {
            if currentPhase == .random || currentPhase == .simplest {
                boundary.remember(context, shape: caseLabels.shape)
            }
            if currentPhase == .boundary { boundary.feedback(shape: caseLabels.shape) }
            if currentPhase == .simplest, let key = ValueKey(value) { outcomes[key] = .some(nil) }
            return
        }
        best = (value, failure)
        original = value
        replayedSaved = currentPhase == .saved
        if let key = ValueKey(value) { outcomes[key] = .some(failure) }
        shrinker = Shrinker(
            best: ShrinkTarget(context),
            stepLimit: property.shrinkStepLimit,
            timeLimit: property.timeLimit
        )
        phase = .shrinking
    }

    /// A case the property discarded: not a pass, not a failure; too many make the run give up.
    private func discard() {
        switch currentPhase {
        case .shrinking:
            shrinkEvaluations += 1
            if let key = pendingKey { outcomes[key] = .some(nil) }
            pendingKey = nil
            shrinker?.record(failing: nil)
            return
        case .random, .simplest:
            randomCases -= 1
        case .boundary:
            boundary.feedback(shape: nil)
        case .saved, .done:
            break
        }
        discarded += 1
        if discarded > discardLimit {
            stop(
                gaveUp: "\(discarded) cases were discarded by assume(…) and only \(casesRun) ran; "
                    + "generate valid values directly (e.g. with map) or loosen the assumption"
            )
        }
    }

    private func stop(gaveUp message: String) {
        gaveUp = message
        phase = .done
    }

    /// The result of the run; saves or forgets the failing example of a named property.
    func result() -> PropertyResult<Value> {
        let stopReason: PropertyStopReason
        if let gaveUp {
            stopReason = .gaveUp(gaveUp)
        } else if best == nil {
            stopReason = .passed
        } else {
            switch shrinker?.stop {
            case .stepCapHit: stopReason = .shrinkStepCapHit
            case .timeCapHit: stopReason = .shrinkTimeCapHit
            default: stopReason = .failed
            }
        }
        if let key = property.databaseKey {
            if let shrinker, best != nil {
                property.database.save(shrinker.best.choices, for: key)
            } else if stopReason == .passed {
                property.database.remove(key)
            }
        }
        var result = PropertyResult(
            name: property.name,
            counterexample: best?.value,
            originalCounterexample: original,
            seed: seed,
            casesRun: casesRun,
            shrinkSteps: shrinker?.steps ?? 0,
            shrinks: shrinker?.improvements ?? 0,
            stopReason: stopReason,
            error: best?.failure.error,
            failureMessage: best?.failure.message,
            labels: labels,
            replayedSavedExample: replayedSaved
        )
        result.evaluations = evaluations
        result.shrinkEvaluations = shrinkEvaluations
        result.discarded = discarded
        return result
    }
}
