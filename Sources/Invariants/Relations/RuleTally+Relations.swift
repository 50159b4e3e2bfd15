import Synchronization

extension RuleTally {
    /// Adds one to the `kind` count of the relation at `ordinal`: relations are counted by their runner,
    /// not through a ``RuleSelection``.
    func add(_ kind: Kind, ordinal: Int) {
        slots[kind.rawValue * ruleCount + ordinal].wrappingAdd(1, ordering: .relaxed)
    }
}
