extension Gen where Value == Bool {
    /// `false` or `true`, shrinking to `false`.
    ///
    /// ```swift
    /// let flags = Gen.bool.array(count: 3...3)
    /// ```
    public static var bool: Gen<Bool> {
        Gen { context in try context.choose(upTo: 1) { context.random(upTo: 1) } == 1 }
    }
}
