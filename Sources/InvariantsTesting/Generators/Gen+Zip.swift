extension Gen {
    /// Combines independent generators into a tuple (2 to 6 — or more — generators); shrinks each part.
    ///
    /// ```swift
    /// let pair = Gen.zip(Gen.int, Gen.int)                  // Gen<(Int, Int)>
    /// let line = Gen.zip(Gen.string, Gen.int(in: 1...9), Gen.bool)
    /// ```
    public static func zip<each Part>(_ parts: repeat Gen<each Part>) -> Gen<(repeat each Part)>
    where Value == (repeat each Part) {
        Gen<(repeat each Part)> { context in (repeat try (each parts).run(context)) }
    }
}
