import AuthService
import Invariants
import InvariantsTesting
import Testing

struct AuthorizationPropertyTests {
    static let engine = AuthorizationEngine()

    @Test func theReviewedEngineKeepsEveryRuleOverGeneratedRequests() async {
        await expectInvariants(
            AuthorizationRules.decision, of: Self.engine.decide, over: .authorizationRequest, iterations: 2_000,
            seed: 77, database: .disabled)
    }

    @Test func decisionsDependOnTheRequestAlone() async {
        await expectDeterministic(
            { request in Self.engine.decide(request) }, over: .authorizationRequest, iterations: 300, seed: 5,
            database: .disabled)
    }

    @Test func theGeneratorReachesEveryKindOfDecision() {
        let reasons = Set(Gen.authorizationRequest.sample(count: 400, seed: 1).map { Self.engine.decide($0).reason })
        #expect(reasons == [nil, .suspended, .crossTenant, .noAllowedScope, .nothingRequested])
    }
}
