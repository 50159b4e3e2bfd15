/// Searches for inputs on a boundary of the function under test, using the output shapes the property
/// observes (``PropertyLabels/observe(_:)``): it takes an earlier case, moves one of its integers (a price in
/// cents, a quantity) to another value, and when the output's shape changes, bisects between the two values
/// to the adjacent pair where it changes. A `>` written for `>=` (free shipping from 50.00) fails exactly there.
///
/// Its cases replace random ones, so the number of cases run stays `iterations`.
struct BoundarySearch {
    private struct Case {
        let choices: [UInt64]
        let integers: [IntegerNode]
        let shape: UInt64
    }

    private struct Bisection {
        let base: [UInt64]
        let node: IntegerNode
        let shape: UInt64
        var same: Int128
        var different: Int128
    }

    private enum Pending {
        case none
        case probe(base: Case, node: IntegerNode, value: Int128)
        case bisect(Int128)
    }

    private var pool: [Case] = []
    private var bisection: Bisection?
    private var pending = Pending.none
    private var observed = false
    /// Probes whose output kept its shape: the more there are, the rarer probes become (a function whose
    /// output never changes shape should not cost the run its random cases).
    private var misses = 0

    /// Cases collected before the first probe.
    static let warmUp = 8

    /// Remembers a random case and its output's shape (cases without an observed shape are ignored).
    mutating func remember(_ context: GenContext, shape: UInt64?) {
        guard let shape, !context.integerNodes.isEmpty else { return }
        observed = true
        let entry = Case(choices: context.choices, integers: context.integerNodes, shape: shape)
        if pool.count < 32 {
            pool.append(entry)
        } else {
            pool[Int(entry.choices.count % 32)] = entry
        }
    }

    /// The next choice sequence to run instead of a random case, or `nil` for a random case.
    mutating func nextCandidate(_ rng: inout Xoshiro256) -> [UInt64]? {
        guard observed else { return nil }
        if let active = bisection {
            let middle = active.same + (active.different - active.same) / 2
            if middle != active.same, let candidate = active.node.replacing(with: middle, in: active.base) {
                pending = .bisect(middle)
                return candidate
            }
            bisection = nil
        }
        guard pool.count >= Self.warmUp, rng.next(upTo: UInt64(1 + misses / 8)) == 0 else { return nil }
        let base = pool[Int(rng.next(upTo: UInt64(pool.count - 1)))]
        guard let node = Self.pickNode(base.integers, &rng), let current = node.value(in: base.choices) else {
            return nil
        }
        let value = Self.propose(around: current, node, &rng)
        guard value != current, let candidate = node.replacing(with: value, in: base.choices) else { return nil }
        pending = .probe(base: base, node: node, value: value)
        return candidate
    }

    /// The outcome of the last candidate: the shape of its output (`nil` when it failed or was not observed).
    mutating func feedback(shape: UInt64?) {
        defer { pending = .none }
        switch pending {
        case .none:
            return
        case .probe(let base, let node, let value):
            guard let shape, shape != base.shape, let current = node.value(in: base.choices) else {
                misses += 1
                return
            }
            bisection = Bisection(base: base.choices, node: node, shape: base.shape, same: current, different: value)
        case .bisect(let middle):
            guard let shape else {
                bisection = nil
                return
            }
            if shape == bisection?.shape {
                bisection?.same = middle
            } else {
                bisection?.different = middle
            }
        }
    }

    /// An integer of the case, wide ranges first (a price in cents rather than a quantity of 1…5).
    private static func pickNode(_ nodes: [IntegerNode], _ rng: inout Xoshiro256) -> IntegerNode? {
        let wide = nodes.filter { $0.upper - $0.lower >= 1 }
        guard !wide.isEmpty else { return nil }
        let first = wide[Int(rng.next(upTo: UInt64(wide.count - 1)))]
        let second = wide[Int(rng.next(upTo: UInt64(wide.count - 1)))]
        return first.upper - first.lower >= second.upper - second.lower ? first : second
    }

    /// Another value in the node's range: anywhere, or within a few times the current value.
    private static func propose(around current: Int128, _ node: IntegerNode, _ rng: inout Xoshiro256) -> Int128 {
        let width = UInt64(clamping: node.upper - node.lower)
        if rng.next(upTo: 1) == 0 {
            return node.lower + Int128(rng.next(upTo: width))
        }
        let reach = UInt64(clamping: current.magnitude * 3 + 16)
        let offset = Int128(rng.next(upTo: reach)) + 1
        let moved = rng.next(upTo: 1) == 0 ? current + offset : current - offset
        return min(max(moved, node.lower), node.upper)
    }
}
