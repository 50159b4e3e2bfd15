/// Finds large decrements of a choice (or of a pair of choices) that keep a candidate failing, accepting as
/// it goes: first the whole amount (down to 0), then rising targets 1, 2, 4, 8 … (thresholds in properties
/// are small, so searching up from zero costs about twice the bits of the threshold, where halving down
/// from a huge random value costs its 63 bits) and a binary search below the first target that fails, then a small
/// probe of 2 followed by galloping (for gaps such as a filter that only accepts even values), then it
/// starts over from the new value. Every restart follows an accepted decrement, so the search ends.
struct DecrementSearch {
    private enum Phase {
        case full
        case rising(UInt64)
        case halving(tooLarge: UInt64)
        case probing(UInt64)
        case galloping(step: UInt64, minimum: UInt64)
        case done
    }

    private var current: UInt64
    private var phase = Phase.full
    private var last: UInt64 = 0

    init(maximum: UInt64) {
        self.current = maximum
    }

    mutating func nextDecrement() -> UInt64? {
        while true {
            switch phase {
            case .full:
                guard current > 0 else {
                    phase = .done
                    continue
                }
                last = current
            case .rising(let target):
                guard current > target else {
                    // Every target below the value passed: binary search between the last one and the value.
                    phase = .halving(tooLarge: current - target / 2)
                    continue
                }
                last = current - target
            case .halving(let tooLarge):
                guard tooLarge > 1 else {
                    phase = .probing(2)
                    continue
                }
                last = tooLarge / 2
            case .probing(let amount):
                guard amount <= 2, amount < current else {
                    phase = .done
                    continue
                }
                last = amount
            case .galloping(let step, let minimum):
                guard step >= minimum, step <= current else {
                    phase = step < minimum ? .full : .galloping(step: step / 2, minimum: minimum)
                    continue
                }
                last = step
            case .done:
                return nil
            }
            return last
        }
    }

    mutating func feedback(accepted: Bool) {
        if accepted { current -= min(last, current) }
        switch phase {
        case .full:
            phase = accepted ? .done : .rising(1)
        case .rising(let target):
            if !accepted {
                phase = .rising(target * 2)
            } else {
                phase = target <= 2 ? .done : .halving(tooLarge: target / 2)
            }
        case .halving(let tooLarge):
            phase = .halving(tooLarge: accepted ? tooLarge - last : last)
        case .probing(let amount):
            phase = accepted ? .galloping(step: amount * 2, minimum: amount) : .probing(amount + 1)
        case .galloping(let step, let minimum):
            phase = .galloping(step: accepted ? step * 2 : step / 2, minimum: minimum)
        case .done:
            break
        }
    }
}
