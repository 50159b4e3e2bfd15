public import Foundation

/// A POST that the library's HTTP sinks (``WebhookSink``, ``OTLPSink``) gave up on: what every attempt ran
/// into, and why no further attempt was made.
///
/// ```swift
/// do { try sink.record(batch) } catch let error as HTTPPostError {
///     print(error)   // POST http://collector:4318/v1/logs: HTTP 503; HTTP 503; HTTP 503 (3 of 3 attempts)
/// }
/// ```
public struct HTTPPostError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why one attempt failed.
    ///
    /// ```swift
    /// error.failures.map(\.description)   // ["HTTP 503", "timed out", "HTTP 503"]
    /// ```
    public enum Failure: Sendable, Hashable, CustomStringConvertible {
        /// No answer within the attempt's timeout.
        ///
        /// ```swift
        /// if case .timedOut = error.failures.last { print("the endpoint is slow") }
        /// ```
        case timedOut
        /// The server answered with a status outside 2xx.
        ///
        /// ```swift
        /// if case .status(401) = error.failures.last { print("check the token") }
        /// ```
        case status(Int)
        /// The request could not be made: connection refused, host unreachable, TLS…
        ///
        /// ```swift
        /// if case .transport(let reason) = error.failures.last { print(reason) }   // "Connection refused"
        /// ```
        case transport(String)

        /// `timed out`, `HTTP 500`, or the transport error.
        ///
        /// ```swift
        /// print(HTTPPostError.Failure.status(503))   // HTTP 503
        /// ```
        public var description: String {
            switch self {
            case .timedOut: return "timed out"
            case .status(let status): return "HTTP \(status)"
            case .transport(let error): return error
            }
        }

        /// Whether trying again may succeed: timeouts, transport errors, `408`, `425`, `429` and `5xx`.
        /// Any other status (a `400`, a `401`…) would be answered the same way again.
        ///
        /// ```swift
        /// HTTPPostError.Failure.status(401).isRetryable   // false
        /// ```
        public var isRetryable: Bool {
            switch self {
            case .timedOut, .transport: return true
            case .status(let status): return status == 408 || status == 425 || status == 429 || status >= 500
            }
        }
    }

    /// Why the poster stopped trying.
    ///
    /// ```swift
    /// if error.stop == .deadlineReached { print("gave up at the batch deadline") }
    /// ```
    public enum Stop: Sendable, Hashable {
        /// Every allowed attempt was made.
        ///
        /// ```swift
        /// error.stop == .attemptsExhausted   // every attempt failed
        /// ```
        case attemptsExhausted
        /// The overall deadline left no time for the next attempt (or for the wait before it).
        ///
        /// ```swift
        /// error.stop == .deadlineReached   // no time left for another attempt
        /// ```
        case deadlineReached
        /// The last failure is not worth retrying (see ``Failure/isRetryable``).
        ///
        /// ```swift
        /// error.stop == .notRetryable   // a 400 or 401: retrying would not help
        /// ```
        case notRetryable
    }

    /// The URL that was POSTed to.
    ///
    /// ```swift
    /// error.url.host   // "ingest.example"
    /// ```
    public var url: URL
    /// What each attempt ran into, in order; empty only when the deadline had passed before the first one.
    ///
    /// ```swift
    /// error.failures.count   // 3
    /// ```
    public var failures: [Failure]
    /// How many attempts were allowed.
    ///
    /// ```swift
    /// error.attempts   // 3
    /// ```
    public var attempts: Int
    /// Why no further attempt was made.
    ///
    /// ```swift
    /// error.stop   // .attemptsExhausted
    /// ```
    public var stop: Stop

    /// Creates an error from its parts.
    ///
    /// ```swift
    /// HTTPPostError(url: url, failures: [.status(503)], attempts: 1, stop: .attemptsExhausted)
    /// ```
    public init(url: URL, failures: [Failure], attempts: Int, stop: Stop) {
        self.url = url
        self.failures = failures
        self.attempts = attempts
        self.stop = stop
    }

    /// `POST <url>: HTTP 500; timed out (2 of 3 attempts, deadline reached)`.
    ///
    /// ```swift
    /// print(error)   // POST https://ingest.example/violations: …
    /// ```
    public var description: String {
        let tried = failures.isEmpty ? "no attempt" : failures.map(\.description).joined(separator: "; ")
        let count = "\(failures.count) of \(attempts) attempts"
        switch stop {
        case .attemptsExhausted: return "POST \(url.absoluteString): \(tried) (\(count))"
        case .deadlineReached: return "POST \(url.absoluteString): \(tried) (\(count), deadline reached)"
        case .notRetryable: return "POST \(url.absoluteString): \(tried) (\(count), not retryable)"
        }
    }
}
