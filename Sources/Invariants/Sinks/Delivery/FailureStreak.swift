import Foundation

/// Makes a sink's faults loud without flooding: the first failure of a streak is printed once on stderr,
/// the first success after it says the sink works again.
struct FailureStreak {
    /// Whether the last outcome was a failure.
    private(set) var failing = false
    /// Whether the sink ever failed.
    private(set) var everFailed = false

    /// Notes a failure described by `text`; prints it if it starts a streak.
    mutating func failed(_ sink: String, _ text: String, consequence: String) {
        everFailed = true
        guard !failing else { return }
        failing = true
        FileHandle.standardError.write(Data("invariants: sink \(sink) failed: \(text); \(consequence)\n".utf8))
    }

    /// Notes a success; ends a streak.
    mutating func succeeded(_ sink: String) {
        guard failing else { return }
        failing = false
        FileHandle.standardError.write(Data("invariants: sink \(sink) works again\n".utf8))
    }
}
