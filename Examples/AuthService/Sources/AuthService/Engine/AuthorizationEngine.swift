/// Decides what a request is granted: the requested scopes its roles allow, on its own tenant only,
/// and nothing at all for a suspended user.
///
/// ```swift
/// let engine = AuthorizationEngine()
/// let decision = engine.decide(AuthorizationRequest(principal: alice, tenantID: "acme", scopes: [.documentsWrite]))
/// decision.scopes    // [.documentsWrite]
/// ```
public struct AuthorizationEngine: Sendable {
    /// Which scopes each role allows.
    public var policy: RolePolicy
    /// Whom suspension refuses.
    public var suspensionCheck: SuspensionCheck
    /// Which requested scopes decide whether anything is granted.
    public var scopeCheck: ScopeCheck

    /// Creates an engine.
    public init(
        policy: RolePolicy = .standard, suspensionCheck: SuspensionCheck = .everyone, scopeCheck: ScopeCheck = .anyScope
    ) {
        self.policy = policy
        self.suspensionCheck = suspensionCheck
        self.scopeCheck = scopeCheck
    }

    /// The engine as a generated rewrite left it: suspended tenant admins are still granted.
    public static let generated = AuthorizationEngine(suspensionCheck: .exceptTenantAdmins)

    /// Another generated rewrite: the first requested scope decides (``ScopeCheck/firstScope``), so the
    /// decision depends on the order of the scopes; the `scope-order-independent` relation catches it.
    public static let generatedScopes = AuthorizationEngine(scopeCheck: .firstScope)

    /// Decides a request. Scopes are granted down to what the roles allow (a request for
    /// `documents:read` and `users:manage` by an editor gets `documents:read`).
    public func decide(_ request: AuthorizationRequest) -> AuthorizationDecision {
        if suspensionCheck.refuses(request.principal) { return .denied(.suspended) }
        if request.principal.tenantID != request.tenantID { return .denied(.crossTenant) }
        if request.scopes.isEmpty { return .denied(.nothingRequested) }
        let allowed = policy.allowedScopes(for: request.principal.roles)
        if scopeCheck == .firstScope, let first = request.scopes.first, !allowed.contains(first) {
            return .denied(.noAllowedScope)
        }
        let granted = Set(request.scopes).intersection(allowed).sorted()
        if granted.isEmpty { return .denied(.noAllowedScope) }
        return AuthorizationDecision(granted: true, scopes: granted, tenantID: request.tenantID, reason: nil)
    }
}
