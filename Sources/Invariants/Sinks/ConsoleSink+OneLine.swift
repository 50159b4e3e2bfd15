extension ConsoleSink {
    /// The line the sink writes for `record`, with newlines and control characters in captured text escaped so
    /// the line stays one line: what `invariants tail` prints.
    ///
    /// ```swift
    /// ConsoleSink.oneLine(for: record)
    /// // invariants: ✗ pricing.quote/tax-non-negative [error] \Quote.tax was -0.01 — Pricing/Quote.swift:42 quote(_:), …
    /// ```
    public static func oneLine(for record: ViolationRecord) -> String {
        DisplayText.oneLine(line(for: record))
    }
}
