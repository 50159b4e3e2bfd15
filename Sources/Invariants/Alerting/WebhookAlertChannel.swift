public import Foundation

/// POSTs each alert as JSON to a URL, with a timeout and a few retries with exponential backoff.
///
/// The body is `{"alert": {…}, "text": "<summary>"}` (see ``payload(for:)``): `text` makes it readable
/// as is by Slack- and Mattermost-style incoming webhooks, `alert` carries every field. A send never
/// takes longer than `timeout × attempts`, backoff included; when every attempt failed it throws a
/// ``WebhookDeliveryError``, which the engine counts as a failed delivery.
///
/// ```swift
/// let hook = WebhookAlertChannel(url: URL(string: "https://alerts.example/hook")!, timeout: .seconds(2))
/// let rule = AlertRule.count(5, within: .seconds(60), notify: [hook])
/// ```
public struct WebhookAlertChannel: AlertChannel {
    /// Where alerts are POSTed.
    ///
    /// ```swift
    /// WebhookAlertChannel(url: URL(string: "https://alerts.example/hook")!).url
    /// ```
    public var url: URL
    /// How long one attempt may take.
    ///
    /// ```swift
    /// WebhookAlertChannel(url: hook, timeout: .seconds(2))
    /// ```
    public var timeout: Duration
    /// How many times a send is tried before it fails.
    ///
    /// ```swift
    /// WebhookAlertChannel(url: hook, attempts: 5)
    /// ```
    public var attempts: Int
    /// The pause after the first failed attempt; it doubles after each further one.
    ///
    /// ```swift
    /// WebhookAlertChannel(url: hook, backoff: .milliseconds(500))
    /// ```
    public var backoff: Duration
    /// Extra request headers, such as an authorization token.
    ///
    /// ```swift
    /// WebhookAlertChannel(url: hook, headers: ["Authorization": "Bearer …"])
    /// ```
    public var headers: [String: String]

    /// Creates a channel; by default 5 seconds per attempt, 3 attempts, 250 ms backoff.
    ///
    /// ```swift
    /// let channel = WebhookAlertChannel(url: URL(string: "https://alerts.example/hook")!, attempts: 5)
    /// ```
    public init(
        url: URL,
        timeout: Duration = .seconds(5),
        attempts: Int = 3,
        backoff: Duration = .milliseconds(250),
        headers: [String: String] = [:]
    ) {
        precondition(attempts > 0, "WebhookAlertChannel: attempts must be positive, got \(attempts)")
        self.url = url
        self.timeout = timeout
        self.attempts = attempts
        self.backoff = backoff
        self.headers = headers
    }

    /// `webhook <host>`.
    ///
    /// ```swift
    /// WebhookAlertChannel(url: URL(string: "https://alerts.example/hook")!).name   // "webhook alerts.example"
    /// ```
    public var name: String { "webhook " + (url.host ?? url.absoluteString) }

    /// POSTs the alert, retrying until an attempt gets a 2xx answer or the attempts or the time run out.
    ///
    /// A `429` or `503` answer's `Retry-After` (seconds form, at most `timeout`) replaces the backoff; a
    /// status that retrying cannot fix (`400`, `401`, `404`…) is not retried.
    ///
    /// ```swift
    /// try channel.send(alert)   // the engine does this; a failure is counted in engine.stats
    /// ```
    public func send(_ alert: Alert) throws {
        let body = try Self.payload(for: alert)
        let poster = HTTPPoster(
            url: url,
            headers: headers,
            timeout: timeout,
            attempts: attempts,
            backoff: backoff,
            maxRetryAfter: timeout
        )
        do {
            try poster.post(body, until: .now + timeout * attempts)
        } catch {
            throw WebhookDeliveryError(url: url, failures: error.failures.map(\.description))
        }
    }

    /// The JSON body sent for `alert`: keys sorted, slashes unescaped.
    ///
    /// ```swift
    /// String(decoding: try WebhookAlertChannel.payload(for: alert), as: UTF8.self)
    /// // {"alert":{"count":5,…,"summary":"pricing.quote/…"},"text":"pricing.quote/…"}
    /// ```
    public static func payload(for alert: Alert) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(WebhookPayload(alert: alert, text: alert.summary))
    }
}

extension AlertChannel where Self == WebhookAlertChannel {
    /// POSTs each alert as JSON to `url` (see ``WebhookAlertChannel``).
    ///
    /// ```swift
    /// let rule = AlertRule.count(5, within: .seconds(60), notify: [.webhook(URL(string: "https://alerts.example/hook")!)])
    /// ```
    public static func webhook(
        _ url: URL,
        timeout: Duration = .seconds(5),
        attempts: Int = 3,
        backoff: Duration = .milliseconds(250),
        headers: [String: String] = [:]
    ) -> WebhookAlertChannel {
        WebhookAlertChannel(url: url, timeout: timeout, attempts: attempts, backoff: backoff, headers: headers)
    }
}

/// The webhook's body.
private struct WebhookPayload: Encodable {
    var alert: Alert
    var text: String
}
