extension Gen {
    /// Always the same value (no choices, nothing to shrink).
    ///
    /// ```swift
    /// let currency = Gen.constant("EUR")
    /// ```
    public static func constant(_ value: Value) -> Gen<Value> where Value: Sendable {
        Gen { _ in value }
    }

    /// One of `choices`, uniformly; shrinks toward the first.
    ///
    /// ```swift
    /// let currency = Gen.element(of: ["EUR", "USD", "JPY"])
    /// ```
    public static func element(of choices: [Value]) -> Gen<Value> where Value: Sendable {
        precondition(!choices.isEmpty, "Gen.element(of:) needs at least one element")
        let last = UInt64(choices.count - 1)
        return Gen { context in choices[Int(try context.choose(upTo: last) { context.random(upTo: last) })] }
    }

    /// A value from one of `generators`, picked uniformly; shrinks toward the first generator.
    ///
    /// ```swift
    /// let amount = Gen.oneOf(.constant(0), .int(in: 1...100), .int)
    /// ```
    public static func oneOf(_ generators: Gen<Value>...) -> Gen<Value> {
        frequency(generators.map { (1, $0) })
    }

    /// A value from one of `generators`, picked in proportion to its weight; shrinks toward the first.
    /// A generator of weight 0 is never produced, not even by shrinking.
    ///
    /// ```swift
    /// let status = Gen.frequency((8, .constant("active")), (1, .constant("suspended")))
    /// ```
    public static func frequency(_ weighted: (Int, Gen<Value>)...) -> Gen<Value> {
        frequency(weighted)
    }

    /// A value from one of `generators`, picked in proportion to its weight (array form).
    ///
    /// ```swift
    /// let gen = Gen.frequency([(3, Gen.int(in: 0...9)), (1, Gen.int)])
    /// ```
    public static func frequency(_ weighted: [(Int, Gen<Value>)]) -> Gen<Value> {
        precondition(!weighted.isEmpty, "Gen.frequency needs at least one generator")
        precondition(weighted.allSatisfy { $0.0 >= 0 } && weighted.contains { $0.0 > 0 }, "weights must be ≥ 0")
        // A branch of weight 0 is never drawn, so it is left out of the choice altogether: shrinking, which
        // replays any index in range, cannot reach it either.
        let reachable = weighted.filter { $0.0 > 0 }
        let generators = reachable.map(\.1)
        let weights = reachable.map { UInt64($0.0) }
        let total = weights.reduce(0, +)
        return Gen { context in
            let index = try context.choose(upTo: UInt64(generators.count - 1)) {
                var roll = context.random(upTo: total - 1)
                for (index, weight) in weights.enumerated() {
                    if roll < weight { return UInt64(index) }
                    roll -= weight
                }
                return 0
            }
            return try generators[Int(index)].run(context)
        }
    }

    /// `nil` or a value, shrinking to `nil`; about one case in six is `nil`.
    ///
    /// ```swift
    /// let discount = Gen.int(in: 0...50).optional
    /// ```
    public var optional: Gen<Value?> {
        Gen<Value?> { context in
            let present = try context.choose(upTo: 1) { context.chance(1.0 / 6.0) ? 0 : 1 }
            return present == 1 ? try self.run(context) : nil
        }
    }
}

extension Gen where Value: CaseIterable & Sendable {
    /// Every case of a `CaseIterable` type, shrinking toward the first case.
    ///
    /// ```swift
    /// enum Plan: CaseIterable { case free, pro }
    /// let plan = Gen<Plan>.allCases
    /// ```
    public static var allCases: Gen<Value> { element(of: Array(Value.allCases)) }
}
