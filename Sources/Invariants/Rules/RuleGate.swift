/// The two facts a rule needs on the hot path to know whether it is selected: its severity and ordinal.
///
/// Kept apart from ``RuleDescriptor`` (strings and arrays) so that reading it copies two words and
/// retains nothing.
@usableFromInline
struct RuleGate: Sendable {
    @usableFromInline
    let severity: Severity
    @usableFromInline
    var ordinal: Int

    @usableFromInline
    init(_ descriptor: RuleDescriptor) {
        self.severity = descriptor.severity
        self.ordinal = descriptor.ordinal
    }

    @inlinable @inline(__always)
    func admits(_ selection: RuleSelection) -> Bool {
        selection.includes(severity, ordinal: ordinal)
    }
}
