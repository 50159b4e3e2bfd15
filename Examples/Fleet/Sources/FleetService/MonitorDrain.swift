import HTTPServiceKit
import ServiceLifecycle

/// Drains the monitors into their sinks and the review store at shutdown. Listed between the PostgreSQL
/// client and the HTTP server in the service group, it runs after the server stopped taking requests and
/// before the client closes its connections.
struct MonitorDrain: Service {
    let monitors: ServiceMonitors

    func run() async throws {
        try? await gracefulShutdown()
        await monitors.shutdown()
    }
}
