import Foundation
import Invariants
import Testing

struct OTLPSinkTests {
    let sink = OTLPSink.otlp(
        endpoint: URL(string: "http://collector:4318")!, serviceName: "pricing-api", headers: ["X-Key": "k"])
    let exportTime = Date(timeIntervalSince1970: 1_800_000_001.5)

    @Test func payloadOfOneRecordIsExactlyTheOTLPJSONLogRecord() {
        #expect(
            sink.payload(for: [httpSinkRecord()], observedAt: exportTime).serialized() == #"""
                {"resourceLogs":[{"resource":{"attributes":[{"key":"service.name",\#
                "value":{"stringValue":"pricing-api"}}]},\#
                "scopeLogs":[{"logRecords":[{"attributes":[{"key":"invariant.id",\#
                "value":{"stringValue":"pricing.quote/tax-non-negative"}},\#
                {"key":"invariant.set_id","value":{"stringValue":"pricing.quote"}},\#
                {"key":"invariant.rule_id","value":{"stringValue":"tax-non-negative"}},\#
                {"key":"invariant.severity","value":{"stringValue":"critical"}},\#
                {"key":"invariant.fingerprint","value":{"stringValue":"9c1e2f3a4b5c6d7e"}},\#
                {"key":"event.id","value":{"stringValue":"3f2a0000000000000000000000000001"}},\#
                {"key":"invariant.owner","value":{"stringValue":"payments"}},\#
                {"key":"code.origin.author","value":{"stringValue":"generated"}},\#
                {"key":"code.origin.model","value":{"stringValue":"model-x"}},\#
                {"key":"code.origin.prompt_hash","value":{"stringValue":"sha256:ab12"}},\#
                {"key":"code.filepath","value":{"stringValue":"Pricing/Quote.swift"}},\#
                {"key":"code.function","value":{"stringValue":"quote(_:)"}},\#
                {"key":"code.lineno","value":{"intValue":"42"}},\#
                {"key":"invariant.sampling_rate","value":{"doubleValue":0.25}},\#
                {"key":"invariant.adjusted_count","value":{"doubleValue":4.0}},\#
                {"key":"request.id","value":{"stringValue":"req-1"}},\#
                {"key":"tenant.id","value":{"stringValue":"acme"}},\#
                {"key":"trace_id","value":{"stringValue":"4bf92f3577b34da6a3ce929d0e0e4736"}},\#
                {"key":"invariant.rule_error","value":{"stringValue":"division by zero"}},\#
                {"key":"invariant.input","value":{"stringValue":"{\"token\":\"[REDACTED]\",\"total\":12.345}"}},\#
                {"key":"invariant.output","value":{"stringValue":"Quote(tax: -0.01)"}}],\#
                "body":{"stringValue":"Quote.tax was -0.01"},\#
                "observedTimeUnixNano":"1800000001500000000","severityNumber":21,"severityText":"critical",\#
                "timeUnixNano":"1800000000123000000","traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}],\#
                "scope":{"name":"swift-invariants"}}]}]}
                """#)
    }

    @Test func aTraceIDThatIsNot32HexDigitsIsKeptAsAnAttributeOnly() throws {
        for traceID in ["trace-abc", "00000000000000000000000000000000", "4bf92f3577b34da6a3ce929d0e0e473"] {
            let logRecord = sink.payload(for: [httpSinkRecord(traceID: traceID)])["resourceLogs"]?[0]?["scopeLogs"]?[
                0]?[
                    "logRecords"]?[0]
            #expect(logRecord?["traceId"] == nil)
            let attributes = try #require(logRecord?["attributes"])
            guard case .array(let list) = attributes else { throw CocoaError(.coderInvalidValue) }
            #expect(list.contains(.object(["key": "trace_id", "value": .object(["stringValue": .string(traceID)])])))
        }
        let upper = sink.payload(for: [httpSinkRecord(traceID: "4BF92F3577B34DA6A3CE929D0E0E4736")])
        #expect(
            upper["resourceLogs"]?[0]?["scopeLogs"]?[0]?["logRecords"]?[0]?["traceId"]
                == "4bf92f3577b34da6a3ce929d0e0e4736")
    }

    @Test func severitiesMapToOTLPSeverityNumbers() {
        #expect(Severity.allCases.map(OTLPSink.severityNumber) == [9, 13, 17, 21])
    }

    @Test func logsGoToV1LogsUnderTheEndpoint() {
        let urls = ["http://c:4318", "http://c:4318/", "http://c:4318/otel", "http://c:4318/v1/logs"].map {
            OTLPSink(endpoint: URL(string: $0)!, serviceName: "s").logsURL.absoluteString
        }
        #expect(
            urls == [
                "http://c:4318/v1/logs", "http://c:4318/v1/logs", "http://c:4318/otel/v1/logs", "http://c:4318/v1/logs",
            ])
    }

    @Test func postsEachChunkToV1LogsWithItsHeaders() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let records = (1...3).map { httpSinkRecord(eventID: "3f2a000000000000000000000000000\($0)") }
        let sink = OTLPSink.otlp(
            endpoint: server.url("/otel"), serviceName: "pricing-api", headers: ["X-Key": "k"], maxBatch: 2)
        try sink.record(records)
        let requests = try server.requests()
        #expect(requests.map(\.path) == ["/otel/v1/logs", "/otel/v1/logs"])
        #expect(requests.map(\.contentType) == ["application/json", "application/json"])
        #expect(try server.arrivals().map { $0.headers["x-key"] } == ["k", "k"])
        let eventIDs = try requests.map { request in
            let logRecords = try JSONValue(parsing: request.body)["resourceLogs"]?[0]?["scopeLogs"]?[0]?["logRecords"]
            guard case .array(let list) = logRecords else { return [String]() }
            return list.compactMap { logRecord -> String? in
                guard case .array(let attributes) = logRecord["attributes"] else { return nil }
                return attributes.first { $0["key"] == "event.id" }?["value"]?["stringValue"]?.stringValue
            }
        }
        #expect(eventIDs == [[records[0].eventID, records[1].eventID], [records[2].eventID]])
    }
}
