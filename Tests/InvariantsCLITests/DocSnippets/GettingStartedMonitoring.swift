import Foundation
import Invariants

let monitor = InvariantMonitor(
    sampler: .ratio(0.1).always(for: .critical),
    sinks: [.journal(at: URL(filePath: "invariants/violations.jsonl")), .console],
    policy: .observe
)

let quoteGuard = monitor.guard(quoteRules, origin: .generated(by: "assistant-model-id", prompt: "sha256:9f2c41d7"))

func handle(requestID: String, cart: Cart) -> Quote {
    withInvariantContext(requestID: requestID) { quoteGuard(cart) { PricingEngine.quote($0) } }
}
