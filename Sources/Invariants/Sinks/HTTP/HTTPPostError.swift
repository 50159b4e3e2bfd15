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
    public enum Failure: Sendable, Hashable, CustomStringConvertible {
        /// No answer within the attempt's timeout.
        case timedOut
        /// The server answered with a status outside 2xx.
        case status(Int)
        /// The request could not be made: connection refused, host unreachable, TLS…
        case transport(String)

        /// `timed out`, `HTTP 500`, or the transport error.
        public var description: String {
            switch self {
            case .timedOut: return "timed out"
            case .status(let status): return "HTTP \(status)"
            case .transport(let error): return error
            }
        }

        /// Whether trying again may succeed: timeouts, transport errors, `408`, `425`, `429` and `5xx`.
        /// Any other status (a `400`, a `401`…) would be answered the same way again.
        public var isRetryable: Bool {
            switch self {
            case .timedOut, .transport: return true
            case .status(let status): return status == 408 || status == 425 || status == 429 || status >= 500
            }
        }
    }

    /// Why the poster stopped trying.
    public enum Stop: Sendable, Hashable {
        /// Every allowed attempt was made.
        case attemptsExhausted
        /// The overall deadline left no time for the next attempt (or for the wait before it).
        case deadlineReached
        /// The last failure is not worth retrying (see ``Failure/isRetryable``).
        case notRetryable
    }

    /// The URL that was POSTed to.
    public var url: URL
    /// What each attempt ran into, in order; empty only when the deadline had passed before the first one.
    public var failures: [Failure]
    /// How many attempts were allowed.
    public var attempts: Int
    /// Why no further attempt was made.
    public var stop: Stop

    /// Creates an error from its parts.
    public init(url: URL, failures: [Failure], attempts: Int, stop: Stop) {
        self.url = url
        self.failures = failures
        self.attempts = attempts
        self.stop = stop
    }

    /// `POST <url>: HTTP 500; timed out (2 of 3 attempts, deadline reached)`.
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
