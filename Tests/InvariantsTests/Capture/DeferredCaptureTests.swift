import Foundation
import Synchronization
import Testing

@testable import Invariants

/// Sets over `Sendable` values hand a failed call's input and output to the reporter's queue, which
/// captures and redacts them; other sets capture on the caller's thread. Both give the same records.
struct DeferredCaptureTests {
    /// A mutable, non-`Sendable` input: capturing it later could see a later state, so it is captured
    /// on the caller's thread.
    final class MutableCart: Codable {
        var sku: String
        var total: Decimal
        init(sku: String, total: Decimal) {
            self.sku = sku
            self.total = total
        }
    }

    struct Charge: Codable, Sendable, Equatable {
        var amount: Decimal
        var note: String
    }

    @Test func swiftPicksTheDeferringInitializerForSendableTypesOnly() {
        #expect(quoteRules.deferral != nil)
        #expect(unconstrainedSet(Basket.self, Quote.self).deferral == nil)
        let mutable = InvariantSet<MutableCart, Decimal>("cart") {
            Invariant("total-matches") { cart, total in cart.total == total }
        }
        #expect(mutable.deferral == nil)
        let validated = try? InvariantSet<Basket, Quote>.validated("pricing.quote") {
            Expect(\.tax, "tax-non-negative") { $0 >= 0 }
        }
        #expect(validated?.deferral != nil)
    }

    @Test func deferredAndCallerSideCapturesGiveTheSameRedactedRecords() async {
        let deferredSink = MemorySink()
        let callerSink = MemorySink()
        let deferring = InvariantMonitor(sinks: [deferredSink])
        let capturing = InvariantMonitor(sinks: [callerSink])
        let rules = chargeRules()
        #expect(rules.deferral != nil)
        let eager = unconstrainedChargeRules()
        #expect(eager.deferral == nil)
        let charge = Charge(amount: -5, note: "card 4111 1111 1111 1111, token=abc123")
        let viaReporter = deferring.guarded(rules) { (charge: Charge) in charge }
        let viaCaller = capturing.guarded(eager) { (charge: Charge) in charge }
        _ = viaReporter(charge)
        _ = viaCaller(charge)
        #expect(await deferring.flush())
        #expect(await capturing.flush())

        let deferred = deferredSink.records
        let captured = callerSink.records
        #expect(deferred.count == 1 && captured.count == 1)
        guard let deferred = deferred.first, let captured = captured.first else { return }
        #expect(deferred.input == captured.input)
        #expect(deferred.output == captured.output)
        #expect(deferred.message == captured.message)
        #expect(deferred.message == "refused: card [Filtered], token=[Filtered]")
        #expect(deferred.input.value?["note"] == "card [Filtered], token=[Filtered]")
        #expect(deferred.input.byteCount > 0)
    }

    @Test func beforeRecordRunsOnTheReporterThreadAndSeesRedactedValues() async {
        let hookCalls = Mutex<[(thread: UInt, note: JSONValue?)]>([])
        let sinkThreads = Mutex<[UInt]>([])
        let monitor = InvariantMonitor(
            sinks: [.closure { _ in sinkThreads.withLock { $0.append(UInt(pthread_self())) } }],
            beforeRecord: { record in
                hookCalls.withLock { $0.append((UInt(pthread_self()), record.input.value?["note"])) }
                return true
            }
        )
        let charge = Charge(amount: -5, note: "password=hunter2")
        let callerThread = UInt(pthread_self())
        _ = monitor.guarded(chargeRules()) { (charge: Charge) in charge }(charge)
        #expect(await monitor.flush())
        let calls = hookCalls.withLock { $0 }
        #expect(calls.count == 1)
        #expect(calls.first?.thread != callerThread)
        #expect(sinkThreads.withLock { $0.first } != callerThread)  // the sink's lane
        #expect(calls.first?.note == "password=[Filtered]")
    }

    @Test func aNonSendableInputIsCapturedAsItWasWhenTheCallFailed() async {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sinks: [sink])
        let rules = InvariantSet<MutableCart, Decimal>("cart") {
            Invariant("total-matches") { cart, total in cart.total == total }
        }
        let cart = MutableCart(sku: "book", total: 10)
        _ = monitor.guarded(rules) { (_: MutableCart) in Decimal(11) }(cart)
        cart.total = 99  // after the call: the record must not see it
        cart.sku = "changed"
        #expect(await monitor.flush())
        #expect(sink.records.first?.input.value == ["sku": "book", "total": .number("10")])
    }

    @Test func oneCallsRecordsShareOneCaptureAndManyBatchesRecordEverything() async {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sinks: [sink])
        let quote = monitor.guarded(quoteRules) { Pricing.buggyQuote($0) }
        let calls = Reporter.chunkSize * 3 + 7
        for _ in 0..<calls { _ = quote(sampleBasket) }
        #expect(await monitor.flush())
        let health = monitor.health
        #expect(health.produced == calls * 2)
        #expect(health.recorded == calls * 2)
        #expect(sink.records.count == calls * 2)
        let expected = Snapshot.capture(sampleBasket)
        #expect(sink.records.allSatisfy { $0.input == expected })
        // Under observe the reporter's queue draws the event ids: 32 hex digits, all different.
        let ids = sink.records.map(\.eventID)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { id in id.count == 32 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase } })
    }

    /// The same rule, built where the types are known to be `Sendable` (deferring) …
    @Test func aGuardsPrecomputedFingerprintsAreTheRecordsOwnNestedSetsIncluded() async {
        let sink = MemorySink()
        let monitor = InvariantMonitor(sinks: [sink])
        let currency = InvariantSet<Basket, Quote>("pricing.currency") {
            Invariant("never-holds") { _, _ in false }
        }
        let rules = InvariantSet<Basket, Quote>("pricing") {
            Expect(\.tax, "tax-non-negative") { $0 >= 0 }
            currency
            Invariant("also-never-holds") { _, _ in false }
        }
        _ = monitor.guarded(rules) { Pricing.buggyQuote($0) }(sampleBasket)
        _ = monitor.guarded(currency) { Pricing.buggyQuote($0) }(sampleBasket)
        #expect(await monitor.flush())
        #expect(sink.records.count == 4)
        for record in sink.records {
            #expect(record.fingerprint == Fingerprint.of(invariantID: record.invariantID, callSite: record.callSite))
        }
        // The fingerprint ignores the line: both guards' "pricing.currency/never-holds" share one.
        #expect(Set(sink.records.map(\.fingerprint)).count == 3)
    }

    private func chargeRules() -> InvariantSet<Charge, Charge> {
        InvariantSet<Charge, Charge>("billing.charge") {
            Invariant("amount-positive", message: { charge, _ in "refused: \(charge.note)" }) { _, output in
                output.amount > 0
            }
        }
    }

    /// … and where they are not (capturing on the caller's thread).
    private func unconstrainedChargeRules() -> InvariantSet<Charge, Charge> {
        unconstrainedSet(Charge.self, Charge.self, message: { charge, _ in "refused: \(charge.note)" }) { _, output in
            output.amount > 0
        }
    }
}

/// A set built where `Input` and `Output` are not known to be `Sendable`: the unconstrained initializer.
private func unconstrainedSet<Input, Output>(
    _: Input.Type, _: Output.Type,
    message: (@Sendable (Input, Output) -> String)? = nil,
    holds: @escaping @Sendable (Input, Output) -> Bool = { _, _ in true }
) -> InvariantSet<Input, Output> {
    InvariantSet<Input, Output>("billing.charge") {
        Invariant("amount-positive", message: message, holds)
    }
}
