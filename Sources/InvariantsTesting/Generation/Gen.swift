/// A generator of test values, decoded from a recorded choice sequence so that shrinking always produces
/// values the same generator could have produced (filters, `flatMap` and sizes always hold).
///
/// Build generators from the ready ones and combinators, or write your own as a static member:
///
/// ```swift
/// extension Gen where Value == Cart {
///     static var cart: Gen<Cart> {
///         Gen.zip(.uuid, Gen.line.array(count: 1...5)).map { Cart(id: $0, lines: $1) }
///     }
/// }
/// ```
public struct Gen<Value>: Sendable {
    @usableFromInline let run: @Sendable (GenContext) throws -> Value
    /// True for the text alphabets (``Gen/ascii``, ``Gen/unicode``), whose strings may be drawn as case,
    /// whitespace and normalisation variants of each other.
    var isText = false

    /// Creates a generator that draws from other generators.
    ///
    /// ```swift
    /// let point = Gen<Point> { draw in Point(x: try draw(.int(in: 0...9)), y: try draw(.int(in: 0...9))) }
    /// ```
    public init(_ build: @escaping @Sendable (GenContext) throws -> Value) {
        self.run = build
    }
}
