import Foundation

/// POSTs a body to a URL: a timeout per attempt, a number of attempts with exponential backoff between
/// them, `Retry-After` honoured on `429` and `503` (its seconds form, capped at ``maxRetryAfter``), and
/// never past an overall deadline on the monotonic clock. The one HTTP client of the library, shared by
/// ``WebhookAlertChannel``, ``WebhookSink`` and ``OTLPSink``.
///
/// It blocks the calling thread (a sink's delivery lane or the alert engine's thread), never a task of
/// the cooperative pool.
///
/// ```swift
/// let poster = HTTPPoster(
///     url: url, headers: [:], timeout: .seconds(5), attempts: 3, backoff: .milliseconds(250),
///     maxRetryAfter: .seconds(5))
/// try poster.post(body, until: .now + .seconds(10))   // throws HTTPPostError
/// ```
struct HTTPPoster: Sendable {
    /// Where the body is POSTed.
    var url: URL
    /// The body's `Content-Type`, such as `application/json`.
    var contentType: String
    /// Extra request headers, such as an authorization token; set after `Content-Type`, so they may replace it.
    var headers: [String: String]
    /// How long one attempt may take.
    var timeout: Duration
    /// How many attempts are made at most.
    var attempts: Int
    /// The pause after the first failed attempt; it doubles after each further one.
    var backoff: Duration
    /// The longest `Retry-After` the poster waits for; a longer one is shortened to this.
    var maxRetryAfter: Duration

    init(
        url: URL,
        contentType: String = "application/json",
        headers: [String: String],
        timeout: Duration,
        attempts: Int,
        backoff: Duration,
        maxRetryAfter: Duration
    ) {
        self.url = url
        self.contentType = contentType
        self.headers = headers
        self.timeout = timeout
        self.attempts = max(attempts, 1)
        self.backoff = max(backoff, .zero)
        self.maxRetryAfter = max(maxRetryAfter, .zero)
    }

    /// POSTs `body` until an attempt gets a 2xx answer; returns then.
    ///
    /// Each attempt waits at most ``timeout`` and never past `deadline`. After a failed attempt the poster
    /// waits for the server's `Retry-After` (on `429`/`503`, capped at ``maxRetryAfter``) or else the
    /// backoff, unless that wait would end past `deadline`: then it gives up at once rather than block.
    ///
    /// - Throws: ``HTTPPostError`` with every attempt's failure once the attempts or the time ran out, or
    ///   after a failure that retrying cannot fix (a `400`, a `401`…).
    func post(_ body: Data, until deadline: ContinuousClock.Instant) throws(HTTPPostError) {
        var failures: [HTTPPostError.Failure] = []
        var pause = backoff
        for attempt in 1...attempts {
            let remaining = deadline - .now
            guard remaining > .zero else {
                throw HTTPPostError(url: url, failures: failures, attempts: attempts, stop: .deadlineReached)
            }
            let (failure, retryAfter) = send(body, timeout: min(timeout, remaining))
            guard let failure else { return }
            failures.append(failure)
            guard failure.isRetryable else {
                throw HTTPPostError(url: url, failures: failures, attempts: attempts, stop: .notRetryable)
            }
            guard attempt < attempts else { break }
            let wait = retryAfter.map { min($0, maxRetryAfter) } ?? pause
            guard deadline - .now > wait else {
                throw HTTPPostError(url: url, failures: failures, attempts: attempts, stop: .deadlineReached)
            }
            if wait > .zero { Thread.sleep(forTimeInterval: wait.timeInterval) }
            pause *= 2
        }
        throw HTTPPostError(url: url, failures: failures, attempts: attempts, stop: .attemptsExhausted)
    }

    /// The wait a `Retry-After` header asks for: its delay-seconds form only (`Retry-After: 120`). The
    /// HTTP-date form and anything unreadable give `nil`, and the poster falls back to its backoff.
    static func retryAfter(_ header: String?) -> Duration? {
        guard let text = header?.trimmingCharacters(in: .whitespaces), !text.isEmpty,
            text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        // More digits than an Int holds is still "a very long time": the cap applies.
        return .seconds(Int(text) ?? Int.max)
    }
}
