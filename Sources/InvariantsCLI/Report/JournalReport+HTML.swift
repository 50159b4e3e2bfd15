import Invariants

extension JournalReport {
    /// The report as one self-contained HTML page: inline CSS and SVG charts, no script, no network (a
    /// Content-Security-Policy forbids both), a table per rule with its call sites and example inputs as
    /// pretty JSON. Every captured value goes through ``HTMLText``, so it appears as text, never as markup.
    ///
    /// ```swift
    /// try report.html().write(to: URL(fileURLWithPath: "report.html"), atomically: true, encoding: .utf8)
    /// ```
    func html() -> String {
        let page: HTMLText = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Invariants report</title>
            <style>\(HTMLText(stringLiteral: Self.style))</style>
            </head>
            <body>
            <header>
            <h1>Invariants report</h1>
            <p class="summary">\(header())</p>
            <p class="files">\(files.count == 1 ? "Journal" : "Journals"): \(HTMLText.joined(files.map { "<code>\($0)</code>" }, separator: ", "))</p>
            </header>
            \(count == 0 ? "<p class=\"empty\">No violations.</p>" : body())
            </body>
            </html>

            """
        return page.markup
    }

    private func body() -> HTMLText {
        """
        <section>
        <h2>Over time <span class="note">(\(ReportFormat.duration(seconds: bucketSeconds)) buckets, UTC)</span></h2>
        \(timelineChart())
        </section>
        <section>
        <h2>By rule</h2>
        \(ruleChart())
        </section>
        <section>
        <h2>By origin</h2>
        <table>
        <thead><tr><th>Origin</th><th class="n">Count</th><th class="n">Adjusted</th><th>Rules broken</th><th>First seen</th><th>Last seen</th></tr></thead>
        <tbody>
        \(HTMLText.joined(origins.map(originRow), separator: "\n"))
        </tbody>
        </table>
        </section>
        <section>
        <h2>By fingerprint</h2>
        <table>
        <thead><tr><th>Fingerprint</th><th>Rule</th><th>Call site</th><th class="n">Count</th><th class="n">Adjusted</th><th>Example event</th><th>Last seen</th></tr></thead>
        <tbody>
        \(HTMLText.joined(fingerprints.map(fingerprintRow), separator: "\n"))
        </tbody>
        </table>
        </section>
        <section>
        <h2>Rules</h2>
        \(HTMLText.joined(rules.map(ruleSection), separator: "\n"))
        </section>
        """
    }

    private func originRow(_ origin: Origin) -> HTMLText {
        """
        <tr><td>\(origin.origin.description)</td><td class="n">\(origin.count)</td><td class="n">\(ReportFormat.count(origin.adjustedCount))</td>\
        <td>\(HTMLText.joined(origin.rules.map { "<code>\($0)</code>" }, separator: " "))</td>\
        <td class="t">\(ReportFormat.timestamp(origin.firstSeen))</td><td class="t">\(ReportFormat.timestamp(origin.lastSeen))</td></tr>
        """
    }

    private func fingerprintRow(_ fingerprint: Fingerprint) -> HTMLText {
        """
        <tr><td><code>\(fingerprint.fingerprint)</code></td><td><code>\(fingerprint.invariantID)</code></td>\
        <td><code>\(fingerprint.callSite.description)</code></td><td class="n">\(fingerprint.count)</td>\
        <td class="n">\(ReportFormat.count(fingerprint.adjustedCount))</td><td><code>\(fingerprint.exampleEventID)</code></td>\
        <td class="t">\(ReportFormat.timestamp(fingerprint.lastSeen))</td></tr>
        """
    }

    private func ruleSection(_ rule: Rule) -> HTMLText {
        let sites = fingerprints.filter { $0.invariantID == rule.invariantID }
        let siteRows = sites.map { site -> HTMLText in
            "<tr><td><code>\(site.callSite.description)</code></td><td class=\"n\">\(site.count)</td><td class=\"n\">\(ReportFormat.count(site.adjustedCount))</td><td><code>\(site.exampleEventID)</code></td></tr>"
        }
        let examples = rule.examples.map { example -> HTMLText in
            """
            <div class="example"><p>Event <code>\(example.eventID)</code>: \(example.message)</p>\
            <pre>\(PrettyJSON.pretty(example.input))</pre></div>
            """
        }
        return """
            <article class="rule">
            <h3><code>\(rule.invariantID)</code> <span class="badge sev-\(rule.severity.rawValue)">\(rule.severity.rawValue)</span></h3>
            <table>
            <tr><th>Violations</th><td class="n">\(rule.count)</td><th>Adjusted (Σ 1/sampling rate)</th><td class="n">\(ReportFormat.count(rule.adjustedCount))</td></tr>
            <tr><th>First seen</th><td class="t">\(ReportFormat.timestamp(rule.firstSeen))</td><th>Last seen</th><td class="t">\(ReportFormat.timestamp(rule.lastSeen))</td></tr>
            </table>
            <table>
            <thead><tr><th>Call site</th><th class="n">Count</th><th class="n">Adjusted</th><th>Example event</th></tr></thead>
            <tbody>\(HTMLText.joined(siteRows))</tbody>
            </table>
            <h4>Example inputs</h4>
            \(examples.isEmpty ? "<p class=\"note\">None captured.</p>" : HTMLText.joined(examples, separator: "\n"))
            </article>
            """
    }

    private static let style = """
        body { font: 14px/1.45 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1d2330;
               margin: 0 auto; padding: 24px 32px; max-width: 1200px; background: #fbfbfd; }
        h1 { font-size: 26px; margin: 0 0 6px; }
        h2 { font-size: 19px; margin: 28px 0 10px; border-bottom: 1px solid #d9dde6; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 0 0 8px; }
        h4 { font-size: 14px; margin: 14px 0 6px; color: #4a5468; }
        .summary { font-size: 15px; margin: 0 0 4px; }
        .files, .note { color: #5d6880; font-size: 13px; font-weight: normal; }
        code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; background: #fff; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e6e9ef; vertical-align: top;
                 overflow-wrap: anywhere; }
        th { background: #f1f3f7; font-weight: 600; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.t { white-space: nowrap; }
        .chart { width: 100%; height: auto; background: #fff; border: 1px solid #e6e9ef; }
        .chart .bar { fill: #4a77d4; }
        .chart .grid { stroke: #d9dde6; }
        .chart text { font-size: 12px; fill: #4a5468; }
        .chart .label { font-family: "DejaVu Sans Mono", Menlo, monospace; fill: #1d2330; }
        .sev-critical, .chart .bar.sev-critical { fill: #c62828; background: #c62828; }
        .sev-error, .chart .bar.sev-error { fill: #e46a1c; background: #e46a1c; }
        .sev-warning, .chart .bar.sev-warning { fill: #d4a017; background: #d4a017; }
        .sev-info, .chart .bar.sev-info { fill: #6b7a99; background: #6b7a99; }
        .badge { color: #fff; border-radius: 4px; padding: 1px 7px; font-size: 12px; vertical-align: middle; }
        .rule { background: #fff; border: 1px solid #e1e5ec; border-radius: 6px; padding: 14px 16px; margin: 12px 0; }
        .example p { margin: 6px 0 4px; }
        pre { background: #f5f6f9; border: 1px solid #e6e9ef; padding: 10px; margin: 0 0 8px; white-space: pre-wrap;
              overflow-wrap: anywhere; }
        .empty { font-size: 16px; color: #2e7d32; }
        """
}
