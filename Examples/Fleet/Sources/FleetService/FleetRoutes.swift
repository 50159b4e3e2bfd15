import HTTPServiceKit
import HTTPTypes
import Hummingbird
import Invariants
import InvariantsMetrics
import InvariantsPostgres
import NIOCore
import Prometheus

/// The fleet's routes beside the service's own: `/metrics`, `/fleet/health` and `/fleet/flush`.
struct FleetRoutes: Sendable {
    let instance: String
    let monitors: ServiceMonitors
    let queue: PostgresReviewQueue
    let metrics: MonitorMetrics
    let registry: PrometheusCollectorRegistry
    let origin: CodeOrigin.Author

    func add(to router: Router<BasicRequestContext>) {
        // Watch every monitor the routes made (one per ratio), so rule evaluations are reported.
        for monitor in monitors.all { metrics.watch(monitor, origin: origin) }
        router.get("metrics") { _, _ in
            metrics.update()
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(
                status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        router.get("fleet/health") { _, _ in Reply(health()) }
        router.post("fleet/flush") { _, _ in
            await monitors.flush()
            return Reply(health())
        }
    }

    /// This instance's counts now.
    func health() -> FleetHealth {
        let service = monitors.health
        let store = queue.health
        var health = FleetHealth(
            instance: instance, violations: service.recorded, violationsDropped: service.dropped,
            stored: store.stored, spilled: store.spilled, replayed: store.replayed, spillPending: store.spillPending)
        for monitor in monitors.all {
            guard let review = monitor.reviewHealth else { continue }
            health.reviewRouted += review.routed
            health.reviewWritten += review.written
            health.reviewDropped += review.droppedTotal
            health.reviewPending += review.pending
        }
        return health
    }
}
