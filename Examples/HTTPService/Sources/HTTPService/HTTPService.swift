import Foundation
import HTTPServiceKit
import Hummingbird
import Invariants
import Logging

/// `swift run HTTPService --port 8080 --ratio 0.01`: the example service on loopback.
@main
enum HTTPService {
    static func main() async throws {
        let configuration: ServiceConfiguration
        do {
            configuration = try ServiceConfiguration(arguments: Array(CommandLine.arguments.dropFirst()))
        } catch .helpRequested {
            print(ServiceConfiguration.usage)
            return
        } catch {
            FileHandle.standardError.write(Data("HTTPService: \(error)\n\(ServiceConfiguration.usage)\n".utf8))
            exit(2)
        }
        let logger = Logger(label: "HTTPService")
        var sinks: [any ViolationSink] = [LogAndMetricsSink(logger: Logger(label: "invariants"))]
        if let journal = configuration.journal { sinks.append(.journal(at: journal)) }
        let service = InvariantService(configuration: configuration, sinks: sinks)
        logger.info(
            "serving",
            metadata: [
                "address": "\(configuration.host):\(configuration.port)", "ratio": "\(configuration.ratio)",
                "engines": "\(configuration.engines.rawValue)",
            ])
        try await service.application(logger: logger).runService()
        await service.monitors.shutdown()
    }
}
