/// A rule on every element of a collection in the output.
///
/// The violation message names the first failing index, its value, and how many elements failed:
///
/// ```swift
/// ForEach(\.lineTotals, "line-totals-non-negative") { $0 >= 0 }
/// // message: "\Quote.lineTotals[2] was -5 (1 of 4 elements failed)"
/// ```
public struct ForEach<Input, Output, Elements: Collection>: InvariantRule {
    @usableFromInline
    let predicate: @Sendable (Elements.Element) throws -> Bool
    @usableFromInline
    var storage: RuleStorage<Field<Output, Elements>>

    /// Creates a rule that holds when `predicate` returns `true` for every element of the output's collection.
    ///
    /// - Parameters:
    ///   - keyPath: The output collection to check.
    ///   - id: The rule's id, unique within its set; it must not contain `/`.
    ///   - severity: How serious a violation is; `.error` by default.
    ///   - owner: Who to ask about the rule.
    ///   - tags: Free-form tags for routing and reports.
    ///   - predicate: Returns `true` when an element is right.
    ///
    /// ```swift
    /// ForEach(\.lineTotals, "line-totals-non-negative", severity: .critical) { $0 >= 0 }
    /// ```
    public init(
        _ keyPath: any KeyPath<Output, Elements> & Sendable,
        _ id: String,
        severity: Severity = .error,
        owner: String? = nil,
        tags: [String] = [],
        _ predicate: @escaping @Sendable (Elements.Element) throws -> Bool
    ) {
        let descriptor = RuleDescriptor(ruleID: id, severity: severity, owner: owner, tags: tags, kind: "ForEach")
        self.predicate = predicate
        self.storage = RuleStorage(descriptor, Field(keyPath))
    }

    /// The rule's id, severity, owner and tags.
    ///
    /// ```swift
    /// ForEach(\.lineTotals, "line-totals-non-negative") { $0 >= 0 }.descriptor.kind   // "ForEach"
    /// ```
    public var descriptor: RuleDescriptor { storage.descriptor }

    /// Appends a ``RuleViolation`` for each selected rule of this node that fails or throws; nothing when all hold.
    ///
    /// ```swift
    /// var violations: [RuleViolation] = []
    /// rule.evaluate(cart, quote, selection: .all, into: &violations)
    /// ```
    @inlinable @inline(__always)
    public func evaluate(
        _ input: Input, _ output: Output, selection: RuleSelection, into violations: inout [RuleViolation]
    ) {
        guard storage.admits(selection) else { return }
        let elements = storage.extra.read(output)
        do {
            for element in elements where try !predicate(element) {
                storage.report(failure(elements), into: &violations, selection)
                return
            }
        } catch {
            storage.report(error, into: &violations, selection)
        }
    }

    /// Renders the message: first failing index and value, and the number of failing elements.
    ///
    /// An element whose predicate throws while the message is rendered is not counted: the rule has
    /// already failed, and a later error must not turn that failure into a (never enforced) rule error.
    @usableFromInline
    func failure(_ elements: Elements) -> RuleViolation {
        var first: (offset: Int, value: String)?
        var failed = 0
        for (offset, element) in elements.enumerated() where (try? predicate(element)) == false {
            if first == nil { first = (offset, storage.extra.name.show(element)) }
            failed += 1
        }
        let name = storage.extra.name.text
        let shown = first.map { "[\($0.offset)] was \($0.value)" } ?? " changed while it was checked"
        let message = "\(name)\(shown) (\(failed) of \(elements.count) elements failed)"
        return RuleViolation(rule: storage.descriptor, message: message)
    }

    /// Appends a ``RuleViolation`` for each rule of this node that fails or throws, on a check that selected
    /// every rule; `failures` stays `nil` when all hold.
    ///
    /// ```swift
    /// var failures: [RuleViolation]? = nil
    /// rule.evaluateAll(&cart, &quote, selection: .all, into: &failures)
    /// ```
    @inlinable @inline(__always)
    public mutating func evaluateAll(
        _ input: inout Input, _ output: inout Output, selection: RuleSelection, into failures: inout [RuleViolation]?
    ) {
        // Unlike a leaf, the loop is not read in place: read through `self`, it retained the predicate around
        // every element's call. A copy of the node (two references) keeps the walk as it was.
        let node = self
        node.evaluateEvery(&output, selection: selection, into: &failures)
    }

    /// The walk of ``evaluateAll(_:_:selection:into:)``, on a node held as a value.
    @inlinable @inline(__always)
    func evaluateEvery(_ output: inout Output, selection: RuleSelection, into failures: inout [RuleViolation]?) {
        do {
            // Walked by index over the borrowed collection: no copy, so no retain of its storage.
            let failed = try storage.extra.withValue(output) { elements in
                var index = elements.startIndex
                let end = elements.endIndex
                while index != end {
                    if try !predicate(elements[index]) { return true }
                    elements.formIndex(after: &index)
                }
                return false
            }
            if failed { storage.fail(failure(storage.extra.read(output)), into: &failures, selection) }
        } catch {
            storage.fail(error, into: &failures, selection)
        }
    }

    /// Whether every rule of this node holds, as ``AnyOf`` and ``Not`` ask it; a rule error is thrown.
    ///
    /// ```swift
    /// let holds = try rule.holds(cart, quote)
    /// ```
    @inlinable
    public func holds(_ input: Input, _ output: Output) throws -> Bool {
        for element in storage.extra.read(output) where try !predicate(element) {
            return false
        }
        return true
    }

    /// Gives each rule of this node its full id and ordinal in the set being built; called by ``InvariantSet``.
    ///
    /// ```swift
    /// mutating func bind(to binding: inout RuleBinding) { content.bind(to: &binding) }   // a custom rule
    /// ```
    public mutating func bind(to binding: inout RuleBinding) {
        storage = storage.bound(to: &binding)
    }
}
