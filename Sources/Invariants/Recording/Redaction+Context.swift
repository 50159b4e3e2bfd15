extension Redaction {
    /// `context` with the value of every tag under a sensitive key replaced by ``placeholder`` and the
    /// secrets in other tag values redacted as by ``redact(text:)``; the request, tenant and trace ids are
    /// kept as they are (they identify the call and are not secrets).
    ///
    /// ```swift
    /// Redaction.default.redact(context: InvariantContext(requestID: "r-1", tags: ["apiKey": "k", "region": "eu"]))
    /// // requestID "r-1", tags ["apiKey": "[Filtered]", "region": "eu"]
    /// ```
    public func redact(context: InvariantContext) -> InvariantContext {
        guard !context.tags.isEmpty, scansText || redactsCardNumbers else { return context }
        var redacted = context
        for (key, value) in context.tags {
            if isSensitive(key: key) {
                redacted.tags[key] = Redaction.placeholder
            } else if let cleaned = redactingText(value) {
                redacted.tags[key] = cleaned
            }
        }
        return redacted
    }
}
