import Foundation
import Invariants

let monitor = InvariantMonitor(
    sampler: .ratio(0.1).always(for: .critical),
    sinks: [.journal(at: URL(filePath: "invariants/violations.jsonl")), .console],
    policy: .observe
)

let quote = monitor.guarded(quoteRules, origin: .generated(by: "assistant-model-id", prompt: "sha256:9f2c41d7")) {
    cart in PricingEngine.quote(cart)
}

func handle(requestID: String, cart: Cart) -> Quote {
    withInvariantContext(requestID: requestID) { quote(cart) }
}
