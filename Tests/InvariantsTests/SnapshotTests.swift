import Foundation
import Invariants
import Testing

private struct Line: Codable, Equatable {
    var sku: String
    var unitPrice: Decimal
    var quantity: Int
}

private struct Order: Codable, Equatable {
    var id: String
    var lines: [Line]
    var placedAt: Date
}

private struct Login: Codable {
    var user: String
    var password: String
}

private struct Opaque: CustomStringConvertible {
    var description: String { "Opaque(user: ann, token: abc123, card: 4111 1111 1111 1111)" }
}

private struct Unencodable: Encodable {
    var secret = "hunter2"
    func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(0, .init(codingPath: [], debugDescription: "nope"))
    }
}

struct SnapshotTests {
    private let order = Order(
        id: "o-1",
        lines: [Line(sku: "A", unitPrice: Decimal(string: "12.345")!, quantity: 2)],
        placedAt: Date(timeIntervalSinceReferenceDate: 12.5)
    )

    @Test func capturesAnEncodableValueAsRedactedJSON() {
        let snapshot = Snapshot.capture(Login(user: "ann", password: "hunter2"))
        #expect(snapshot.value == ["user": "ann", "password": "[Filtered]"])
        #expect(snapshot.text == nil)
        #expect(snapshot.redactedPaths == ["password"])
        #expect(snapshot.truncated == false)
        #expect(snapshot.byteCount == #"{"password":"[Filtered]","user":"ann"}"#.utf8.count)
    }

    @Test func decodesBackToTheCapturedValue() throws {
        let snapshot = Snapshot.capture(order)
        #expect(snapshot.value?["lines"]?[0]?["unitPrice"] == .number("12.345"))
        #expect(try snapshot.decode(Order.self) == order)
    }

    @Test func decodesAfterTravellingThroughJSON() throws {
        let data = try JSONEncoder().encode(Snapshot.capture(order))
        let snapshot = try JSONDecoder().decode(Snapshot.self, from: data)
        #expect(try snapshot.decode(Order.self) == order)
    }

    @Test func refusesToDecodeARedactedTruncatedOrTextSnapshot() {
        #expect(throws: Snapshot.DecodeError.redacted(paths: ["password"])) {
            try Snapshot.capture(Login(user: "ann", password: "x")).decode(Login.self)
        }
        #expect(throws: Snapshot.DecodeError.truncated(byteCount: 82)) {
            try Snapshot.capture(order, byteLimit: 10).decode(Order.self)
        }
        #expect(throws: Snapshot.DecodeError.noValue) { try Snapshot.capture(Opaque()).decode(Order.self) }
        #expect(
            String(describing: Snapshot.DecodeError.redacted(paths: ["a", "b.c"]))
                == "the snapshot had redactions at a, b.c"
        )
    }

    @Test func truncatesAtTheByteLimitOnACharacterBoundary() {
        let snapshot = Snapshot.capture(["name": "ééé"], byteLimit: 12)
        // {"name":"ééé"} is 17 bytes; 12 bytes would cut the second é in half.
        #expect(snapshot.value == nil)
        #expect(snapshot.text == #"{"name":"é"#)
        #expect(snapshot.truncated)
        #expect(snapshot.byteCount == 17)
    }

    @Test func truncationHappensAfterRedaction() {
        let snapshot = Snapshot.capture(Login(user: "ann", password: "hunter2-is-long"), byteLimit: 20)
        #expect(snapshot.text == #"{"password":"[Filter"#)
        #expect(snapshot.redactedPaths == ["password"])
    }

    @Test func capturesANonEncodableValueAsRedactedText() {
        let snapshot = Snapshot.capture(Opaque())
        #expect(snapshot.value == nil)
        #expect(snapshot.text == "Opaque(user: ann, token: [Filtered], card: [Filtered])")
        #expect(snapshot.byteCount == 54)
    }

    @Test func saysWhenEncodingFailed() throws {
        let snapshot = Snapshot.capture(Unencodable())
        let text = try #require(snapshot.text)
        #expect(text.hasPrefix("<unencodable: "))
        #expect(text.hasSuffix(#"Unencodable(secret: [Filtered])"#))
    }

    @Test func encodesReadablyOmittingEmptyFields() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(
            decoding: try encoder.encode(Snapshot.capture(Login(user: "a", password: "p"))), as: UTF8.self)
        #expect(
            json
                == #"{"byteCount":36,"redactedPaths":["password"],"truncated":false,"value":{"password":"[Filtered]","user":"a"}}"#
        )
        let text = String(decoding: try encoder.encode(Snapshot.capture(Opaque(), redaction: .none)), as: UTF8.self)
        #expect(
            text
                == #"{"byteCount":59,"text":"Opaque(user: ann, token: abc123, card: 4111 1111 1111 1111)","truncated":false}"#
        )
    }

    @Test func roundTripsANullValue() throws {
        let snapshot = Snapshot.capture(String?.none)
        #expect(snapshot.value == .null)
        #expect(try JSONDecoder().decode(Snapshot.self, from: JSONEncoder().encode(snapshot)) == snapshot)
    }
}

struct SnapshotTextOnlyCodingTests {
    @Test func aTextOnlySnapshotDecodesBackWithoutAValue() throws {
        let snapshot = Snapshot(text: "Order(cents: 1)", byteCount: 15)
        let decoded = try JSONDecoder().decode(Snapshot.self, from: try JSONEncoder().encode(snapshot))
        #expect(decoded.value == nil)
        #expect(decoded == snapshot)
    }
}
