public import Foundation
import Synchronization

/// Turns violation records into alerts: counts them in sliding windows per group, compares rates with
/// the number of checks, spots new fingerprints and regressions, and notifies channels with a cooldown.
///
/// The engine is thread-safe and not on the hot path: the monitor hands it batches from its delivery lane
/// (it is a ``ViolationSink``) and reports check counts with ``observeChecks(setID:count:at:)``.
/// Channels are called outside the engine's lock; a channel that throws is counted in ``stats`` and
/// never disturbs the caller. Memory is bounded: windows are pruned as time passes, each rule keeps
/// at most `groupLimit` groups (evicting the least recently violated), and remembered fingerprints and
/// resolutions are capped at `memoryLimit`.
///
/// ```swift
/// let engine = AlertEngine(rules: [
///     .count(5, within: .seconds(60), notify: [.console]),
///     .newFingerprint(notify: [.webhook(URL(string: "https://alerts.example/hook")!)]),
/// ])
/// engine.observe(records)
/// engine.evaluate()          // from a timer: resolves alerts when no new records come
/// engine.firing.map(\.summary)
/// ```
public final class AlertEngine: Sendable {
    private let state: Mutex<AlertEngineState>
    private let clock: any AlertClock
    /// Sends deliveries in the background (a serial Dispatch queue that holds a pooled thread only while it
    /// sends), or `nil` when the engine sends on the thread that observed.
    private let lane: DeliveryLane<AlertDelivery>?

    /// Creates an engine for `rules`, reading the time from `clock`.
    ///
    /// - Parameters:
    ///   - rules: The alert rules; each keeps its own groups.
    ///   - clock: Where windows, cooldowns and durations read the time; the wall clock by default.
    ///   - groupLimit: Groups kept per count or rate rule at most.
    ///   - memoryLimit: Fingerprints (per new-fingerprint rule) and resolutions (for regressions) kept at most.
    ///   - deliversInBackground: Whether channels are called in the background, in order, on a serial
    ///     Dispatch queue of the engine's own that holds one of Dispatch's pooled threads only while it sends
    ///     (what a monitor uses, so a hanging webhook never delays violation records or other monitors), with
    ///     at most `deliveryQueueLimit` alerts waiting or being sent, newer ones dropped and counted in
    ///     ``AlertEngineStats/dropped``; otherwise on the thread that observed (what tests of the engine alone
    ///     want).
    ///
    /// ```swift
    /// let engine = AlertEngine(rules: [.count(3, within: .seconds(60), notify: .console)], clock: ManualAlertClock())
    /// ```
    public init(
        rules: [AlertRule],
        clock: any AlertClock = SystemAlertClock(),
        groupLimit: Int = 1_000,
        memoryLimit: Int = 10_000,
        deliversInBackground: Bool = false,
        deliveryQueueLimit: Int = 1_000
    ) {
        precondition(groupLimit > 0 && memoryLimit > 0, "AlertEngine: limits must be positive")
        precondition(deliveryQueueLimit > 0, "AlertEngine: the delivery queue limit must be positive")
        self.state = Mutex(AlertEngineState(rules: rules, groupLimit: groupLimit, memoryLimit: memoryLimit))
        self.clock = clock
        guard deliversInBackground else {
            self.lane = nil
            return
        }
        let sender = WeakAlertEngine()
        self.lane = DeliveryLane(
            name: "alerts", capacity: deliveryQueueLimit, memoryLimit: .max,
            destination: .init(deliver: { sender.engine?.send($0) }))
        sender.engine = self
    }

    deinit {
        lane?.beginClosing()  // the engine gone, what is still queued is not sent
    }

    /// Waits until every alert produced so far was handed to its channels, or `timeout` passed; `false` if
    /// it passed first. Immediate when the engine does not deliver in the background.
    ///
    /// ```swift
    /// engine.waitForDeliveries(timeout: .seconds(2))
    /// ```
    @discardableResult
    public func waitForDeliveries(timeout: Duration = .seconds(5)) -> Bool {
        guard let lane else { return true }
        return lane.waitForFlush(lane.requestFlush(), until: .now + timeout)
    }

    /// Counts a batch of violation records and notifies the channels of every rule that fires, repeats
    /// or resolves as a result.
    ///
    /// ```swift
    /// engine.observe([record])
    /// ```
    public func observe(_ records: [ViolationRecord]) {
        let now = clock.now
        deliver(state.withLock { $0.observe(records, now: now) })
    }

    /// Counts `count` checks of the rule set `setID` made at `time`: the denominator of rate rules.
    ///
    /// Pass adjusted counts, like violations: calls checked at a sampling rate of 0.05 count 20 each.
    /// Checks are kept in time buckets per set (a thousandth of the shortest rate window), so reporting
    /// a batch costs the same as reporting one; without rate rules they are not kept at all.
    ///
    /// ```swift
    /// engine.observeChecks(setID: "pricing.quote", count: 1_000, at: Date())
    /// ```
    public func observeChecks(setID: String, count: Double, at time: Date) {
        let now = clock.now
        deliver(state.withLock { $0.observeChecks(setID: setID, count: count, at: time, now: now) })
    }

    /// Adds `count` adjusted checks of the set `setID`, observed now by the engine's clock. The monitor
    /// calls this every second from its rule-health counts.
    ///
    /// ```swift
    /// engine.observeChecks(setID: "pricing.quote", count: 1_000)
    /// ```
    public func observeChecks(setID: String, count: Double) {
        observeChecks(setID: setID, count: count, at: clock.now)
    }

    /// Slides every window to the clock's time and notifies what that changes: alerts resolve, rates
    /// that stayed high long enough fire. Call it periodically (every few seconds).
    ///
    /// ```swift
    /// clock.advance(by: .seconds(61))
    /// engine.evaluate()   // the count alert resolves
    /// ```
    public func evaluate() {
        let now = clock.now
        deliver(state.withLock { $0.evaluate(at: now) })
    }

    /// The alerts of every group that is firing now, by rule and group key.
    ///
    /// ```swift
    /// engine.firing.map(\.groupKey)   // ["pricing.quote/tax-non-negative"]
    /// ```
    public var firing: [Alert] {
        let now = clock.now
        return state.withLock { $0.firing(at: now) }
    }

    /// Deliveries by channel and what the engine forgot to stay bounded.
    ///
    /// ```swift
    /// engine.stats.failed["webhook alerts.example"]   // 2
    /// ```
    public var stats: AlertEngineStats {
        state.withLock { $0.stats }
    }

    /// Queues deliveries for the background lane, each on its own so that only those that do not fit are
    /// dropped (and counted), or sends them now.
    private func deliver(_ deliveries: [AlertDelivery]) {
        guard !deliveries.isEmpty else { return }
        guard let lane else { return send(deliveries) }
        for delivery in deliveries {
            lane.offer([delivery], bytes: 0) { [weak self] reason in
                if reason != nil { self?.state.withLock { $0.stats.dropped += 1 } }
            }
        }
    }

    /// Sends each alert to its channels, outside the lock, and counts the outcomes.
    private func send(_ deliveries: [AlertDelivery]) {
        var sent: [String] = []
        var failed: [(channel: String, error: String)] = []
        for delivery in deliveries {
            for channel in delivery.channels {
                do {
                    try channel.send(delivery.alert)
                    sent.append(channel.name)
                } catch {
                    failed.append((channel.name, "\(channel.name): \(error)"))
                }
            }
        }
        state.withLock { state in
            for name in sent { state.stats.sent[name, default: 0] += 1 }
            for failure in failed {
                state.stats.failed[failure.channel, default: 0] += 1
                state.stats.lastFailure = failure.error
            }
        }
    }
}

/// The engine a background lane sends for, held weakly so the lane never keeps its engine alive. Set once in
/// the engine's initialiser, before anything can be queued (queueing orders it before every read).
private final class WeakAlertEngine: @unchecked Sendable {
    weak var engine: AlertEngine?
}
