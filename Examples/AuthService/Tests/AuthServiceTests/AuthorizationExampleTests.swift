import AuthService
import Invariants
import Testing

struct AuthorizationExampleTests {
    static let engine = AuthorizationEngine()
    static let editor = Principal(userID: "alice", tenantID: "acme", roles: [.editor])

    @Test func scopesAreGrantedDownToWhatTheRolesAllow() {
        let request = AuthorizationRequest(
            principal: Self.editor, tenantID: "acme",
            scopes: [.usersManage, .documentsWrite, .documentsRead, .documentsRead])
        let decision = Self.engine.decide(request)
        #expect(
            decision
                == AuthorizationDecision(
                    granted: true, scopes: [.documentsRead, .documentsWrite], tenantID: "acme", reason: nil))
        #expect(AuthorizationRules.decision.check(request, decision).hasPassed)
    }

    @Test func suspendedUsersAndOtherTenantsGetNothing() {
        var suspended = Self.editor
        suspended.suspended = true
        #expect(
            Self.engine.decide(AuthorizationRequest(principal: suspended, tenantID: "acme", scopes: [.documentsRead]))
                == .denied(.suspended))
        #expect(
            Self.engine.decide(
                AuthorizationRequest(principal: Self.editor, tenantID: "globex", scopes: [.documentsRead]))
                == .denied(.crossTenant))
        #expect(
            Self.engine.decide(AuthorizationRequest(principal: Self.editor, tenantID: "acme", scopes: [.billingWrite]))
                == .denied(.noAllowedScope))
    }

    @Test func eachSecurityRuleNamesTheDecisionThatBreaksIt() {
        let request = AuthorizationRequest(principal: Self.editor, tenantID: "globex", scopes: [.documentsRead])
        let overreach = AuthorizationDecision(
            granted: true, scopes: [.documentsRead, .usersManage], tenantID: "globex", reason: nil)
        let outcome = AuthorizationRules.decision.check(request, overreach)
        #expect(
            outcome.violations.map(\.invariantID) == [
                "auth.decision/scopes-within-requested-and-allowed", "auth.decision/no-cross-tenant-grant",
            ])
        #expect(outcome.violations.first?.message == "granted users:manage beyond requested ∩ allowed")
    }
}
