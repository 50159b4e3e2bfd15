import Foundation
import Invariants

/// `invariants demo`: a pricing service with a generated-code bug under simulated traffic, checked by a
/// sampling monitor, and what a team would see: console lines, an alert, a journal, a review queue, a report.
enum DemoCommand: Subcommand {
    static let name = "demo"
    static let summary = "Run a pricing function with a seeded bug under checks and print what is caught."
    static let usage = """
        USAGE: invariants demo [--calls <n>] [--seconds <s>] [--out <dir>]

        Quotes <n> carts (default 300) over about <s> seconds (default 3) with a pricing function
        that has the kind of bug assistants write: tax-exempt customers are charged tax. A monitor
        checks critical rules on every call and the others on 25 % of calls; violations are printed
        as the console sink writes them and journaled to <dir>/violations.jsonl, an alert fires
        once a rule breaks 3 times within a minute, and 10 % of checked calls plus every critical
        violation go to the review queue in <dir>/review. At the end it prints the report that
        'invariants report' gives for the journal, and what to run next.

        OPTIONS:
          --calls <n>    How many carts to quote (1...100000).
          --seconds <s>  How long the traffic lasts (0...60; 0 quotes as fast as possible).
          --out <dir>    Where to write the journal and the review queue (default ./invariants-demo).
          -h, --help     Show this help.
        """

    static let options: Set<String> = ["--calls", "--seconds", "--out"]
    static let flags: Set<String> = []

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        if let extra = arguments.positionals.first { throw UsageError("unexpected argument '\(extra)'") }
        let calls = try arguments.integer("--calls", in: 1...100_000) ?? 300
        let seconds = try arguments.integer("--seconds", in: 0...60) ?? 3
        let output = URL(fileURLWithPath: arguments.value("--out") ?? "invariants-demo")

        let memory = MemorySink()
        let progress = DemoProgress(total: calls)
        let journalURL = output.appendingPathComponent("violations.jsonl")
        let journal = JournalSink(at: journalURL)
        do { try journal.open() } catch { throw UsageError("\(error)") }
        let reviewQueue = DirectoryReviewQueue(at: output.appendingPathComponent("review"))
        let monitor = InvariantMonitor(
            sampler: .ratio(0.25).always(for: .critical),
            // The console sink's and channel's lines, printed above the progress line (see DemoProgress).
            sinks: [memory, journal, .closure { progress.printAbove(ConsoleSink.oneLine(for: $0)) }],
            alerts: [
                .count(
                    3, within: .seconds(60),
                    notify: .closure { @Sendable alert in
                        progress.printAbove(DisplayText.oneLine(ConsoleAlertChannel.line(for: alert)))
                    })
            ],
            policy: .observe,
            review: ReviewRouting(
                queue: reviewQueue,
                routes: [.sample(0.1), .every(.violations(atLeast: .critical))]
            )
        )
        let origin = CodeOrigin.generated(by: "assistant-model-2026-10", prompt: "sha256:9f2c41d7", commit: "4be1c0d")
        let quote = monitor.guarded(DemoPricing.rules, origin: origin) { cart in DemoPricing.quote(cart) }

        say("Quoting \(calls) carts with a generated pricing function (origin: \(origin))…")
        say("Sampler: \(monitor.sampler)\n")
        var generator = DemoCarts(seed: 2026)
        let pause = seconds == 0 ? Duration.zero : .seconds(seconds) / calls
        for index in 0..<calls {
            let cart = generator.next()
            withInvariantContext(requestID: "req-\(index + 1)", tenant: cart.tenant) {
                _ = quote(cart)
            }
            progress.advance(to: index + 1, violations: monitor.health.produced)
            if pause > .zero { try? await Task.sleep(for: pause) }
        }
        progress.finish()
        await monitor.shutdown()

        let records = memory.records
        say("\n\(calls) calls quoted, \(records.count) violations recorded (\(monitor.health)).")
        let byRule = Dictionary(grouping: records, by: \.invariantID)
        for (rule, hits) in byRule.sorted(by: { $0.key < $1.key }) {
            say("  \(rule): \(hits.count) × [\(hits[0].severity)]")
        }
        if let example = records.first {
            say(
                "\nExample input captured (redacted):\n  \(example.input.value?.serialized() ?? example.input.text ?? "")"
            )
        }
        say("\nAlerts sent: \(monitor.alerts?.stats.sent.values.reduce(0, +) ?? 0)")
        if !records.isEmpty,
            let report = try? JournalReport(files: JournalFiles([journalURL.path]), filter: ReportFilter())
        {
            say("\n" + report.text())
        }
        say("Journal: \(journalURL.path)")
        let review = monitor.reviewHealth ?? ReviewHealth()
        say("Review queue: \(review.written) calls queued for review in \(reviewQueue.url.path)")
        let command = CommandInvocation.prefix
        say("Next: \(command) report \(journalURL.path) --html report.html")
        say("      \(command) review list --queue \(reviewQueue.url.path)")
        say("      \(command) export \(journalURL.path) --rule pricing.quote/exempt-pays-no-tax --to fixture.jsonl")
        return 0
    }
}
