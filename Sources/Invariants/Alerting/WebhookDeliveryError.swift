public import Foundation

/// Every attempt to POST an alert to a webhook failed.
///
/// ```swift
/// do { try hook.send(alert) } catch let error as WebhookDeliveryError { print(error.failures) }
/// ```
public struct WebhookDeliveryError: Error, CustomStringConvertible {
    /// Why one attempt failed.
    public enum Attempt: Error, Sendable, Hashable, CustomStringConvertible {
        /// No answer within the timeout.
        case timedOut
        /// The server answered with a status outside 2xx.
        case status(Int)
        /// The request could not be made: refused, unreachable, TLS…
        case transport(String)

        /// `timed out`, `HTTP 500`, or the transport error.
        public var description: String {
            switch self {
            case .timedOut: return "timed out"
            case .status(let status): return "HTTP \(status)"
            case .transport(let error): return error
            }
        }
    }

    /// The webhook's URL.
    public var url: URL
    /// What each attempt ran into, in order.
    public var failures: [String]

    /// `webhook https://…: HTTP 500; HTTP 500; timed out`.
    public var description: String { "webhook \(url.absoluteString): " + failures.joined(separator: "; ") }
}
