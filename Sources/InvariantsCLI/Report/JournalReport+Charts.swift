import Invariants

/// The report's inline SVG charts: no script, no external resource, every label escaped through ``HTMLText``.
extension JournalReport {
    /// Violations per bucket as vertical bars across the whole plot (one slot per bucket, a bar at most 48
    /// wide), with the peak and the first, middle and last bucket labelled; the first label starts at its
    /// slot and the last ends at its slot, so labels stay inside the chart and apart from each other.
    func timelineChart() -> HTMLText {
        let width = 1000.0
        let height = 220.0
        let left = 48.0
        let bottom = 28.0
        let plotWidth = width - left - 8
        let plotHeight = height - bottom - 12
        let peak = max(timeline.map(\.count).max() ?? 0, 1)
        let slot = plotWidth / Double(max(timeline.count, 1))
        let barWidth = min(slot * 0.8, 48)
        var bars: [HTMLText] = []
        for (index, bucket) in timeline.enumerated() where bucket.count > 0 {
            let barHeight = max(1, plotHeight * Double(bucket.count) / Double(peak))
            let x = left + Double(index) * slot + (slot - barWidth) / 2
            let label =
                "\(ReportFormat.timestamp(bucket.start)): \(bucket.count) violations, adjusted \(ReportFormat.count(bucket.adjustedCount))"
            bars.append(
                "<rect class=\"bar\" x=\"\(number(x))\" y=\"\(number(12 + plotHeight - barHeight))\" width=\"\(number(barWidth))\" height=\"\(number(barHeight))\"><title>\(label)</title></rect>"
            )
        }
        var labels: [HTMLText] = []
        // A label is about 100 wide: the middle one only when it cannot touch the first or the last.
        var labelled = [0, timeline.count - 1]
        if plotWidth / 2 > 220 && timeline.count > 2 { labelled.insert(timeline.count / 2, at: 1) }
        for index in Set(labelled).sorted() where index >= 0 && index < timeline.count {
            let (x, anchor): (Double, String)
            if timeline.count == 1 {
                (x, anchor) = (left + slot / 2, "middle")
            } else if index == 0 {
                (x, anchor) = (left, "start")
            } else if index == timeline.count - 1 {
                (x, anchor) = (width - 8, "end")
            } else {
                (x, anchor) = (left + Double(index) * slot + slot / 2, "middle")
            }
            let text = ReportFormat.bucketLabel(timeline[index].start, widthSeconds: bucketSeconds)
            labels.append(
                "<text class=\"axis\" x=\"\(number(x))\" y=\"\(number(height - 8))\" text-anchor=\"\(anchor)\">\(text)</text>"
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

    /// Violations per rule as horizontal bars, coloured by severity, most first. Each rule id is written in
    /// full on its own line above its bar (squeezed to the chart's width when it is longer), so no id is cut.
    func ruleChart() -> HTMLText {
        let rowHeight = 40.0
        let width = 1000.0
        let barSpace = width - 60
        let characterWidth = 7.3  // 12 px monospace
        let peak = Double(max(rules.map(\.count).max() ?? 0, 1))
        var rows: [HTMLText] = []
        for (index, rule) in rules.enumerated() {
            let y = Double(index) * rowHeight
            let barWidth = max(2, barSpace * Double(rule.count) / peak)
            let fits = Double(rule.invariantID.count) * characterWidth <= width - 4
            let squeeze: HTMLText = fits ? "" : " textLength=\"\(number(width - 4))\" lengthAdjust=\"spacingAndGlyphs\""
            rows.append(
                """
                <text class="label" x="2" y="\(number(y + 14))"\(squeeze)>\(rule.invariantID)</text>\
                <rect class="bar sev-\(rule.severity.rawValue)" x="2" y="\(number(y + 20))" width="\(number(barWidth))" height="14"><title>\(rule.invariantID): \(rule.count) violations, adjusted \(ReportFormat.count(rule.adjustedCount))</title></rect>\
                <text class="value" x="\(number(barWidth + 8))" y="\(number(y + 32))">\(rule.count)</text>
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
