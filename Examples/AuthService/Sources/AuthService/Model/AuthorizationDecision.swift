/// What a request was granted: some of its scopes, on one tenant, or nothing and why.
///
/// ```swift
/// let decision = AuthorizationEngine().decide(request)
/// if decision.granted { issueToken(scopes: decision.scopes, tenant: decision.tenantID!) }
/// ```
public struct AuthorizationDecision: Sendable, Hashable, Codable {
    /// Whether any scope was granted.
    public var granted: Bool
    /// The scopes granted, sorted and without duplicates; empty when denied.
    public var scopes: [Scope]
    /// The tenant the grant is valid for; `nil` when denied.
    public var tenantID: String?
    /// Why nothing was granted; `nil` when granted.
    public var reason: DenialReason?

    /// Creates a decision.
    public init(granted: Bool, scopes: [Scope], tenantID: String?, reason: DenialReason?) {
        self.granted = granted
        self.scopes = scopes
        self.tenantID = tenantID
        self.reason = reason
    }

    /// A decision granting nothing, for `reason`.
    public static func denied(_ reason: DenialReason) -> AuthorizationDecision {
        AuthorizationDecision(granted: false, scopes: [], tenantID: nil, reason: reason)
    }
}
