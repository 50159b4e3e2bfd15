/// A role a user holds within their tenant; roles grant scopes through a ``RolePolicy``.
///
/// ```swift
/// Principal(userID: "u-1", tenantID: "acme", roles: [.editor])
/// ```
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    /// Reads documents.
    case viewer
    /// Reads and writes documents.
    case editor
    /// Reads and changes billing.
    case billingAdmin
    /// Everything in the tenant, including managing users.
    case tenantAdmin
}
