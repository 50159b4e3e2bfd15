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

    /// Combines two generators into a pair; the same as the variadic `zip`, specialised at the call site
    /// (the most common arity: it avoids the runtime cost of an unspecialised parameter pack per case).
    ///
    /// ```swift
    /// let pair = Gen.zip(Gen.int, Gen.int)                  // Gen<(Int, Int)>
    /// ```
    @inlinable
    public static func zip<A, B>(_ a: Gen<A>, _ b: Gen<B>) -> Gen<(A, B)> where Value == (A, B) {
        Gen<(A, B)> { context in (try a.run(context), try b.run(context)) }
    }
}
