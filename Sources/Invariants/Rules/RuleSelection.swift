public import Synchronization

/// Which rules of a set a check evaluates: by severity, plus single rules chosen by position.
///
/// Samplers produce selections: `.ratio(0.05).always(for: .critical)` evaluates only critical rules
/// on most calls and every rule on 5 % of them. ``RuleSelection/all`` evaluates everything.
///
/// A selection is a few machine words (no allocation), so choosing it costs nothing on the hot path. It is
/// `@unchecked Sendable` because a monitor's selection carries a raw pointer to the guarded function's
/// ``RuleTally``, whose counters are atomics.
///
/// ```swift
/// let outcome = quoteRules.check(cart, quote, selection: .severities([.critical]))
/// ```
public struct RuleSelection: @unchecked Sendable, Hashable {
    @usableFromInline
    var severityMask: UInt8
    /// Bit `n` set: the rule at ordinal `n` is evaluated whatever its severity.
    @usableFromInline
    var forced: UInt64
    /// Offset added to the ordinals of a nested set's rules.
    @usableFromInline
    var base: Int
    /// The counters of the guarded function this check runs for (see ``RuleTally``), or `nil`. A raw
    /// pointer, not the tally itself, so passing a selection down the rule tree retains nothing.
    @usableFromInline
    var tallySlots: UnsafeMutablePointer<Atomic<Int>>?
    /// The number of rules the tally counts: the stride between its evaluated, failed and errored rows.
    @usableFromInline
    var tallyWidth = 0
    /// Whether this check counted one evaluation of every rule up front (``countCall()``): rules then count
    /// only their failures and errors, and a ``When`` whose condition is false takes its rules' counts back.
    @usableFromInline
    var precounted = false

    @inlinable
    init(severityMask: UInt8, forced: UInt64 = 0, base: Int = 0) {
        self.severityMask = severityMask
        self.forced = forced
        self.base = base
    }

    /// Every rule.
    ///
    /// ```swift
    /// quoteRules.check(cart, quote, selection: .all)   // same as quoteRules.check(cart, quote)
    /// ```
    @inlinable
    public static var all: RuleSelection { RuleSelection(severityMask: 0b1111) }

    /// No rule: the call is not checked.
    ///
    /// ```swift
    /// quoteRules.check(cart, quote, selection: .none).hasPassed   // true: nothing was checked
    /// ```
    @inlinable
    public static var none: RuleSelection { RuleSelection(severityMask: 0) }

    /// The rules of the given severities.
    ///
    /// ```swift
    /// RuleSelection.severities([.critical])
    /// ```
    public static func severities(_ severities: some Sequence<Severity>) -> RuleSelection {
        RuleSelection(severityMask: severities.reduce(0) { $0 | $1.bit })
    }

    /// This selection, plus the rules at the given ordinals (``RuleDescriptor/ordinal``).
    ///
    /// Rules are singled out by a 64-bit mask; asking for a rule past the 64th selects every rule,
    /// so a selection may check more than asked, never less.
    ///
    /// ```swift
    /// let selection = RuleSelection.severities([.critical]).including(ordinals: [2])   // plus the third rule
    /// ```
    public func including(ordinals: some Sequence<Int>) -> RuleSelection {
        var copy = self
        for ordinal in ordinals {
            if (0..<64).contains(ordinal) {
                copy.forced |= 1 << UInt64(ordinal)
            } else {
                copy.severityMask = RuleSelection.all.severityMask
            }
        }
        return copy
    }

    /// Whether the selection evaluates nothing at all.
    ///
    /// ```swift
    /// RuleSelection.none.isEmpty   // true
    /// ```
    @inlinable
    public var isEmpty: Bool { severityMask & Self.severityBits == 0 && forced == 0 }

    /// Whether the selection evaluates every rule.
    ///
    /// ```swift
    /// RuleSelection.all.isAll   // true
    /// ```
    @inlinable
    public var isAll: Bool { severityMask & Self.severityBits == Self.severityBits }

    /// The bits of ``severityMask`` that stand for severities.
    @usableFromInline
    static var severityBits: UInt8 { 0b1111 }

    /// Adds the rules `other` selects.
    @inlinable
    mutating func formUnion(_ other: RuleSelection) {
        severityMask |= other.severityMask
        forced |= other.forced
    }

    /// The same selection, counting each evaluated rule, failure and error in `tally`.
    @inlinable
    func counting(into tally: RuleTally?) -> RuleSelection {
        guard let tally, !isEmpty else { return self }
        var copy = self
        copy.tallySlots = tally.slots
        copy.tallyWidth = tally.ruleCount
        return copy
    }

    /// The same selection, for a check that counts every rule's evaluation at once with ``countCall()``.
    @inlinable
    func precounting() -> RuleSelection {
        var copy = self
        copy.precounted = true
        return copy
    }

    /// Counts one evaluation of every rule of the tally with one atomic add: a checked call that selected
    /// every rule, whose rules then count only their failures (see ``RuleTally``).
    @inlinable @inline(__always)
    func countCall() {
        guard let slots = tallySlots else { return }
        slots[3 &* tallyWidth].wrappingAdd(1, ordering: .relaxed)
    }

    /// Takes back the evaluation ``countCall()`` counted for rules that were not evaluated (a ``When`` whose
    /// condition was false), when this check counted up front.
    @inlinable
    func uncount(_ ordinals: Range<Int>) {
        guard precounted, let slots = tallySlots else { return }
        for ordinal in ordinals {
            slots[base &+ ordinal].wrappingSubtract(1, ordering: .relaxed)
        }
    }

    /// Adds one to the `kind` count of the rule at `ordinal` (shifted by ``base``) when the check counts.
    @inlinable @inline(__always)
    func count(_ kind: RuleTally.Kind, ordinal: Int) {
        guard let slots = tallySlots else { return }
        slots[kind.rawValue &* tallyWidth &+ base &+ ordinal].wrappingAdd(1, ordering: .relaxed)
    }

    /// Whether a rule with this severity and ordinal is evaluated.
    ///
    /// ```swift
    /// RuleSelection.severities([.critical]).includes(.error, ordinal: 0)   // false
    /// ```
    @inlinable @inline(__always)
    public func includes(_ severity: Severity, ordinal: Int) -> Bool {
        severityMask & severity.bit != 0 || forces(ordinal)
    }

    /// Whether the rule at this ordinal was singled out, whatever its severity.
    @inlinable
    func forces(_ ordinal: Int) -> Bool {
        let position = base &+ ordinal
        return forced != 0 && position < 64 && forced & (1 &<< UInt64(truncatingIfNeeded: position)) != 0
    }

    /// Whether any rule with one of these severities, or at one of these ordinals, is selected.
    @inlinable @inline(__always)
    func admitsAny(severityMask mask: UInt8, ordinals: Range<Int>) -> Bool {
        if severityMask & mask != 0 { return true }
        return forced != 0 && ordinals.contains { forces($0) }
    }

    /// The same selection seen from a set nested at `offset` in its parent.
    @inlinable
    func shifted(by offset: Int) -> RuleSelection {
        var copy = self
        copy.base &+= offset
        return copy
    }
}
