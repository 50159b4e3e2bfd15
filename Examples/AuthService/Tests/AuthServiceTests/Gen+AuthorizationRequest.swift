import AuthService
import InvariantsTesting

/// The generators behind `Gen.authorizationRequest`, built outside `extension Gen` so `Gen.zip` infers its tuple type.
enum AuthGenerators {
    /// Two tenants are enough to find every cross-tenant mistake.
    static let tenant = Gen.element(of: ["acme", "globex"])

    /// Users of either tenant with up to three roles, some suspended.
    static let principal = Gen.zip(tenant, Gen<Role>.allCases.array(count: 0...3), Gen.bool)
        .map { Principal(userID: "u", tenantID: $0, roles: $1, suspended: $2) }

    /// Any user asking for up to four scopes (duplicates included) on either tenant.
    static let request = Gen.zip(principal, tenant, Gen<Scope>.allCases.array(count: 0...4))
        .map { AuthorizationRequest(principal: $0, tenantID: $1, scopes: $2) }
}

extension Gen where Value == AuthorizationRequest {
    /// Any user asking for up to four scopes on either tenant.
    static var authorizationRequest: Gen<AuthorizationRequest> { AuthGenerators.request }
}
