/// The names of the metrics this module reports, with their labels.
///
/// | metric | type | labels |
/// | --- | --- | --- |
/// | `invariants_checks_total` | counter | rule, severity, origin |
/// | `invariants_checks_adjusted_total` | counter | rule, severity, origin |
/// | `invariants_violations_total` | counter | rule, severity, origin |
/// | `invariants_violations_adjusted_total` | counter | rule, severity, origin |
/// | `invariants_sink_delivered_total` | counter | sink |
/// | `invariants_sink_dropped_total` | counter | sink, reason |
/// | `invariants_sink_pending` | gauge | sink |
/// | `invariants_sink_healthy` | gauge (1 or 0) | sink |
///
/// `_adjusted` counters are scaled up by the sampling rate: one violation checked at 1 % counts 100.
/// `origin` is the code's author (`human`, `generated`, `unknown`), never a model or prompt, and at most
/// ``LabelBudget/defaultLimit`` rules get a label of their own, so the label sets stay bounded.
public enum MetricNames {
    /// Rule evaluations seen.
    public static let checks = "invariants_checks_total"
    /// Rule evaluations scaled up by the sampling rate.
    public static let checksAdjusted = "invariants_checks_adjusted_total"
    /// Violation records seen.
    public static let violations = "invariants_violations_total"
    /// Violation records scaled up by the sampling rate.
    public static let violationsAdjusted = "invariants_violations_adjusted_total"
    /// Records or items a sink took.
    public static let sinkDelivered = "invariants_sink_delivered_total"
    /// Records or items a sink lost, by reason.
    public static let sinkDropped = "invariants_sink_dropped_total"
    /// Records or items waiting for a sink.
    public static let sinkPending = "invariants_sink_pending"
    /// 1 while a sink's last delivery worked, 0 after a failure.
    public static let sinkHealthy = "invariants_sink_healthy"
}
