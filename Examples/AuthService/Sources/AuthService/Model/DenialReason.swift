/// Why a request was granted nothing.
///
/// ```swift
/// decision.reason    // .suspended
/// ```
public enum DenialReason: String, Sendable, Hashable, Codable {
    /// The user's account is suspended.
    case suspended
    /// The request is for another tenant's resources.
    case crossTenant
    /// None of the requested scopes is allowed by the user's roles.
    case noAllowedScope
    /// The request asked for no scope.
    case nothingRequested
}
