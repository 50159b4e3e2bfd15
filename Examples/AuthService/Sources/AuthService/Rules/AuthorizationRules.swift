import Invariants

/// The invariants every authorization decision must obey, whoever wrote the engine.
///
/// ```swift
/// let outcome = AuthorizationRules.decision.check(request, AuthorizationEngine().decide(request))
/// let decide = monitor.guarded(AuthorizationRules.decision, relations: .rerun(.pure)) { engine.decide($0) }
/// ```
///
/// Two relations compare two calls: the order of the requested scopes does not change the decision
/// (`scope-order-independent`), and the same request gets the same decision (`same-request-same-decision`).
public enum AuthorizationRules {
    /// The rules for ``RolePolicy/standard``.
    public static let decision = decision(policy: .standard)

    /// The rules for decisions made under `policy`.
    ///
    /// ```swift
    /// let rules = AuthorizationRules.decision(policy: RolePolicy(scopes: [.viewer: [.documentsRead]]))
    /// ```
    public static func decision(policy: RolePolicy) -> InvariantSet<AuthorizationRequest, AuthorizationDecision> {
        InvariantSet("auth.decision") {
            Invariant("suspended-never-granted", severity: .critical, owner: "identity", tags: ["security"]) {
                request, decision in !request.principal.suspended || (!decision.granted && decision.scopes.isEmpty)
            }
            Invariant(
                "scopes-within-requested-and-allowed", severity: .critical, owner: "identity", tags: ["security"],
                message: Self.excessMessage(policy)
            ) { request, decision in
                Set(decision.scopes).isSubset(
                    of: Set(request.scopes).intersection(policy.allowedScopes(for: request.principal.roles)))
            }
            Invariant("no-cross-tenant-grant", severity: .critical, owner: "identity", tags: ["security"]) {
                request, decision in
                !decision.granted
                    || (decision.tenantID == request.tenantID && request.principal.tenantID == request.tenantID)
            }
            Invariant("granted-means-some-scope", owner: "identity") { _, decision in
                decision.granted == !decision.scopes.isEmpty
            }
            Expect(\.scopes, "scopes-sorted-and-unique", owner: "identity") { scopes in
                zip(scopes, scopes.dropFirst()).allSatisfy { $0 < $1 }
            }
            When({ _, decision in !decision.granted }) {
                Expect(\.reason, "denial-gives-reason", owner: "identity") { $0 != nil }
            }
            Invariant("no-needless-denial", severity: .warning, owner: "identity") { request, decision in
                let principal = request.principal
                guard !principal.suspended, principal.tenantID == request.tenantID else { return true }
                let expected = Set(request.scopes).intersection(policy.allowedScopes(for: principal.roles))
                return Set(decision.scopes) == expected
            }
        }.relating {
            Metamorphic(
                "scope-order-independent", severity: .critical, owner: "identity", tags: ["security"],
                seededTransform: Self.shuffledScopes
            ) { original, shuffled in original.output == shuffled.output }
            Deterministic("same-request-same-decision", owner: "identity", tags: ["security"])
        }
    }

    /// The request with its scopes in another order, drawn from `random`.
    @Sendable static func shuffledScopes(
        _ request: AuthorizationRequest, _ random: inout RelationRandom
    ) -> AuthorizationRequest {
        var shuffled = request
        shuffled.scopes.shuffle(using: &random)
        return shuffled
    }

    static func excessMessage(
        _ policy: RolePolicy
    ) -> @Sendable (AuthorizationRequest, AuthorizationDecision) -> String {
        { request, decision in
            let allowed = Set(request.scopes).intersection(policy.allowedScopes(for: request.principal.roles))
            let excess = decision.scopes.filter { !allowed.contains($0) }.map(\.rawValue)
            return "granted \(excess.joined(separator: ", ")) beyond requested ∩ allowed"
        }
    }
}
