/// Where a monitor's remote sinks (``WebhookSink``, ``OTLPSink``) take their records from when it also
/// has a ``JournalSink``.
///
/// ```swift
/// InvariantMonitor(sinks: [.journal(at: journalURL), .webhook(hookURL)], remoteDelivery: .fromJournal)
/// ```
public enum RemoteDelivery: Sendable, Hashable {
    /// The default: remote sinks ship what the journal wrote, from an offset they save next to it, retrying
    /// with backoff while the endpoint is down and resuming after a restart (see ``ReporterHealth/sinks``).
    /// An endpoint that is down costs disk (the journal keeps what was not shipped), not memory or records.
    ///
    /// ```swift
    /// InvariantMonitor(sinks: [.journal(at: journalURL), .otlp(endpoint: collector)])   // .fromJournal
    /// ```
    case fromJournal
    /// Remote sinks get records from memory through a bounded lane of their own, like every other sink:
    /// what the endpoint does not take in time is dropped and counted.
    ///
    /// ```swift
    /// InvariantMonitor(sinks: [.journal(at: journalURL), .webhook(hookURL)], remoteDelivery: .fromMemory)
    /// ```
    case fromMemory
}
