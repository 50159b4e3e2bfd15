import Foundation
import Invariants

/// `invariants demo`: quotes carts with a generated pricing function that has a seeded bug, checks
/// every quote, and shows what a team would see.
enum DemoCommand: Subcommand {
    static let name = "demo"
    static let summary = "Run a pricing function with a seeded bug under checks and print what is caught."
    static let usage = """
        USAGE: invariants demo [--calls <n>] [--out <dir>]

        Quotes <n> carts (default 40) with a pricing function that has the kind of bug assistants
        write: tax-exempt customers are charged tax. Every quote is checked against the pricing
        rules; violations are printed as the console sink writes them, journaled to
        <dir>/violations.jsonl, and an alert fires once a rule breaks 3 times within a minute.
        10 % of all checked calls, and every critical violation, go to the review queue in
        <dir>/review for 'invariants review'.

        OPTIONS:
          --calls <n>  How many carts to quote (1...100000).
          --out <dir>  Where to write the journal (default ./invariants-demo).
          -h, --help   Show this help.
        """

    static let options: Set<String> = ["--calls", "--out"]
    static let flags: Set<String> = []

    static func run(_ arguments: ParsedArguments) async throws(UsageError) -> Int32 {
        if let extra = arguments.positionals.first { throw UsageError("unexpected argument '\(extra)'") }
        let calls = try arguments.integer("--calls", in: 1...100_000) ?? 40
        let output = URL(fileURLWithPath: arguments.value("--out") ?? "invariants-demo")

        let memory = MemorySink()
        let journalURL = output.appendingPathComponent("violations.jsonl")
        let journal = JournalSink(at: journalURL)
        do { try journal.open() } catch { throw UsageError("\(error)") }
        let reviewQueue = DirectoryReviewQueue(at: output.appendingPathComponent("review"))
        let monitor = InvariantMonitor(
            sampler: .always,
            sinks: [memory, journal, .console],
            alerts: [.count(3, within: .seconds(60), notify: .console)],
            policy: .observe,
            review: ReviewRouting(
                queue: reviewQueue,
                routes: [.sample(0.1), .every(.violations(atLeast: .critical))]
            )
        )
        let origin = CodeOrigin.generated(by: "assistant-model-2026-10", prompt: "sha256:9f2c41d7", commit: "4be1c0d")
        let quote = monitor.guarded(DemoPricing.rules, origin: origin) { cart in DemoPricing.quote(cart) }

        say("Quoting \(calls) carts with a generated pricing function (origin: \(origin))…\n")
        var generator = DemoCarts(seed: 2026)
        for index in 0..<calls {
            let cart = generator.next()
            withInvariantContext(requestID: "req-\(index + 1)", tenant: cart.tenant) {
                _ = quote(cart)
            }
        }
        await monitor.shutdown()

        let records = memory.records
        say("\n\(calls) calls checked, \(records.count) violations recorded (\(monitor.health)).")
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
        say("Journal: \(journalURL.path)")
        let review = monitor.reviewHealth ?? ReviewHealth()
        say("Review queue: \(review.written) calls queued for review in \(reviewQueue.url.path)")
        say("Next: invariants review list --queue \(reviewQueue.url.path)")
        return 0
    }
}
