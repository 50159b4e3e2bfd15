/// A user asking for scopes on a tenant's resources.
///
/// ```swift
/// AuthorizationRequest(principal: alice, tenantID: "acme", scopes: [.documentsRead, .usersManage])
/// ```
public struct AuthorizationRequest: Sendable, Hashable, Codable {
    /// Who is asking.
    public var principal: Principal
    /// The tenant whose resources the scopes are for.
    public var tenantID: String
    /// The scopes asked for.
    public var scopes: [Scope]

    /// Creates a request.
    public init(principal: Principal, tenantID: String, scopes: [Scope]) {
        self.principal = principal
        self.tenantID = tenantID
        self.scopes = scopes
    }
}
