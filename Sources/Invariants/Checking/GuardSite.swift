/// What a guarded function knows about itself: where it is, where its code came from.
///
/// ```swift
/// let site = GuardSite(setID: "pricing.quote", origin: .human(), callSite: CallSite(), policy: .observe)
/// ```
public struct GuardSite: Sendable, Hashable {
    /// The set checked at this site.
    ///
    /// ```swift
    /// site.setID   // "pricing.quote"
    /// ```
    public let setID: String
    /// Where the guarded code came from.
    ///
    /// ```swift
    /// site.origin.model   // "assistant-model-id"
    /// ```
    public let origin: CodeOrigin
    /// Where `guarded` was called.
    ///
    /// ```swift
    /// site.callSite.description   // "Pricing/Quote.swift:42 quote(_:)"
    /// ```
    public let callSite: CallSite
    /// The policy in force here.
    ///
    /// ```swift
    /// site.policy.canEnforce   // false under .observe
    /// ```
    public let policy: Policy

    /// Creates a site.
    ///
    /// ```swift
    /// GuardSite(setID: "pricing.quote", origin: .generated(by: "model-x"), callSite: CallSite(), policy: .enforce)
    /// ```
    public init(setID: String, origin: CodeOrigin, callSite: CallSite, policy: Policy) {
        self.setID = setID
        self.origin = origin
        self.callSite = callSite
        self.policy = policy
    }
}
