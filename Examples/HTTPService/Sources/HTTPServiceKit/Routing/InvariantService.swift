import AuthService
public import Hummingbird
public import Invariants
public import Logging
import PricingService

/// The pricing and authorization engines over HTTP, every handler guarded by an `InvariantMonitor`.
///
/// | route | what it does |
/// | --- | --- |
/// | `POST /quote` | prices a `Cart`, checked at `configuration.ratio` |
/// | `POST /quote/r0`, `/quote/r001`, `/quote/r1` | the same, checked at 0, 1 % and 100 % |
/// | `POST /quote/unguarded` | the same engine with no guard: the load test's baseline |
/// | `POST /authorize` | decides an `AuthorizationRequest`, checked at `configuration.ratio` |
/// | `POST /authorize/unguarded` | the same engine with no guard |
/// | `GET /health` | violation records produced, delivered and dropped |
///
/// ```swift
/// let service = InvariantService(configuration: ServiceConfiguration(), sinks: [LogAndMetricsSink(logger: logger)])
/// try await service.application(logger: logger).runService()
/// await service.monitors.shutdown()
/// ```
public struct InvariantService: Sendable {
    /// The ratios of the `/quote/rN` routes, by path component.
    public static let fixedRatios: [(path: String, ratio: Double)] = [("r0", 0), ("r001", 0.01), ("r1", 1)]

    /// How the service runs.
    public let configuration: ServiceConfiguration
    /// The monitors behind the guards.
    public let monitors: ServiceMonitors

    /// Creates the service; violations go to `sinks`, and checked calls to `review` as its routes say.
    public init(configuration: ServiceConfiguration, sinks: [any ViolationSink], review: ReviewRouting? = nil) {
        self.configuration = configuration
        self.monitors = ServiceMonitors(sinks: sinks, review: review)
    }

    /// The router with every route. Every `/quote` and `/authorize` route runs inside ``RequestIDMiddleware``,
    /// the unguarded twins included, so the load test's baseline differs from a guarded route by the guard only.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        let reviewed = configuration.engines == .reviewed
        let pricing = reviewed ? PricingEngine() : PricingEngine.generated
        let auth = reviewed ? AuthorizationEngine() : AuthorizationEngine.generated
        let origin = reviewed ? CodeOrigin.human() : .generated(by: "assistant-model", prompt: "sha256:example")
        let ratio = configuration.ratio

        // The rules' relations (line order, determinism) would call the engines a second time on sampled
        // calls; this service measures the per-call rules alone, so it says `.off` (`.rerun(.pure)` would run
        // them: both engines are pure).
        let quote = router.group("quote").add(middleware: RequestIDMiddleware())
        let quoteAtRatio = monitors.monitor(ratio: ratio).guarded(PricingRules.quote, origin: origin, relations: .off) {
            try pricing.quote($0)
        }
        quote.post(use: Self.quoteHandler(quoteAtRatio))
        for (path, fixedRatio) in Self.fixedRatios {
            let monitor = monitors.monitor(ratio: fixedRatio)
            let guarded = monitor.guarded(PricingRules.quote, origin: origin, relations: .off) {
                try pricing.quote($0)
            }
            quote.post(RouterPath(path), use: Self.quoteHandler(guarded))
        }
        quote.post("unguarded", use: Self.quoteHandler { try pricing.quote($0) })

        let decideAtRatio = monitors.monitor(ratio: ratio)
        let decide = decideAtRatio.guarded(AuthorizationRules.decision, origin: origin, relations: .off) {
            auth.decide($0)
        }
        let authorize = router.group("authorize").add(middleware: RequestIDMiddleware())
        authorize.post(use: Self.authorizeHandler(decide))
        authorize.post("unguarded", use: Self.authorizeHandler { auth.decide($0) })

        let monitors = monitors
        router.get("health") { _, _ in Reply(monitors.health) }
        return router
    }

    /// An application serving ``router()`` on the configured address.
    public func application(logger: Logger) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "HTTPService"),
            logger: logger
        )
    }

    /// A handler pricing the request's cart with `quote`; a cart the engine rejects is a 400 naming the field.
    static func quoteHandler(
        _ quote: @escaping @Sendable (Cart) throws -> Quote
    ) -> @Sendable (Request, BasicRequestContext) async throws -> Reply<Quote> {
        { request, context in
            let cart = try await request.decode(as: Cart.self, context: context)
            do {
                return Reply(try quote(cart))
            } catch let error as PricingError {
                throw HTTPError(.badRequest, message: error.description)
            }
        }
    }

    /// A handler deciding the request's authorization request with `decide`.
    static func authorizeHandler(
        _ decide: @escaping @Sendable (AuthorizationRequest) -> AuthorizationDecision
    ) -> @Sendable (Request, BasicRequestContext) async throws -> Reply<AuthorizationDecision> {
        { request, context in Reply(decide(try await request.decode(as: AuthorizationRequest.self, context: context))) }
    }
}
