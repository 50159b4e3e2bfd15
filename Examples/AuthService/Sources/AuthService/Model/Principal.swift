/// The user a request acts for.
///
/// ```swift
/// let alice = Principal(userID: "alice", tenantID: "acme", roles: [.editor, .billingAdmin])
/// let bob = Principal(userID: "bob", tenantID: "acme", roles: [.tenantAdmin], suspended: true)
/// ```
public struct Principal: Sendable, Hashable, Codable {
    /// The user's id.
    public var userID: String
    /// The tenant (customer account) the user belongs to.
    public var tenantID: String
    /// The roles the user holds in that tenant.
    public var roles: [Role]
    /// Whether the account is suspended: a suspended user is granted nothing.
    public var suspended: Bool

    /// Creates a principal.
    public init(userID: String, tenantID: String, roles: [Role], suspended: Bool = false) {
        self.userID = userID
        self.tenantID = tenantID
        self.roles = roles
        self.suspended = suspended
    }
}
