import Foundation
import HTTPServiceKit
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import InMemoryLogging
import Invariants
import Logging
import MetricsTestKit
import NIOCore

/// A service wired to in-memory log, metrics and record sinks, and a router test client.
struct ServiceHarness {
    let logs = InMemoryLogHandler()
    let metrics = TestMetrics()
    let memory = MemorySink()
    let service: InvariantService

    init(engines: EngineChoice = .reviewed, ratio: Double = 1) {
        let logs = logs
        let bridge = LogAndMetricsSink(logger: Logger(label: "invariants") { _ in logs }, factory: metrics)
        service = InvariantService(
            configuration: ServiceConfiguration(ratio: ratio, engines: engines), sinks: [bridge, memory])
    }

    /// Runs `body` against the router, then waits until every violation reached the sinks.
    func run(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: service.router())
        try await app.test(.router, body)
        await service.monitors.flush()
    }

    /// The log entries the bridge wrote for violations.
    var violationLogs: [InMemoryLogHandler.Entry] { logs.entries }
}

extension TestClientProtocol {
    /// POSTs `json` to `uri`, with an `x-request-id` when given.
    func post(_ uri: String, json: String, requestID: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let requestID { headers[HTTPField.Name("x-request-id")!] = requestID }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json))
    }
}

extension TestResponse {
    /// The body decoded as JSON of type `T`.
    func decoded<T: Decodable>(as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(String(buffer: body).utf8))
    }
}
