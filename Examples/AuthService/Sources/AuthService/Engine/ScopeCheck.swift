/// Which requested scopes decide whether a request is granted anything.
///
/// ```swift
/// AuthorizationEngine(scopeCheck: .anyScope)     // the reviewed engine
/// AuthorizationEngine(scopeCheck: .firstScope)   // a generated rewrite's bug
/// ```
public enum ScopeCheck: String, Sendable, Hashable, CaseIterable {
    /// Any allowed scope among those requested grants it. The reviewed behaviour.
    case anyScope
    /// What a generated "fast path" did: a request whose first scope is not allowed is denied outright, so
    /// `[users:manage, documents:read]` is denied where `[documents:read, users:manage]` is granted.
    case firstScope
}
