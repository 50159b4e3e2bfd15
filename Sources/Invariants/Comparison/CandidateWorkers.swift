import Dispatch
import Synchronization

/// A job for the candidate workers.
protocol CandidateJob: Sendable {
    func run()
}

/// Runs an experiment's synchronous candidates (or a guard's relation checks) in the background, at most
/// `limit` at once, started in FIFO order.
///
/// Each of the `limit` workers is a serial Dispatch queue that runs only while jobs wait, as a sink's
/// ``DeliveryLane`` does: an idle experiment holds no thread, and a candidate that hangs holds one of
/// Dispatch's pooled threads while the other workers, and other experiments, keep going. The queues are
/// serial ones of their own, never `DispatchQueue.global()`: on Linux Swift concurrency's jobs run on that
/// pool, which is slow to grow when its threads block. `enqueue` takes a lock and appends; it starts a worker
/// (one `async`) only when none is free to pick the job up.
final class CandidateWorkers: Sendable {
    private struct State: ~Copyable {
        var jobs: [any CandidateJob] = []
        var head = 0
        /// The workers not running, by index into `queues`.
        var idle: [Int]
    }

    private let state: Mutex<State>
    private let queues: [DispatchQueue]

    init(limit: Int, name: String) {
        self.queues = (0..<limit).map { _ in DispatchQueue(label: "invariants.experiment.\(name)") }
        self.state = Mutex(State(idle: Array((0..<limit).reversed())))
    }

    func enqueue(_ job: any CandidateJob) {
        let worker = state.withLock { state in
            state.jobs.append(job)
            return state.idle.popLast()
        }
        if let worker { queues[worker].async { [self] in work(worker) } }
    }

    /// Runs jobs until none waits, then marks `worker` idle and gives its thread back.
    private func work(_ worker: Int) {
        while let job = next(for: worker) { job.run() }
    }

    /// The next job, or `nil` after marking `worker` idle (under the lock, so no job is left waiting).
    private func next(for worker: Int) -> (any CandidateJob)? {
        state.withLock { state in
            guard state.head < state.jobs.count else {
                state.idle.append(worker)
                return nil
            }
            let job = state.jobs[state.head]
            state.head += 1
            if state.head == state.jobs.count {
                state.jobs.removeAll(keepingCapacity: true)
                state.head = 0
            } else if state.head >= 64 && state.head * 2 >= state.jobs.count {
                // A queue that never empties still lets go of the jobs it ran.
                state.jobs.removeFirst(state.head)
                state.head = 0
            }
            return job
        }
    }
}
