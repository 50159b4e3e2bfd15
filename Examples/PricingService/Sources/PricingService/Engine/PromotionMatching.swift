/// Which lines of a cart a percentage promotion takes its share off.
///
/// ```swift
/// PricingEngine(promotionMatching: .everyEligibleLine)   // the reviewed engine
/// PricingEngine(promotionMatching: .firstEligibleLine)   // a generated rewrite's bug
/// ```
public enum PromotionMatching: String, Sendable, Hashable, CaseIterable {
    /// Every line the promotion applies to. The reviewed behaviour.
    case everyEligibleLine
    /// What a generated rewrite did with an early `break`: only the first line the promotion applies to.
    /// The quote still adds up, so no single-call rule sees it; reordering the lines changes the price.
    case firstEligibleLine
}
