public import Foundation

/// Every attempt to POST an alert to a webhook failed.
///
/// ```swift
/// do { try hook.send(alert) } catch let error as WebhookDeliveryError { print(error.failures) }
/// ```
public struct WebhookDeliveryError: Error, CustomStringConvertible {
    /// The webhook's URL.
    ///
    /// ```swift
    /// error.url.host   // "alerts.example"
    /// ```
    public var url: URL
    /// What each attempt ran into, in order.
    ///
    /// ```swift
    /// error.failures   // ["HTTP 500", "HTTP 500", "timed out"]
    /// ```
    public var failures: [String]

    /// `webhook https://…: HTTP 500; HTTP 500; timed out`.
    ///
    /// ```swift
    /// print(error)   // webhook https://alerts.example/hook: HTTP 500; HTTP 500; timed out
    /// ```
    public var description: String { "webhook \(url.absoluteString): " + failures.joined(separator: "; ") }
}
