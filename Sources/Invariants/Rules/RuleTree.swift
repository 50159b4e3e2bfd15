/// A set's rule tree behind one reference, which the set's closures capture: a check reads the rules in
/// place, where a captured tree (a few words per rule) was copied onto the stack on every call.
///
/// The fast path (``InvariantRule/evaluateAll(_:_:selection:into:)``, `mutating` for this reason) reads a copy of
/// the tree in memory of its own, `address`, so that each rule is read where it is stored, when it is used,
/// instead of the whole tree being loaded at the start of every check and kept on the stack. Nothing writes that
/// memory after `init`, which is why sharing it between threads is safe (`@unchecked Sendable`: `Content` is
/// `Sendable`, the pointer is not). The plain evaluator and `holds` read `content`: read through the pointer,
/// the plain evaluator of a 10-rule tree crashed Swift 6.3.1's SIL Mem2Reg.
@usableFromInline
final class RuleTree<Content: InvariantRule>: @unchecked Sendable {
    @usableFromInline
    let content: Content
    @usableFromInline
    let address: UnsafeMutablePointer<Content>

    @inlinable
    init(_ content: Content) {
        self.content = content
        self.address = .allocate(capacity: 1)
        self.address.initialize(to: content)
    }

    deinit {
        address.deinitialize(count: 1)
        address.deallocate()
    }
}
