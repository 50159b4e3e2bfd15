/// The node types ``InvariantBuilder`` composes rules into.
///
/// You never name these types yourself; they appear in the static type of a built rule set, which
/// lets the compiler specialise and inline the whole set instead of calling an array of closures.
///
/// ```swift
/// // InvariantSet<Cart, Quote>("s") { A; B; C } is built from InvariantRules.Pair<InvariantRules.Pair<A, B>, C>
/// ```
public enum InvariantRules {}
