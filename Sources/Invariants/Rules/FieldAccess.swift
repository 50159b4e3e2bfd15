/// Reads one field of an output value, as fast as the field allows.
///
/// A key path to a stored property of a struct is turned into a byte offset once, when the rule is
/// built, so reading it on every call is a load rather than a trip through the key path runtime.
/// (Its name, for messages, is kept beside it in ``Field``.)
@usableFromInline
struct FieldAccess<Root, Value>: Sendable {
    @usableFromInline
    let offset: Int?
    @usableFromInline
    let keyPath: any KeyPath<Root, Value> & Sendable
    @usableFromInline
    init(_ keyPath: any KeyPath<Root, Value> & Sendable) {
        self.keyPath = keyPath
        self.offset = MemoryLayout<Root>.offset(of: keyPath)
    }

    /// Calls `body` with the field's value borrowed in place when it is laid out inline in `Root`: a
    /// collection is then iterated without a retain and release of its storage.
    @inlinable @inline(__always)
    func withValue<Result>(_ root: Root, _ body: (borrowing Value) throws -> Result) rethrows -> Result {
        if let offset {
            return try withUnsafePointer(to: root) { pointer in
                try body(UnsafeRawPointer(pointer).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee)
            }
        }
        return try body(root[keyPath: keyPath])
    }

    @inlinable @inline(__always)
    func read(_ root: Root) -> Value {
        if let offset {
            // `offset(of:)` is non-nil only for storage laid out inline in `Root`, which is exactly the
            // case where the documentation allows reading the value through a pointer to `Root`.
            return withUnsafePointer(to: root) { UnsafeRawPointer($0).load(fromByteOffset: offset, as: Value.self) }
        }
        return root[keyPath: keyPath]
    }
}
