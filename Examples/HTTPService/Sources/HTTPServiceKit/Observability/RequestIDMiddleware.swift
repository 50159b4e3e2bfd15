public import HTTPTypes
public import Hummingbird
import Invariants
import Synchronization

/// Gives every request an id and runs it inside `withInvariantContext(requestID:)`, so sampling is
/// decided per request (the same requests in every service sampling at the same rate) and every
/// violation record carries the id.
///
/// The id is the request's `x-request-id` header, or a new one (`<boot>-<counter>` in hex: cheap,
/// unique within the process) when it has none; the response echoes it.
///
/// ```swift
/// router.add(middleware: RequestIDMiddleware())
/// ```
public struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The header carrying the request id.
    public static var header: HTTPField.Name { HTTPField.Name("x-request-id")! }

    private let generator = RequestIDGenerator()

    /// Creates the middleware.
    public init() {}

    /// Runs the rest of the chain with the request id in the invariant context.
    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let requestID = request.headers[Self.header] ?? generator.next()
        var response = try await withInvariantContext(requestID: requestID) { try await next(request, context) }
        response.headers[Self.header] = requestID
        return response
    }
}

/// Makes request ids: a per-process random prefix and a counter.
final class RequestIDGenerator: Sendable {
    private let prefix = String(UInt32.random(in: .min ... .max), radix: 16)
    private let counter = Atomic<UInt64>(0)

    /// The next id, such as `9f3a21c0-1b`.
    func next() -> String {
        let value = counter.wrappingAdd(1, ordering: .relaxed).newValue
        return prefix + "-" + String(value, radix: 16)
    }
}
