import Foundation
import Invariants
import Testing

/// Checks the OTLP sink's JSON against the official OpenTelemetry protobuf definitions: Python's
/// `opentelemetry-proto` package parses it with `json_format.Parse` into an `ExportLogsServiceRequest`,
/// which rejects unknown fields and values of the wrong type. Needs `pip install opentelemetry-proto`.
///
/// OTLP/JSON writes `traceId` as hex where protobuf's JSON mapping expects base64, so the parse checks
/// that field's presence and type, not its bytes; ``OTLPSinkTests`` pins its exact text.
struct OTLPProtoValidationTests {
    private static let validator = #"""
        import sys
        try:
            from google.protobuf import json_format
            from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
        except ImportError as error:
            print(error, file=sys.stderr)
            sys.exit(3)
        request = json_format.Parse(open(sys.argv[1]).read(), ExportLogsServiceRequest())
        resource = request.resource_logs[0]
        scope = resource.scope_logs[0]
        print(resource.resource.attributes[0].key, resource.resource.attributes[0].value.string_value)
        print(scope.scope.name, len(scope.log_records))
        for log in scope.log_records:
            attributes = {a.key: a.value for a in log.attributes}
            print(log.time_unix_nano, log.severity_number, log.severity_text, log.body.string_value, bool(log.trace_id))
            print(attributes["code.lineno"].int_value, attributes["invariant.sampling_rate"].double_value,
                  attributes["invariant.adjusted_count"].double_value, attributes["invariant.id"].string_value)
        """#

    /// Whether `python3` can import the definitions; without them the test is skipped with the reason.
    static let definitionsAreInstalled: Bool = {
        let probe = "from opentelemetry.proto.collector.logs.v1 import logs_service_pb2"
        return (try? runPython(probe, arguments: []).0) == 0
    }()

    @Test(
        .enabled(
            if: definitionsAreInstalled,
            "python3 cannot import opentelemetry-proto: skipped; .ci/run installs it (pip install opentelemetry-proto)"
        ))
    func theOTLPPayloadParsesAsAnExportLogsServiceRequest() throws {
        let sink = OTLPSink.otlp(endpoint: URL(string: "http://collector:4318")!, serviceName: "pricing-api")
        var second = httpSinkRecord("exempt-pays-no-tax", traceID: nil)
        second.severity = .info
        let payload = sink.payload(for: [httpSinkRecord(), second]).serialized()

        let directory = FileManager.default.temporaryDirectory.appending(path: "otlp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "payload.json")
        try payload.write(to: file, atomically: true, encoding: .utf8)

        let (status, output, errors) = try Self.runPython(Self.validator, arguments: [file.path])
        #expect(status == 0, "json_format.Parse rejected the OTLP payload:\n\(errors)")
        #expect(
            output == """
                service.name pricing-api
                swift-invariants 2
                1800000000123000000 21 critical Quote.tax was -0.01 True
                42 0.25 4.0 pricing.quote/tax-non-negative
                1800000000123000000 9 info Quote.tax was -0.01 False
                42 0.25 4.0 pricing.quote/exempt-pays-no-tax

                """)
    }

    /// Runs `python3 -c script arguments…`; returns its exit status, standard output and standard error.
    private static func runPython(_ script: String, arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }
}
