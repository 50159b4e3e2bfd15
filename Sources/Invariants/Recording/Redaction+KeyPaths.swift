extension Redaction {
    /// A copy that also redacts the values at the paths that Swift key paths into the captured type name.
    ///
    /// `\Cart.customer.email` becomes the path `customer.email`, and optional chaining is ignored
    /// (`\Cart.customer?.email` is the same path). The key path is read from its textual description, so
    /// it must be made of stored properties whose names are also their coding keys; a key path through a
    /// subscript or computed property cannot be described and stops the program with a message naming it
    /// (write the path with ``addingPaths(_:)`` instead, for example `"lines[].note"`).
    ///
    /// ```swift
    /// Redaction.default.adding(\Cart.customer.email, \Cart.shippingAddress)
    /// ```
    public func adding<Root>(_ keyPaths: PartialKeyPath<Root>...) -> Redaction {
        var copy = self
        for keyPath in keyPaths {
            copy.paths.append(RedactionPath(components: Self.pathComponents(of: keyPath).map { .key($0) }))
        }
        return copy
    }

    /// The property names along `keyPath`, from its description `\Root.a.b`.
    static func pathComponents<Root>(of keyPath: PartialKeyPath<Root>) -> [String] {
        let description = String(describing: keyPath)
        let prefix = "\\" + String(describing: Root.self) + "."
        guard description.hasPrefix(prefix) else {
            preconditionFailure(
                "Redaction.adding: cannot turn the key path \(description) into a redaction path; "
                    + "use addingPaths(_:) with the path as the value is encoded"
            )
        }
        let names = description.dropFirst(prefix.count)
            .filter { $0 != "?" && $0 != "!" }
            .split(separator: ".", omittingEmptySubsequences: false)
        let isIdentifier: (Substring) -> Bool = { name in
            guard let first = name.first, first.isLetter || first == "_" else { return false }
            return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
        guard !names.isEmpty, names.allSatisfy(isIdentifier) else {
            preconditionFailure(
                "Redaction.adding: cannot turn the key path \(description) into a redaction path (it goes through "
                    + "a subscript or computed property); use addingPaths(_:) with the path as the value is encoded"
            )
        }
        return names.map(String.init)
    }
}
