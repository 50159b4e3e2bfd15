import Foundation
import Invariants
import Testing

private struct Card: Encodable {
    var number: String
    var cvv: String
    var expiry: String
}

private struct PaymentRequest: Encodable {
    var user: String
    var password: String
    var token: String
    var apiKey: String
    var headers: [String: String]
    var sessionID: String
    var ssn: String
    var card: Card
    var note: String
    var amount: Decimal
}

struct ViolationRecordTests {
    private let site = CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42)

    private func record(input: Snapshot = Snapshot(value: ["sku": "A"], byteCount: 11)) -> ViolationRecord {
        ViolationRecord(
            eventID: "0123456789abcdef0123456789abcdef",
            timestamp: Date(timeIntervalSince1970: 1_795_444_136.123),
            setID: "pricing.quote",
            ruleID: "total-covers-lines",
            severity: .critical,
            owner: "payments",
            tags: ["money"],
            message: "total 9.99 < lines 10.00",
            input: input,
            output: Snapshot(value: ["total": .number("9.99")], byteCount: 14),
            origin: .generated(by: "claude-x", prompt: "sha256:ab12"),
            callSite: site,
            context: InvariantContext(requestID: "r-1", tenant: "acme"),
            samplingRate: 0.25
        )
    }

    private func json(
        _ value: some Encodable, dates: JSONEncoder.DateEncodingStrategy = .deferredToDate
    ) throws
        -> String
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = dates
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func encodesEveryFieldUnderItsPropertyName() throws {
        let expected =
            #"{"adjustedCount":4,"callSite":{"fileID":"Pricing/Quote.swift","function":"quote(_:)","line":42},"#
            + #""context":{"requestID":"r-1","tenant":"acme"},"eventID":"0123456789abcdef0123456789abcdef","#
            + #""fingerprint":"41e135d5699d197b","input":{"byteCount":11,"truncated":false,"value":{"sku":"A"}},"#
            + #""invariantID":"pricing.quote/total-covers-lines","message":"total 9.99 < lines 10.00","#
            + #""origin":{"author":"generated","model":"claude-x","promptHash":"sha256:ab12"},"#
            + #""output":{"byteCount":14,"truncated":false,"value":{"total":9.99}},"owner":"payments","#
            + #""ruleID":"total-covers-lines","samplingRate":0.25,"schema":1,"setID":"pricing.quote","#
            + #""severity":"critical","tags":["money"],"timestamp":"2026-11-23T14:28:56.123Z"}"#
        #expect(try json(record()) == expected)
    }

    @Test(arguments: [
        JSONEncoder.DateEncodingStrategy.deferredToDate, .secondsSince1970, .millisecondsSince1970, .iso8601,
    ])
    func writesTheTimestampAsRFC3339WhateverTheDateStrategy(strategy: JSONEncoder.DateEncodingStrategy) throws {
        let encoded = try JSONValue(parsing: json(record(), dates: strategy))
        #expect(encoded["timestamp"] == "2026-11-23T14:28:56.123Z")
    }

    @Test func roundTripsThroughJSON() throws {
        let original = record()
        let decoded = try JSONDecoder().decode(ViolationRecord.self, from: Data(json(original).utf8))
        #expect(decoded == original)
        #expect(decoded.adjustedCount == 4)
    }

    @Test func acceptsTimestampsWithoutFractionalSecondsOrWithAnOffset() throws {
        var object = try JSONValue(parsing: json(record()))
        guard case .object(var members) = object else { throw CocoaError(.coderInvalidValue) }
        members["timestamp"] = "2026-11-23T15:28:56+01:00"
        object = .object(members)
        let decoded = try JSONDecoder().decode(ViolationRecord.self, from: Data(object.serialized().utf8))
        #expect(decoded.timestamp == Date(timeIntervalSince1970: 1_795_444_136))
    }

    @Test(arguments: [
        ("timestamp", JSONValue.string("yesterday"), "expected an RFC 3339 timestamp"),
        ("schema", .number("2"), "unsupported ViolationRecord schema 2"),
    ])
    func refusesABadTimestampOrANewerSchemaNamingTheField(field: String, value: JSONValue, message: String) throws {
        guard case .object(var members) = try JSONValue(parsing: json(record())) else { return }
        members[field] = value
        let data = Data(JSONValue.object(members).serialized().utf8)
        #expect {
            try JSONDecoder().decode(ViolationRecord.self, from: data)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == [field] && context.debugDescription.hasPrefix(message)
        }
    }

    @Test func noSecretReachesTheEncodedRecord() throws {
        let secrets = [
            "hunter2-password", "tok_9f8e7d6c", "ak_live_51HxYz", "Bearer eyJhbGciOiJIUzI1NiJ9",
            "sid=0a1b2c3d4e", "sess_77aa88bb", "737", "078-05-1120", "4111 1111 1111 1111", "4111111111111111",
            "5500005555555559",
        ]
        let request = PaymentRequest(
            user: "ann",
            password: "hunter2-password",
            token: "tok_9f8e7d6c",
            apiKey: "ak_live_51HxYz",
            headers: ["Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9", "Cookie": "sid=0a1b2c3d4e", "Accept": "*/*"],
            sessionID: "sess_77aa88bb",
            ssn: "078-05-1120",
            card: Card(number: "4111 1111 1111 1111", cvv: "737", expiry: "12/30"),
            note: "customer said use 4111111111111111 or 5500-0055-5555-5559",
            amount: Decimal(string: "10.00")!
        )
        let data = try JSONEncoder().encode(record(input: .capture(request)))
        let text = String(decoding: data, as: UTF8.self)
        for secret in secrets {
            #expect(!text.contains(secret), "secret \(secret) leaked")
        }
        let input = try JSONValue(parsing: data)["input"]
        #expect(
            input?["redactedPaths"]
                == [
                    "apiKey", "card.cvv", "card.number", "headers.Authorization", "headers.Cookie", "note", "password",
                    "sessionID", "ssn", "token",
                ]
        )
        #expect(input?["value"]?["user"] == "ann")
        #expect(input?["value"]?["headers"]?["Accept"] == "*/*")
    }

    @Test func fingerprintIsFNV1aOfRuleFileAndFunction() {
        #expect(Fingerprint.of(invariantID: "pricing.quote/total-covers-lines", callSite: site) == "41e135d5699d197b")
        let movedDown = CallSite(fileID: site.fileID, function: site.function, line: 97)
        #expect(
            Fingerprint.of(invariantID: "pricing.quote/total-covers-lines", callSite: movedDown) == "41e135d5699d197b")
        #expect(Fingerprint.of(invariantID: "pricing.quote/other", callSite: site) != "41e135d5699d197b")
        #expect(record().fingerprint == "41e135d5699d197b")
    }

    @Test func eventIDsAre32RandomLowercaseHexDigits() {
        let ids = (0..<100).map { _ in EventID.random() }
        #expect(Set(ids).count == 100)
        #expect(ids.allSatisfy { $0.count == 32 && $0.allSatisfy { "0123456789abcdef".contains($0) } })
    }

    @Test func defaultsReadTheCurrentContextAndClampTheSamplingRate() {
        let made = withInvariantContext(requestID: "r-9") {
            ViolationRecord(
                setID: "s",
                ruleID: "r",
                message: "m",
                input: Snapshot(),
                output: Snapshot(),
                callSite: site,
                samplingRate: 0
            )
        }
        #expect(made.context.requestID == "r-9")
        #expect(made.samplingRate == 1)
        #expect(made.schema == ViolationRecord.currentSchema)
        #expect(made.severity == .error)
        #expect(made.origin == .unknown)
        #expect(made.invariantID == "s/r")
    }

    @Test func callSiteDescribesFileLineAndFunction() {
        #expect(site.description == "Pricing/Quote.swift:42 quote(_:)")
    }
}
