/// The relations of an ``InvariantSet``, kept apart from its rule tree so the per-call evaluator never
/// walks them, and how to run them in production (known only when `Input` and `Output` are `Sendable`).
struct RelationList<Input, Output>: Sendable {
    var relations: [Relation<Input, Output>] = []
    /// Builds the guard's hook that hands sampled calls to a ``RelationRunner``; `nil` when the values
    /// cannot cross to the runner's threads.
    var makeHook:
        (
            @Sendable (
                [Relation<Input, Output>], InvariantMonitor, GuardSite, RelationChecks, RelationBody<Input, Output>
            )
                -> RelationHook<Input, Output>
        )?
}

/// The wrapped function, as a relation re-runs it.
@usableFromInline
enum RelationBody<Input, Output>: Sendable {
    case sync(@Sendable (Input) throws -> Output)
    case async(@Sendable (Input) async throws -> Output)
}

/// What a guarded call calls, once, after its function returned: offers the call to the relation checks.
@usableFromInline
typealias RelationHook<Input, Output> = @Sendable (Input, Output) -> Void
