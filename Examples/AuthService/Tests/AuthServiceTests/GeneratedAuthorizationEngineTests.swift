import AuthService
import Invariants
import InvariantsTesting
import Testing

/// The generated rewrite (`AuthorizationEngine.generated`) lets suspended tenant admins through. The
/// properties must catch it and shrink the evidence to the smallest such request; these tests pass
/// because the property fails.
struct GeneratedAuthorizationEngineTests {
    @Test func thePropertiesCatchASuspendedAdminBeingGranted() throws {
        let property = Property(over: Gen.authorizationRequest, iterations: 2_000, seed: 77, database: .disabled)
        let result = property.verify { request, _ in
            AuthorizationRules.decision.check(request, AuthorizationEngine.generated.decide(request)).verdict
        }
        #expect(result.failed)
        let request = try #require(result.counterexample)
        #expect(request.principal.suspended)
        #expect(request.principal.roles == [.tenantAdmin])
        #expect(request.scopes.count == 1)
        #expect(request.tenantID == request.principal.tenantID)
        #expect(result.failureMessage?.contains("✗ auth.decision/suspended-never-granted [critical]") == true)
        #expect(AuthorizationEngine().decide(request) == .denied(.suspended))
    }

    @Test func expectInvariantsReportsTheGeneratedEngine() async {
        await withKnownIssue {
            await expectInvariants(
                AuthorizationRules.decision, of: AuthorizationEngine.generated.decide, over: .authorizationRequest,
                iterations: 2_000, seed: 77, database: .disabled)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("auth.decision/suspended-never-granted") }
        }
    }
}
