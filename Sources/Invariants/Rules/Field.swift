/// The output field a rule checks: how to read it fast, and how messages name it.
@usableFromInline
struct Field<Root, Value>: Sendable {
    @usableFromInline
    let access: FieldAccess<Root, Value>
    @usableFromInline
    let name: FieldName

    @usableFromInline
    init(_ keyPath: any KeyPath<Root, Value> & Sendable) {
        self.access = FieldAccess(keyPath)
        self.name = FieldName(keyPath)
    }

    @inlinable @inline(__always)
    func withValue<Result>(_ root: Root, _ body: (borrowing Value) throws -> Result) rethrows -> Result {
        try access.withValue(root, body)
    }

    @inlinable @inline(__always)
    func read(_ root: Root) -> Value {
        access.read(root)
    }
}
