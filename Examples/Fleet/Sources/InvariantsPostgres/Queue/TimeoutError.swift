/// An operation took longer than its limit.
struct TimeoutError: Error, CustomStringConvertible {
    let limit: Duration
    var description: String { "no answer within \(limit)" }
}
