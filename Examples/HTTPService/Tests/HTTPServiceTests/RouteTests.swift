import AuthService
import HTTPServiceKit
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Invariants
import PricingService
import Testing

struct RouteTests {
    @Test func everyQuoteRouteAnswersWithTheEnginesQuote() async throws {
        let harness = ServiceHarness()
        let expected = try PricingEngine().quote(
            Cart(
                id: "cart-2", currency: .usd, customer: Customer(id: "c-2"),
                lines: [LineItem(sku: "lamp-01", category: .general, unitPrice: 4_999, quantity: 2)],
                discounts: [Discount(code: "WELCOME5", kind: .fixed(amount: 500))]))
        try await harness.run { client in
            for uri in ["/quote", "/quote/r0", "/quote/r001", "/quote/r1", "/quote/unguarded"] {
                let response = try await client.post(uri, json: Payloads.lampCart)
                #expect(response.status == .ok, "\(uri)")
                #expect(try response.decoded(as: Quote.self) == expected, "\(uri)")
            }
        }
        #expect(expected.total == 11_493)  // 99.98 − 5.00 + 21 % of 94.98 (19.95)
        #expect(harness.memory.records.isEmpty)
    }

    @Test func aCartTheEngineRejectsIsABadRequestNamingTheLine() async throws {
        try await ServiceHarness().run { client in
            let response = try await client.post("/quote", json: Payloads.badCart)
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains("line 0 (lamp-01): quantity 0 is not in 1...10000"))
        }
    }

    @Test func theRequestIDIsEchoedOrGenerated() async throws {
        try await ServiceHarness().run { client in
            let given = try await client.post("/quote", json: Payloads.lampCart, requestID: "req-7")
            #expect(given.headers[HTTPField.Name("x-request-id")!] == "req-7")
            let first = try await client.post("/quote", json: Payloads.lampCart)
            let second = try await client.post("/quote", json: Payloads.lampCart)
            let ids = [first, second].compactMap { $0.headers[HTTPField.Name("x-request-id")!] }
            #expect(ids.count == 2)
            #expect(Set(ids).count == 2)
        }
    }

    @Test func authorizeAnswersWithTheDecision() async throws {
        try await ServiceHarness().run { client in
            let response = try await client.post("/authorize", json: Payloads.suspendedAdmin)
            #expect(try response.decoded(as: AuthorizationDecision.self) == .denied(.suspended))
        }
    }
}
