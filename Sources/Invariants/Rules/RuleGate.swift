/// The two facts a rule needs on the hot path to know whether it is selected: its severity's bit and
/// its ordinal.
///
/// Kept apart from ``RuleDescriptor`` (strings and arrays) so that reading it copies two words and
/// retains nothing; the severity is stored as its mask bit so the common test is one `and`.
@usableFromInline
struct RuleGate: Sendable {
    @usableFromInline
    let severityBit: UInt8
    @usableFromInline
    let ordinal: Int

    @usableFromInline
    init(_ descriptor: RuleDescriptor) {
        self.severityBit = descriptor.severity.bit
        self.ordinal = descriptor.ordinal
    }

    @inlinable @inline(__always)
    func admits(_ selection: RuleSelection) -> Bool {
        if selection.severityMask & severityBit != 0 { return true }
        return selection.forces(ordinal)
    }
}
