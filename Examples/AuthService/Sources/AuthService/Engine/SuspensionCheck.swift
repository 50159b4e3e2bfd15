/// Whom the engine refuses because their account is suspended.
///
/// ```swift
/// AuthorizationEngine(suspensionCheck: .everyone)                  // the reviewed engine
/// AuthorizationEngine(suspensionCheck: .exceptTenantAdmins)        // the generated rewrite's bug
/// ```
public enum SuspensionCheck: String, Sendable, Hashable, CaseIterable {
    /// Every suspended user is refused. The reviewed behaviour.
    case everyone
    /// What a generated rewrite did "so admins can never lock themselves out": a suspended tenant
    /// admin is still granted. Kept so the tests can show the rules catching it.
    case exceptTenantAdmins

    /// Whether `principal` is refused for being suspended.
    public func refuses(_ principal: Principal) -> Bool {
        switch self {
        case .everyone: principal.suspended
        case .exceptTenantAdmins: principal.suspended && !principal.roles.contains(.tenantAdmin)
        }
    }
}
