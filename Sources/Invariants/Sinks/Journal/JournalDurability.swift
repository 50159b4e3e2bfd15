/// When a ``JournalSink`` asks the kernel to put what it wrote on disk (`fsync(2)`).
///
/// Every mode writes each batch to the file before `record` returns, so a crash of the process loses
/// nothing that was recorded; the modes differ in what survives a crash of the machine.
///
/// ```swift
/// let sink: JournalSink = .journal(at: url, durability: .interval(.seconds(1)))
/// ```
public enum JournalDurability: Sendable, Hashable, CustomStringConvertible {
    /// Never syncs on its own; the operating system writes back when it likes.
    /// ``JournalSink/flush()`` and ``JournalSink/close()`` still sync.
    ///
    /// ```swift
    /// let fastest: JournalSink = .journal(at: url, durability: .none)
    /// ```
    case none
    /// Syncs after every batch, before `record` returns. The default.
    ///
    /// ```swift
    /// let sink: JournalSink = .journal(at: url, durability: .batch)
    /// ```
    case batch
    /// Syncs after a batch only if the last sync is at least this long ago, so at most once per interval.
    /// There is no timer: what a quiet period leaves unsynced is synced by the next batch, by
    /// ``JournalSink/flush()`` or by ``JournalSink/close()``.
    ///
    /// ```swift
    /// let sink: JournalSink = .journal(at: url, durability: .interval(.milliseconds(500)))
    /// ```
    case interval(Duration)
    /// Writes and syncs each record on its own, before the next one: the slowest and safest mode.
    ///
    /// ```swift
    /// let sink: JournalSink = .journal(at: url, durability: .everyRecord)
    /// ```
    case everyRecord

    /// `"none"`, `"batch"`, `"interval(1.0 seconds)"` or `"everyRecord"`.
    ///
    /// ```swift
    /// JournalDurability.batch.description   // "batch"
    /// ```
    public var description: String {
        switch self {
        case .none: "none"
        case .batch: "batch"
        case .interval(let interval): "interval(\(interval))"
        case .everyRecord: "everyRecord"
        }
    }
}
