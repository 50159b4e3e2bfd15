/// Carries review items from guarded calls to the queue through a ``DeliveryLane`` of its own.
///
/// `submit` appends to the lane's bounded queue and returns; when it is full the item is dropped and
/// counted. The lane's worker appends what waits in batches, on a Dispatch queue (no thread of its own).
/// `flush` and `shutdown` wait for it with a deadline on the monotonic clock; a queue that throws is
/// reported once on stderr and in ``ReviewHealth/lastError``.
final class ReviewWriter: Sendable {
    private let lane: DeliveryLane<ReviewItem>

    init(queue: any ReviewQueue, capacity: Int) {
        lane = DeliveryLane(
            name: "review queue", capacity: capacity, memoryLimit: .max,
            destination: .init(deliver: { try queue.append($0) }))
    }

    /// Enqueues an item; never waits for the queue.
    func submit(_ item: ReviewItem) {
        lane.offer([item], bytes: 0)
    }

    /// The counters.
    var currentHealth: ReviewHealth {
        let lane = lane.currentHealth
        var health = ReviewHealth()
        health.routed = lane.produced
        health.written = lane.delivered
        health.dropped = lane.dropped
        health.pending = lane.pending
        health.lastError = lane.lastError
        return health
    }

    /// Waits until every item submitted before the call was written or dropped; `false` if `deadline` passed.
    func flush(until deadline: ContinuousClock.Instant) -> Bool {
        lane.waitForFlush(lane.requestFlush(), until: deadline)
    }

    /// Stops accepting items, writes what waits until `deadline`, and counts the rest as dropped.
    /// `false` if the deadline passed first or the queue failed.
    func shutdown(until deadline: ContinuousClock.Instant) -> Bool {
        lane.close(until: deadline)
    }

    /// Stops accepting items without waiting; the lane still writes what waits.
    func finishInBackground() {
        lane.beginClosing()
    }
}
