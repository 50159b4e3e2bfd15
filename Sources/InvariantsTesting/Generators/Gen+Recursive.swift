extension Gen {
    /// A recursive generator (trees, expressions): `build` receives the generator itself for the children.
    ///
    /// Put the leaf first in a `oneOf`: beyond `maxDepth` the recursive reference produces the simplest
    /// value (every choice 0), which is then the leaf, so values stay bounded.
    ///
    /// ```swift
    /// indirect enum Tree { case leaf, node(Tree, Int, Tree) }
    /// let tree = Gen<Tree>.recursive(maxDepth: 4) { tree in
    ///     .oneOf(.constant(.leaf), Gen.zip(tree, .int, tree).map { Tree.node($0, $1, $2) })
    /// }
    /// ```
    public static func recursive(
        maxDepth: Int = 5, _ build: @escaping @Sendable (Gen<Value>) -> Gen<Value>
    ) -> Gen<Value> {
        @Sendable func level(_ depth: Int) -> Gen<Value> {
            Gen { context in
                let inner = build(level(depth + 1))
                if depth > maxDepth { return try context.withZeros { try inner.run(context) } }
                return try inner.run(context)
            }
        }
        return level(0)
    }
}
