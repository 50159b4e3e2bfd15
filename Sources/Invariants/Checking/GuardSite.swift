/// What a guarded function knows about itself: where it is, where its code came from.
public struct GuardSite: Sendable, Hashable {
    /// The set checked at this site.
    public let setID: String
    /// Where the guarded code came from.
    public let origin: CodeOrigin
    /// Where `guarded` was called.
    public let callSite: CallSite
    /// The policy in force here.
    public let policy: Policy

    /// Creates a site.
    public init(setID: String, origin: CodeOrigin, callSite: CallSite, policy: Policy) {
        self.setID = setID
        self.origin = origin
        self.callSite = callSite
        self.policy = policy
    }
}
