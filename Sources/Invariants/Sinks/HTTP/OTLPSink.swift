public import Foundation

/// Exports violation records as OpenTelemetry logs over OTLP/HTTP with the JSON encoding, to a collector
/// or any backend that accepts OTLP (`POST <endpoint>/v1/logs`, `Content-Type: application/json`).
///
/// Each record becomes one LogRecord: its timestamp, a severity (`info` 9, `warning` 13, `error` 17,
/// `critical` 21), the message as body, and every field a person needs as attributes — `invariant.id`,
/// `invariant.severity`, `invariant.fingerprint`, `event.id`, `code.origin.*`, `code.filepath`,
/// `code.function`, `code.lineno`, `invariant.sampling_rate`, `invariant.adjusted_count`, `request.id`,
/// `tenant.id`, `trace_id`, `invariant.rule_error`, and the redacted `invariant.input` / `invariant.output`
/// as JSON text (see ``payload(for:observedAt:)``). A trace ID of 32 hex digits also fills the LogRecord's
/// `traceId`, so backends link the violation to its trace.
///
/// Delivery is that of ``WebhookSink``: at most ``maxBatch`` records per request, retries with backoff,
/// `Retry-After` honoured on `429`/`503` up to ``maxRetryAfter``, and one batch occupies the sink's
/// delivery lane for at most ``deadline``. With a journal among the monitor's sinks it ships from the
/// journal (``RemoteDelivery``); otherwise a batch that could not be delivered is thrown and counted as
/// dropped for this sink, and while the endpoint stalls its lane drops and counts new records.
///
/// ```swift
/// let monitor = InvariantMonitor(sinks: [
///     .otlp(endpoint: URL(string: "http://otel-collector:4318")!, serviceName: "pricing-api"),
/// ])
/// ```
public struct OTLPSink: ViolationSink {
    /// The collector's base URL, such as `http://otel-collector:4318`; logs go to its `/v1/logs`.
    ///
    /// ```swift
    /// OTLPSink(endpoint: URL(string: "http://otel-collector:4318")!, serviceName: "pricing-api").endpoint
    /// ```
    public var endpoint: URL
    /// The `service.name` resource attribute.
    ///
    /// ```swift
    /// sink.serviceName   // "pricing-api", the resource's service.name
    /// ```
    public var serviceName: String
    /// Extra request headers, such as a backend's API key.
    ///
    /// ```swift
    /// OTLPSink(endpoint: url, serviceName: "pricing-api", headers: ["Authorization": "Bearer …"])
    /// ```
    public var headers: [String: String]
    /// The most records sent in one request.
    ///
    /// ```swift
    /// OTLPSink(endpoint: url, serviceName: "pricing-api", maxBatch: 500)
    /// ```
    public var maxBatch: Int
    /// How long one attempt may take.
    ///
    /// ```swift
    /// OTLPSink(endpoint: url, serviceName: "pricing-api", timeout: .seconds(2))
    /// ```
    public var timeout: Duration
    /// How many times a chunk is tried before the batch fails.
    ///
    /// ```swift
    /// OTLPSink(endpoint: url, serviceName: "pricing-api", attempts: 5)
    /// ```
    public var attempts: Int
    /// The pause after the first failed attempt; it doubles after each further one.
    ///
    /// ```swift
    /// OTLPSink(endpoint: url, serviceName: "pricing-api", backoff: .milliseconds(500))
    /// ```
    public var backoff: Duration
    /// The longest `Retry-After` the sink waits for; a longer one is shortened to this.
    ///
    /// ```swift
    /// OTLPSink(endpoint: url, serviceName: "pricing-api", maxRetryAfter: .seconds(2))
    /// ```
    public var maxRetryAfter: Duration
    /// The longest one batch may occupy the sink's lane, every chunk, retry and wait included.
    ///
    /// ```swift
    /// OTLPSink(endpoint: url, serviceName: "pricing-api", deadline: .seconds(5))
    /// ```
    public var deadline: Duration

    /// Creates a sink; by default 100 records per request, 5 seconds per attempt, 3 attempts, 250 ms
    /// backoff, `Retry-After` honoured up to 5 seconds, and 10 seconds per batch.
    ///
    /// ```swift
    /// let sink = OTLPSink(endpoint: URL(string: "http://otel-collector:4318")!, serviceName: "pricing-api")
    /// ```
    public init(
        endpoint: URL,
        serviceName: String,
        headers: [String: String] = [:],
        maxBatch: Int = 100,
        timeout: Duration = .seconds(5),
        attempts: Int = 3,
        backoff: Duration = .milliseconds(250),
        maxRetryAfter: Duration = .seconds(5),
        deadline: Duration = .seconds(10)
    ) {
        precondition(maxBatch > 0, "OTLPSink: maxBatch must be positive, got \(maxBatch)")
        precondition(attempts > 0, "OTLPSink: attempts must be positive, got \(attempts)")
        self.endpoint = endpoint
        self.serviceName = serviceName
        self.headers = headers
        self.maxBatch = maxBatch
        self.timeout = timeout
        self.attempts = attempts
        self.backoff = backoff
        self.maxRetryAfter = maxRetryAfter
        self.deadline = deadline
    }

    /// Where the logs are POSTed: the endpoint followed by `/v1/logs` (unless it already ends with it).
    ///
    /// ```swift
    /// OTLPSink(endpoint: URL(string: "http://collector:4318")!, serviceName: "api").logsURL
    /// // http://collector:4318/v1/logs
    /// ```
    public var logsURL: URL {
        endpoint.path.hasSuffix("/v1/logs") ? endpoint : endpoint.appending(path: "v1/logs")
    }

    /// Exports the batch, ``maxBatch`` records per request, in order.
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
            url: logsURL, headers: headers, timeout: timeout, attempts: attempts, backoff: backoff,
            maxRetryAfter: maxRetryAfter)
        try poster.post(batch, inChunksOf: maxBatch, until: until) { Data(payload(for: $0).serialized().utf8) }
    }
}

extension ViolationSink where Self == OTLPSink {
    /// Exports records as OpenTelemetry logs to `<endpoint>/v1/logs` (see ``OTLPSink``).
    ///
    /// ```swift
    /// let monitor = InvariantMonitor(sinks: [
    ///     .otlp(endpoint: URL(string: "http://otel-collector:4318")!, serviceName: "pricing-api"),
    /// ])
    /// ```
    public static func otlp(
        endpoint: URL,
        serviceName: String,
        headers: [String: String] = [:],
        maxBatch: Int = 100,
        timeout: Duration = .seconds(5),
        attempts: Int = 3,
        backoff: Duration = .milliseconds(250),
        maxRetryAfter: Duration = .seconds(5),
        deadline: Duration = .seconds(10)
    ) -> OTLPSink {
        OTLPSink(
            endpoint: endpoint, serviceName: serviceName, headers: headers, maxBatch: maxBatch, timeout: timeout,
            attempts: attempts, backoff: backoff, maxRetryAfter: maxRetryAfter, deadline: deadline)
    }
}
