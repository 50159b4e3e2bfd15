/// Collects the descriptors of a set's rules while the set is built, and gives each its full id.
///
/// Part of the ``InvariantRule`` protocol; you only meet it when you write your own rule type.
///
/// ```swift
/// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // in a custom rule
/// ```
public struct RuleBinding: Sendable {
    /// The id of the set being built.
    ///
    /// ```swift
    /// binding.setID   // "pricing.quote"
    /// ```
    public let setID: String
    /// The descriptors bound so far, in declaration order.
    ///
    /// ```swift
    /// binding.descriptors.map(\.id)   // ["pricing.quote/tax-non-negative"]
    /// ```
    public private(set) var descriptors: [RuleDescriptor] = []

    @usableFromInline
    init(setID: String) {
        self.setID = setID
    }

    /// Binds a rule declared directly in this set: sets its full id and ordinal, and lists it.
    ///
    /// ```swift
    /// mutating func bind(to binding: inout RuleBinding) { binding.register(&descriptor) }   // a custom leaf rule
    /// ```
    public mutating func register(_ descriptor: inout RuleDescriptor) {
        descriptor.setID = setID
        descriptor.id = "\(setID)/\(descriptor.ruleID)"
        descriptor.ordinal = descriptors.count
        descriptors.append(descriptor)
    }

    /// Lists the rules of a nested set, keeping their ids; returns the ordinal offset of the nested set.
    mutating func include(nested: [RuleDescriptor]) -> Int {
        let base = descriptors.count
        for var descriptor in nested {
            descriptor.ordinal += base
            descriptors.append(descriptor)
        }
        return base
    }

    /// The rule ids that appear more than once, in order of first appearance.
    var duplicateIDs: [String] {
        var seen: Set<String> = []
        var duplicates: [String] = []
        for descriptor in descriptors where !seen.insert(descriptor.id).inserted {
            if !duplicates.contains(descriptor.id) { duplicates.append(descriptor.id) }
        }
        return duplicates
    }
}
