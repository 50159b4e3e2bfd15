public import Foundation

/// POSTs violation records as JSON to a URL, in chunks of at most ``maxBatch`` records.
///
/// Each chunk is one request whose body is `{"records":[…]}`, the records encoded exactly as the journal
/// writes them (``ViolationRecord``'s `Codable` form, keys sorted; see ``payload(for:)``). A chunk that
/// fails is retried with exponential backoff, honouring `Retry-After` on `429` and `503` (up to
/// ``maxRetryAfter``), and the sink throws once a chunk could not be delivered: the monitor then counts
/// the whole batch as dropped (``DropReason/sinkError``), chunks already delivered included.
///
/// A slow or dead endpoint never slows the service nor another sink. The sink runs in its own delivery lane,
/// never on a caller's thread, and one batch occupies the lane for at most ``deadline``, retries and waits
/// included. With a journal among the monitor's sinks it ships from the journal (``RemoteDelivery``);
/// otherwise its lane's bounded queue fills while the endpoint stalls, and further records are dropped and
/// counted for this sink (``DropReason/queueFull``) instead of waiting. The sink itself
/// keeps nothing between calls, so its memory is bounded by the batch it is given.
///
/// ```swift
/// let monitor = InvariantMonitor(sinks: [
///     .webhook(URL(string: "https://ingest.example/violations")!, headers: ["Authorization": "Bearer …"]),
/// ])
/// ```
public struct WebhookSink: ViolationSink {
    /// Where the records are POSTed.
    ///
    /// ```swift
    /// WebhookSink(url: URL(string: "https://ingest.example/violations")!).url
    /// ```
    public var url: URL
    /// Extra request headers, such as an authorization token.
    ///
    /// ```swift
    /// WebhookSink(url: url, headers: ["Authorization": "Bearer …"])
    /// ```
    public var headers: [String: String]
    /// The most records sent in one request.
    ///
    /// ```swift
    /// WebhookSink(url: url, maxBatch: 500)
    /// ```
    public var maxBatch: Int
    /// How long one attempt may take.
    ///
    /// ```swift
    /// WebhookSink(url: url, timeout: .seconds(2))
    /// ```
    public var timeout: Duration
    /// How many times a chunk is tried before the batch fails.
    ///
    /// ```swift
    /// WebhookSink(url: url, attempts: 5)
    /// ```
    public var attempts: Int
    /// The pause after the first failed attempt; it doubles after each further one.
    ///
    /// ```swift
    /// WebhookSink(url: url, backoff: .milliseconds(500))
    /// ```
    public var backoff: Duration
    /// The longest `Retry-After` the sink waits for; a longer one is shortened to this.
    ///
    /// ```swift
    /// WebhookSink(url: url, maxRetryAfter: .seconds(2))
    /// ```
    public var maxRetryAfter: Duration
    /// The longest one batch may occupy the sink's lane, every chunk, retry and wait included.
    ///
    /// ```swift
    /// WebhookSink(url: url, deadline: .seconds(5))
    /// ```
    public var deadline: Duration

    /// Creates a sink; by default 100 records per request, 5 seconds per attempt, 3 attempts, 250 ms
    /// backoff, `Retry-After` honoured up to 5 seconds, and 10 seconds per batch.
    ///
    /// ```swift
    /// let sink = WebhookSink(url: URL(string: "https://ingest.example/violations")!, maxBatch: 200, attempts: 5)
    /// ```
    public init(
        url: URL,
        headers: [String: String] = [:],
        maxBatch: Int = 100,
        timeout: Duration = .seconds(5),
        attempts: Int = 3,
        backoff: Duration = .milliseconds(250),
        maxRetryAfter: Duration = .seconds(5),
        deadline: Duration = .seconds(10)
    ) {
        precondition(maxBatch > 0, "WebhookSink: maxBatch must be positive, got \(maxBatch)")
        precondition(attempts > 0, "WebhookSink: attempts must be positive, got \(attempts)")
        self.url = url
        self.headers = headers
        self.maxBatch = maxBatch
        self.timeout = timeout
        self.attempts = attempts
        self.backoff = backoff
        self.maxRetryAfter = maxRetryAfter
        self.deadline = deadline
    }

    /// POSTs the batch, ``maxBatch`` records per request, in order.
    ///
    /// - Throws: ``HTTPPostError`` for the first chunk that could not be delivered within the attempts and
    ///   the ``deadline``; later chunks are not tried.
    ///
    /// ```swift
    /// try sink.record(records)   // in the sink's delivery lane
    /// ```
    public func record(_ batch: [ViolationRecord]) throws {
        let until = ContinuousClock.now + deadline
        let poster = HTTPPoster(
            url: url, headers: headers, timeout: timeout, attempts: attempts, backoff: backoff,
            maxRetryAfter: maxRetryAfter)
        try poster.post(batch, inChunksOf: maxBatch, until: until) { try Self.payload(for: $0) }
    }

    /// The JSON body sent for `records`: `{"records":[…]}`, keys sorted, slashes unescaped.
    ///
    /// ```swift
    /// String(decoding: try WebhookSink.payload(for: [record]), as: UTF8.self)
    /// // {"records":[{"adjustedCount":1,"callSite":{…},…,"timestamp":"2027-01-15T08:00:00.000Z"}]}
    /// ```
    public static func payload(for records: [ViolationRecord]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(WebhookSinkPayload(records: records))
    }
}

extension ViolationSink where Self == WebhookSink {
    /// POSTs records as JSON to `url`, at most `maxBatch` per request (see ``WebhookSink``).
    ///
    /// ```swift
    /// let monitor = InvariantMonitor(sinks: [.webhook(URL(string: "https://ingest.example/violations")!)])
    /// ```
    public static func webhook(
        _ url: URL,
        headers: [String: String] = [:],
        maxBatch: Int = 100,
        timeout: Duration = .seconds(5),
        attempts: Int = 3,
        backoff: Duration = .milliseconds(250),
        maxRetryAfter: Duration = .seconds(5),
        deadline: Duration = .seconds(10)
    ) -> WebhookSink {
        WebhookSink(
            url: url, headers: headers, maxBatch: maxBatch, timeout: timeout, attempts: attempts, backoff: backoff,
            maxRetryAfter: maxRetryAfter, deadline: deadline)
    }
}

/// The webhook sink's body.
private struct WebhookSinkPayload: Encodable {
    var records: [ViolationRecord]
}
