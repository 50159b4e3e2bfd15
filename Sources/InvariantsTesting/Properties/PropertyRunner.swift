/// The shared engine behind the synchronous and asynchronous `check`s: it hands out the context of the next
/// case (saved example, random case, shrink candidate) and takes back its outcome. Drivers only generate
/// the value, run the body and report.
final class PropertyRunner<Value> {
    private enum Phase {
        case saved
        case random
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
    private var labels: [String: Int] = [:]
    private var gaveUp: String?
    private var shrinker: Shrinker?
    private var best: (value: Value, failure: CaseFailure)?
    private var original: Value?
    private var replayedSaved = false

    init(_ property: Property<Value>) {
        self.property = property
        self.seed = PropertySeed.resolve(property.seed)
        self.rng = Xoshiro256(seed: seed)
    }

    /// The context of the next case to run, or `nil` when the run is over.
    func nextContext() -> GenContext? {
        while true {
            currentPhase = phase
            switch phase {
            case .saved:
                phase = .random
                if let name = property.name, let saved = property.database.load(name) {
                    return GenContext(replaying: saved)
                }
            case .random:
                guard randomCases < property.iterations else {
                    phase = .done
                    continue
                }
                randomCases += 1
                let size = min(1, Double(randomCases) / Double(max(1, property.iterations / 2)))
                return GenContext(random: Xoshiro256(seed: rng.next()), size: size)
            case .shrinking:
                if let candidate = shrinker?.nextCandidate() { return GenContext(replaying: candidate) }
                phase = .done
            case .done:
                return nil
            }
        }
    }

    /// Generates the case's value; `nil` when the choices cannot produce one (the runner accounts for it).
    func generate(_ context: GenContext) -> Value? {
        do {
            return try property.gen.run(context)
        } catch let abort as GenerationAbort {
            switch (currentPhase, abort) {
            case (.shrinking, _):
                shrinker?.record(failing: nil)
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
        guard currentPhase != .shrinking else {
            let target = failure.map { _ in ShrinkTarget(context) }
            if shrinker?.record(failing: target) == true, let failure { best = (value, failure) }
            return
        }
        casesRun += 1
        if currentPhase == .random {
            for name in caseLabels.names { labels[name, default: 0] += 1 }
        }
        guard let failure else { return }
        best = (value, failure)
        original = value
        replayedSaved = currentPhase == .saved
        shrinker = Shrinker(
            best: ShrinkTarget(context),
            stepLimit: property.shrinkStepLimit,
            timeLimit: property.timeLimit
        )
        phase = .shrinking
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
        if let name = property.name {
            if let shrinker, best != nil {
                property.database.save(shrinker.best.choices, for: name)
            } else if stopReason == .passed {
                property.database.remove(name)
            }
        }
        return PropertyResult(
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
    }
}
