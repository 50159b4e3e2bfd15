/// Who and what a call was serving — request, tenant, trace and free-form tags — attached to every
/// violation recorded while it is the ``current`` context.
///
/// Set it once per request with ``withInvariantContext(requestID:tenant:traceID:tags:operation:)``
/// (it is a task-local, so child tasks inherit it); records read it from ``current``.
///
/// ```swift
/// try await withInvariantContext(requestID: request.id, tenant: "acme") {
///     try await handle(request)   // every violation recorded in here says request and tenant
/// }
/// ```
public struct InvariantContext: Sendable, Hashable, Codable {
    /// The identifier of the request being served.
    ///
    /// ```swift
    /// withInvariantContext(requestID: "r-42") { InvariantContext.current.requestID }   // "r-42"
    /// ```
    public var requestID: String?
    /// The tenant (customer account) the request is for.
    ///
    /// ```swift
    /// record.context.tenant   // "acme"
    /// ```
    public var tenant: String?
    /// The distributed trace the request belongs to.
    ///
    /// ```swift
    /// try await withInvariantContext(traceID: span.traceID) { try await handle(request) }
    /// ```
    public var traceID: String?
    /// Free-form labels, such as `["region": "eu-west-1"]`.
    ///
    /// ```swift
    /// withInvariantContext(tags: ["region": "eu-west-1"]) { quote(cart) }
    /// ```
    public var tags: [String: String]

    /// Creates a context; every field is empty by default.
    ///
    /// ```swift
    /// let context = InvariantContext(requestID: "r-42", tenant: "acme", tags: ["region": "eu-west-1"])
    /// ```
    public init(requestID: String? = nil, tenant: String? = nil, traceID: String? = nil, tags: [String: String] = [:]) {
        self.requestID = requestID
        self.tenant = tenant
        self.traceID = traceID
        self.tags = tags
    }

    /// The key that keeps sampling decisions consistent within one request: the request ID, else the trace ID.
    ///
    /// ```swift
    /// InvariantContext(traceID: "4bf92f3577b34da6a3ce929d0e0e4736").samplingKey   // the trace id
    /// ```
    public var samplingKey: String? { requestID ?? traceID }

    /// Whether no field is set.
    ///
    /// ```swift
    /// InvariantContext().isEmpty   // true
    /// ```
    public var isEmpty: Bool { requestID == nil && tenant == nil && traceID == nil && tags.isEmpty }

    /// This context with `inner` laid over it: `inner`'s non-`nil` fields win, tags are merged with `inner`'s
    /// winning on equal keys.
    ///
    /// ```swift
    /// InvariantContext(requestID: "r1", tags: ["a": "1"]).merging(InvariantContext(tenant: "t", tags: ["a": "2"]))
    /// // requestID "r1", tenant "t", tags ["a": "2"]
    /// ```
    public func merging(_ inner: InvariantContext) -> InvariantContext {
        InvariantContext(
            requestID: inner.requestID ?? requestID,
            tenant: inner.tenant ?? tenant,
            traceID: inner.traceID ?? traceID,
            tags: tags.merging(inner.tags) { _, innerValue in innerValue }
        )
    }

    private enum CodingKeys: String, CodingKey {
        case requestID, tenant, traceID, tags
    }

    /// Decodes a context; missing fields are empty.
    ///
    /// ```swift
    /// let context = try JSONDecoder().decode(InvariantContext.self, from: Data(#"{"tenant":"acme"}"#.utf8))
    /// ```
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            requestID: try container.decodeIfPresent(String.self, forKey: .requestID),
            tenant: try container.decodeIfPresent(String.self, forKey: .tenant),
            traceID: try container.decodeIfPresent(String.self, forKey: .traceID),
            tags: try container.decodeIfPresent([String: String].self, forKey: .tags) ?? [:]
        )
    }

    /// Encodes the context, omitting `nil` fields and empty tags.
    ///
    /// ```swift
    /// try JSONEncoder().encode(InvariantContext(tenant: "acme"))   // {"tenant":"acme"}
    /// ```
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(requestID, forKey: .requestID)
        try container.encodeIfPresent(tenant, forKey: .tenant)
        try container.encodeIfPresent(traceID, forKey: .traceID)
        if !tags.isEmpty { try container.encode(tags, forKey: .tags) }
    }
}
