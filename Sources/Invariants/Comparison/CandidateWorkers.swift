import Foundation

/// A job for the candidate workers.
protocol CandidateJob: Sendable {
    func run()
}

/// The threads that run an experiment's synchronous candidates in the background, started as needed up to
/// a limit. Jobs wait in a FIFO queue; `enqueue` takes a lock, appends and signals (it starts a thread only
/// while fewer than the limit exist and none is idle).
final class CandidateWorkers: @unchecked Sendable {
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var jobs: [any CandidateJob] = []
    private var head = 0
    private var threads = 0
    private var idle = 0
    private var stopped = false
    private let limit: Int
    private let name: String

    init(limit: Int, name: String) {
        self.limit = limit
        self.name = name
    }

    func enqueue(_ job: any CandidateJob) {
        condition.lock()
        jobs.append(job)
        let spawn = idle == 0 && threads < limit
        if spawn { threads += 1 }
        condition.signal()
        condition.unlock()
        if spawn {
            let thread = Thread { [self] in work() }
            thread.name = "invariants.experiment.\(name)"
            thread.start()
        }
    }

    /// Lets the threads exit once the queue is empty.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        condition.lock()
        while true {
            if head < jobs.count {
                let job = jobs[head]
                head += 1
                if head == jobs.count {
                    jobs.removeAll(keepingCapacity: true)
                    head = 0
                } else if head >= 64 && head * 2 >= jobs.count {
                    // A queue that never empties still lets go of the jobs it ran.
                    jobs.removeFirst(head)
                    head = 0
                }
                condition.unlock()
                job.run()
                condition.lock()
            } else if stopped {
                threads -= 1
                condition.unlock()
                return
            } else {
                idle += 1
                condition.wait()
                idle -= 1
            }
        }
    }
}
