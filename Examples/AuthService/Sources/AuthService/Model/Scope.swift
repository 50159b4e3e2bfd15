/// A permission a client asks for, written `resource:action` on the wire.
///
/// ```swift
/// Scope(rawValue: "documents:write")    // .documentsWrite
/// ```
public enum Scope: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Read documents.
    case documentsRead = "documents:read"
    /// Create and edit documents.
    case documentsWrite = "documents:write"
    /// Delete documents.
    case documentsDelete = "documents:delete"
    /// Read invoices and payment methods.
    case billingRead = "billing:read"
    /// Change payment methods and plans.
    case billingWrite = "billing:write"
    /// Invite, suspend and remove users.
    case usersManage = "users:manage"

    /// Orders scopes by their wire name, so granted scope lists are stable.
    public static func < (lhs: Scope, rhs: Scope) -> Bool { lhs.rawValue < rhs.rawValue }
}
