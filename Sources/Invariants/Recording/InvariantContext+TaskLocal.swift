extension InvariantContext {
    /// The context of the running task; empty outside any ``withInvariantContext(requestID:tenant:traceID:tags:operation:)``.
    ///
    /// ```swift
    /// withInvariantContext(requestID: "r-42") { InvariantContext.current.requestID }   // "r-42"
    /// ```
    @TaskLocal public static var current = InvariantContext()
}

/// Runs `operation` with ``InvariantContext/current`` set to the current context merged with the given
/// fields (non-`nil` fields override, tags are merged with these winning), and returns its result.
///
/// ```swift
/// let quote = try withInvariantContext(requestID: "r-42", tenant: "acme") { try pricing.quote(cart) }
/// ```
public func withInvariantContext<R>(
    requestID: String? = nil,
    tenant: String? = nil,
    traceID: String? = nil,
    tags: [String: String] = [:],
    operation: () throws -> R
) rethrows -> R {
    let inner = InvariantContext(requestID: requestID, tenant: tenant, traceID: traceID, tags: tags)
    let merged = InvariantContext.current.merging(inner)
    return try SamplingKey.$current.withValue(merged.samplingKey.map(SamplingKey.hash)) {
        try InvariantContext.$current.withValue(merged, operation: operation)
    }
}

/// Runs the asynchronous `operation` with ``InvariantContext/current`` set to the current context merged
/// with the given fields; child tasks created inside inherit it.
///
/// ```swift
/// try await withInvariantContext(requestID: request.id, traceID: span.traceID) {
///     try await handle(request)
/// }
/// ```
public func withInvariantContext<R>(
    requestID: String? = nil,
    tenant: String? = nil,
    traceID: String? = nil,
    tags: [String: String] = [:],
    isolation: isolated (any Actor)? = #isolation,
    operation: () async throws -> R
) async rethrows -> R {
    let inner = InvariantContext(requestID: requestID, tenant: tenant, traceID: traceID, tags: tags)
    let merged = InvariantContext.current.merging(inner)
    return try await SamplingKey.$current.withValue(
        merged.samplingKey.map(SamplingKey.hash),
        operation: {
            try await InvariantContext.$current.withValue(merged, operation: operation, isolation: isolation)
        },
        isolation: isolation
    )
}
