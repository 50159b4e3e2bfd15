import Invariants

/// The report's inline SVG charts: no script, no external resource, every label escaped through ``HTMLText``.
extension JournalReport {
    /// Violations per bucket as vertical bars, with the peak and the first, middle and last bucket labelled.
    func timelineChart() -> HTMLText {
        let width = 1000.0
        let height = 220.0
        let left = 48.0
        let bottom = 28.0
        let plotWidth = width - left - 8
        let plotHeight = height - bottom - 12
        let peak = max(timeline.map(\.count).max() ?? 0, 1)
        let slot = plotWidth / Double(max(timeline.count, 24))  // a few buckets do not become slabs
        var bars: [HTMLText] = []
        for (index, bucket) in timeline.enumerated() where bucket.count > 0 {
            let barHeight = max(1, plotHeight * Double(bucket.count) / Double(peak))
            let x = left + Double(index) * slot + slot * 0.1
            let label =
                "\(ReportFormat.timestamp(bucket.start)): \(bucket.count) violations, adjusted \(ReportFormat.count(bucket.adjustedCount))"
            bars.append(
                "<rect class=\"bar\" x=\"\(number(x))\" y=\"\(number(12 + plotHeight - barHeight))\" width=\"\(number(slot * 0.8))\" height=\"\(number(barHeight))\"><title>\(label)</title></rect>"
            )
        }
        var labels: [HTMLText] = []
        let labelled = Set([0, timeline.count / 2, timeline.count - 1]).filter { $0 >= 0 && $0 < timeline.count }
        for index in labelled.sorted() {
            let x = left + Double(index) * slot + slot / 2
            let text = ReportFormat.bucketLabel(timeline[index].start, widthSeconds: bucketSeconds)
            labels.append(
                "<text class=\"axis\" x=\"\(number(x))\" y=\"\(number(height - 8))\" text-anchor=\"middle\">\(text)</text>"
            )
        }
        return """
            <svg class="chart" viewBox="0 0 \(number(width)) \(number(height))" role="img" aria-label="Violations over time">\
            <line class="grid" x1="\(number(left))" y1="12" x2="\(number(width - 8))" y2="12"/>\
            <line class="grid" x1="\(number(left))" y1="\(number(12 + plotHeight))" x2="\(number(width - 8))" y2="\(number(12 + plotHeight))"/>\
            <text class="axis" x="\(number(left - 6))" y="18" text-anchor="end">\(peak)</text>\
            <text class="axis" x="\(number(left - 6))" y="\(number(12 + plotHeight))" text-anchor="end">0</text>\
            \(HTMLText.joined(bars))\(HTMLText.joined(labels))</svg>
            """
    }

    /// Violations per rule as horizontal bars, coloured by severity, most first.
    func ruleChart() -> HTMLText {
        let rowHeight = 28.0
        let labelWidth = 380.0
        let width = 1000.0
        let barSpace = width - labelWidth - 90
        let peak = Double(max(rules.map(\.count).max() ?? 0, 1))
        var rows: [HTMLText] = []
        for (index, rule) in rules.enumerated() {
            let y = Double(index) * rowHeight
            let barWidth = max(2, barSpace * Double(rule.count) / peak)
            rows.append(
                """
                <text class="label" x="\(number(labelWidth - 8))" y="\(number(y + 18))" text-anchor="end">\(rule.invariantID)</text>\
                <rect class="bar sev-\(rule.severity.rawValue)" x="\(number(labelWidth))" y="\(number(y + 5))" width="\(number(barWidth))" height="\(number(rowHeight - 10))"><title>\(rule.invariantID): \(rule.count) violations, adjusted \(ReportFormat.count(rule.adjustedCount))</title></rect>\
                <text class="value" x="\(number(labelWidth + barWidth + 6))" y="\(number(y + 18))">\(rule.count)</text>
                """)
        }
        let height = max(rowHeight * Double(rules.count), rowHeight)
        return """
            <svg class="chart" viewBox="0 0 \(number(width)) \(number(height))" role="img" aria-label="Violations by rule">\
            \(HTMLText.joined(rows))</svg>
            """
    }

    private func number(_ value: Double) -> String {
        String(Double(Int((value * 10).rounded())) / 10)
    }
}
