/// Which scopes each role allows.
///
/// ```swift
/// RolePolicy.standard.allowedScopes(for: [.viewer, .billingAdmin])   // [.billingRead, .billingWrite, .documentsRead]
/// ```
public struct RolePolicy: Sendable, Hashable {
    /// The scopes of each role.
    public var scopes: [Role: Set<Scope>]

    /// Creates a policy.
    public init(scopes: [Role: Set<Scope>]) {
        self.scopes = scopes
    }

    /// Viewers read, editors write, billing admins handle billing, tenant admins do everything.
    public static let standard = RolePolicy(scopes: [
        .viewer: [.documentsRead],
        .editor: [.documentsRead, .documentsWrite],
        .billingAdmin: [.billingRead, .billingWrite],
        .tenantAdmin: Set(Scope.allCases),
    ])

    /// Every scope any of `roles` allows.
    public func allowedScopes(for roles: [Role]) -> Set<Scope> {
        roles.reduce(into: Set<Scope>()) { $0.formUnion(scopes[$1] ?? []) }
    }
}
