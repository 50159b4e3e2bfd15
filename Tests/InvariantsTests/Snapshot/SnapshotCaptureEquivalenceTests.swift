import Foundation
import Testing

@testable import Invariants

/// `Snapshot.capture` encodes straight into a `JSONValue`; every capture must be the one the `JSONEncoder`
/// path it replaced (`captureThroughJSONEncoder`) gives for the same value: same value, text, redacted
/// paths, truncation and byte count, and the same serialized bytes.
struct SnapshotCaptureEquivalenceTests {
    private static let order = EquivalenceOrder(
        id: UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8")!,
        placedAt: Date(timeIntervalSince1970: 1_795_444_136.123),
        customer: EquivalenceCustomer(
            name: "Ann \"the\" Example\\ 🎉 é\u{301}\n\t\u{1}",
            email: "ann@example.com",
            apiKey: "sk_live_123",
            address: EquivalenceAddress(street: "1 Long St/2", postcode: nil),
            nickname: nil
        ),
        lines: [
            EquivalenceLine(
                sku: "A-1", note: "gift for password=hunter2; thanks", unitPrice: Decimal(string: "12.345")!,
                quantity: 2, weight: 1.0, ratio: 0.1, flags: [true, false]
            ),
            EquivalenceLine(
                sku: "B-2", note: "paid with 4111 1111 1111 1111", unitPrice: Decimal(string: "-0.000001")!,
                quantity: Int.min, weight: 1e-7, ratio: -3.25e10, flags: []
            ),
            EquivalenceLine(
                sku: "C-3", note: "", unitPrice: Decimal(string: "123456789012345678901234567890.5")!,
                quantity: Int.max, weight: -0.0, ratio: .leastNonzeroMagnitude, flags: [true]
            ),
        ],
        attributes: ["a.b": "dotted", "": "empty", "[x]": "bracketed", "session_id": "s-1", "4242424242424242": "k"],
        counts: [1: 10, -2: 20],
        matrix: [[1, nil, 3], [], [nil]],
        receipt: Data([0, 1, 2, 250, 255]),
        link: URL(string: "https://example.com/a?b=c&token=xyz")!,
        reference: 4_111_111_111_111_111,
        status: .paid(amount: Decimal(string: "9.99")!, card: "4000 0566 5566 5556")
    )

    private static let redactions: [Redaction] = [
        .default,
        .none,
        .default.addingPaths("customer.email", "lines[].sku", "lines[1].weight", "matrix[0]", "status"),
        .default.adding(\EquivalenceOrder.customer.address.street, \EquivalenceOrder.link),
        .none.addingKeys("email", "unitPrice"),
    ]

    private func expectSameCapture<T>(
        _ value: T, byteLimits: [Int] = [Snapshot.defaultByteLimit], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for redaction in Self.redactions {
            for byteLimit in byteLimits {
                let fast = Snapshot.capture(value, redaction: redaction, byteLimit: byteLimit)
                let reference = Snapshot.captureThroughJSONEncoder(value, redaction: redaction, byteLimit: byteLimit)
                #expect(fast == reference, "byte limit \(byteLimit)", sourceLocation: sourceLocation)
                #expect(
                    fast.value?.serialized() == reference.value?.serialized(), "byte limit \(byteLimit)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    @Test func capturesANestedOrderAsJSONEncoderDoes() {
        let reference = Snapshot.captureThroughJSONEncoder(Self.order)
        #expect(reference.value != nil)
        #expect(reference.redactedPaths.contains("customer.apiKey"))
        expectSameCapture(Self.order)
    }

    @Test func encodesWithoutFallingBackToJSONEncoder() throws {
        #expect(try JSONValueEncoder.encode(Self.order) == JSONValue.encoding(Self.order))
        #expect(try JSONValueEncoder.encode(EquivalenceHandWritten()) == JSONValue.encoding(EquivalenceHandWritten()))
        #expect(try JSONValueEncoder.encode(EquivalenceDerived()) == JSONValue.encoding(EquivalenceDerived()))
        #expect(try JSONValueEncoder.encode(Self.order)["lines"]?[0]?["unitPrice"] == .number("12.345"))
        #expect(throws: EncodingError.self) { try JSONValueEncoder.encode(EquivalenceEmpty()) }
        #expect(throws: EncodingError.self) { try JSONValueEncoder.encode([Double.nan]) }
    }

    @Test func truncatesAtTheSameByteWhateverTheLimit() {
        let size = Snapshot.captureThroughJSONEncoder(Self.order).byteCount
        expectSameCapture(Self.order, byteLimits: [0, 1, 2, 17, 100, 301, size - 1, size, size + 1])
    }

    @Test func encodesFoundationTypesAsJSONEncoderDoes() {
        expectSameCapture(Decimal(string: "1.50")!)
        expectSameCapture(Decimal(string: "-7")!)
        expectSameCapture(Date(timeIntervalSinceReferenceDate: 12.5))
        expectSameCapture(Date(timeIntervalSince1970: 0))
        expectSameCapture(Data())
        expectSameCapture(Data("hello".utf8))
        expectSameCapture(URL(string: "https://example.com/path?q=1")!)
        expectSameCapture(URL(string: "relative/path", relativeTo: URL(string: "https://example.com/base/")!)!)
        expectSameCapture(UUID(uuidString: "6BA7B810-9DAD-11D1-80B4-00C04FD430C8")!)
        expectSameCapture([Decimal(1), Decimal(string: "0.1")!])
        expectSameCapture([Date?.none, Date(timeIntervalSinceReferenceDate: -1.25)])
        expectSameCapture(["when": Date(timeIntervalSinceReferenceDate: 1e9)])
    }

    @Test func encodesNumbersAsJSONEncoderDoes() {
        expectSameCapture([1.0, 0.1, -0.0, 1e-7, 1e300, 123_456_789.125, .pi, .leastNormalMagnitude])
        expectSameCapture([Float(1), 0.1, 3.4e38, -1.5e-20])
        expectSameCapture([Int8.min, Int8.max])
        expectSameCapture([Int16.min, Int16.max])
        expectSameCapture([Int32.min, Int32.max])
        expectSameCapture([Int64.min, Int64.max])
        expectSameCapture([UInt.max, 0])
        expectSameCapture([UInt8.max])
        expectSameCapture([UInt16.max])
        expectSameCapture([UInt32.max])
        expectSameCapture([UInt64.max])
        expectSameCapture(4_111_111_111_111_111)
        expectSameCapture(Int.min)
    }

    @Test func failsWhereJSONEncoderFailsAndSaysWhy() throws {
        expectSameCapture(Double.infinity)
        expectSameCapture(["x": Double.nan])
        expectSameCapture([Float.infinity])
        expectSameCapture(Decimal.nan)
        expectSameCapture(EquivalenceEmpty())
        expectSameCapture(EquivalenceThrowing())
        let text = try #require(Snapshot.capture(["x": -Double.infinity]).text)
        #expect(text.hasPrefix("<unencodable: "))
    }

    @Test func encodesOptionalsAndEmptyContainersAsJSONEncoderDoes() {
        expectSameCapture(String?.none)
        expectSameCapture(Int?.some(3))
        expectSameCapture([Int?.none, 1])
        expectSameCapture([String: Int]())
        expectSameCapture([Int]())
        expectSameCapture(EquivalenceAddress(street: "x", postcode: nil))
        expectSameCapture(["ok": true])
    }

    @Test func encodesStringsKeysAndEnumsAsJSONEncoderDoes() {
        expectSameCapture("plain")
        expectSameCapture("quote \" backslash \\ slash / nul \u{0} bell \u{7} del \u{7f} emoji 👩‍👩‍👧")
        expectSameCapture(["password": "x", "Authorization": "Bearer y", "userSSN": "1", "company": "c"])
        expectSameCapture(["note": "token: abc, card 4111-1111-1111-1111 and 5555555555554444"])
        expectSameCapture(EquivalenceStatus.pending)
        expectSameCapture(EquivalenceStatus.refunded(3, reason: nil))
        expectSameCapture(EquivalenceStatus.refunded(3, reason: "apikey=zzz"))
        expectSameCapture(Set(["b", "a", "c"]))
    }

    @Test func encodesThroughNestedContainersAndSuperEncodersAsJSONEncoderDoes() {
        expectSameCapture(EquivalenceDerived())
        expectSameCapture(EquivalenceHandWritten())
        expectSameCapture([EquivalenceHandWritten(), EquivalenceHandWritten()])
    }

    @Test func capturesWhatIsNotEncodableAsRedactedText() {
        expectSameCapture(EquivalenceOpaque())
        expectSameCapture(EquivalenceOpaque(), byteLimits: [5])
        #expect(Snapshot.capture(EquivalenceOpaque()).text?.contains("abc123") == false)
    }
}
