import Foundation
import HTTPServiceKit
import Hummingbird
import Invariants
import InvariantsMetrics
import InvariantsPostgres
import Logging
import Metrics
import PostgresNIO
import Prometheus
import ServiceLifecycle
import UnixSignals

/// One instance of the fleet: the example service with its review queue in PostgreSQL and `/metrics`
/// for Prometheus.
///
/// ```
/// PGHOST=127.0.0.1 PGPORT=55432 PGUSER=fleet swift run FleetService --instance a --port 8081 --engines generated
/// ```
@main
enum FleetService {
    static func main() async throws {
        let options: FleetOptions
        let settings: PostgresSettings
        do {
            options = try FleetOptions(arguments: Array(CommandLine.arguments.dropFirst()))
            settings = try PostgresSettings.fromEnvironment()
        } catch FleetOptions.Failure.help {
            print(FleetOptions.usage)
            return
        } catch {
            FileHandle.standardError.write(Data("FleetService: \(error)\n\(FleetOptions.usage)\n".utf8))
            exit(2)
        }
        let logger = Logger(label: "FleetService.\(options.instance)")

        // The application bootstraps the metrics backend; the libraries only count.
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        let rules = LabelBudget()
        let metrics = MonitorMetrics(rules: rules)

        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
        let queue = PostgresReviewQueue(
            client: client, location: settings.description, instance: options.instance, spill: options.spill,
            logger: logger)
        let review = ReviewRouting(
            queue: queue, routes: [.every(.failing), .sample(options.reviewSample, of: .passing)],
            capacity: options.reviewCapacity)
        let service = InvariantService(
            configuration: options.service, sinks: [ViolationMetricsSink(rules: rules)], review: review)
        let origin: CodeOrigin.Author = options.service.engines == .generated ? .generated : .human
        metrics.addSinks { [queue] in
            let health = queue.health
            return [
                SinkReading(
                    sink: "postgres", delivered: health.stored + health.replayed,
                    dropped: ["spilled": health.spilled], pending: health.spillPending,
                    healthy: health.spillPending == 0)
            ]
        }

        let router = service.router()
        FleetRoutes(
            instance: options.instance, monitors: service.monitors, queue: queue, metrics: metrics,
            registry: registry, origin: origin
        ).add(to: router)
        var app = Application(
            router: router,
            configuration: .init(
                address: .hostname(options.service.host, port: options.service.port), serverName: "FleetService"),
            logger: logger)
        app.beforeServerStarts {
            try await queue.migrate()
            logger.info(
                "serving",
                metadata: [
                    "address": "\(options.service.host):\(options.service.port)", "store": "\(settings)",
                    "instance": "\(options.instance)",
                ])
        }
        let group = ServiceGroup(
            configuration: .init(
                services: [client, MonitorDrain(monitors: service.monitors), app],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
