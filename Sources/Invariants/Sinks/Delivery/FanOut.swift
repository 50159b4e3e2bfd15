import Synchronization

/// One finished chunk of records on its way to every sink's lane: it learns how each lane ended it and,
/// once all have, tells the monitor's totals once — delivered if every lane delivered it, else dropped
/// for the first reason a lane gave.
final class FanOut: Sendable {
    private struct State {
        var remaining: Int
        var reason: DropReason?
    }

    private let state: Mutex<State>
    private let count: Int
    private let done: @Sendable (_ count: Int, _ reason: DropReason?) -> Void

    init(count: Int, lanes: Int, done: @escaping @Sendable (_ count: Int, _ reason: DropReason?) -> Void) {
        self.count = count
        self.done = done
        self.state = Mutex(State(remaining: lanes, reason: nil))
    }

    /// How one lane ended the chunk: `nil` when delivered.
    @Sendable func settle(_ reason: DropReason?) {
        let finished: (Bool, DropReason?) = state.withLock { state in
            if state.reason == nil { state.reason = reason }
            state.remaining -= 1
            return (state.remaining == 0, state.reason)
        }
        if finished.0 { done(count, finished.1) }
    }
}
