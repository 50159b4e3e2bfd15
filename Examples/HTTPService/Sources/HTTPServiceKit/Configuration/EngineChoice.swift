/// Which implementations the service runs: the reviewed engines, or the generated rewrites with their bugs.
///
/// ```swift
/// ServiceConfiguration(engines: .generated)   // to watch the invariants catch them
/// ```
public enum EngineChoice: String, Sendable, CaseIterable {
    /// `PricingEngine()` and `AuthorizationEngine()`.
    case reviewed
    /// `PricingEngine.generated` and `AuthorizationEngine.generated`: a tax-rounding bug and a
    /// suspended-admin bug, each recorded with a generated `CodeOrigin`.
    case generated
}
