/// A set's rule tree behind one reference, which the set's closures capture: a check reads the rules in
/// place, where a captured tree (a few words per rule) was copied onto the stack on every call.
@usableFromInline
final class RuleTree<Content: InvariantRule>: Sendable {
    @usableFromInline
    let content: Content

    @inlinable
    init(_ content: Content) {
        self.content = content
    }
}
