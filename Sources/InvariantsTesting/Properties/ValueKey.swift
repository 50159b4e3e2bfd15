/// A value as a cache key for shrinking: the value itself when it is `Hashable`, or a tuple of `Hashable`
/// elements (what `Gen.zip` produces); `nil` otherwise (only the choice sequence is cached then).
struct ValueKey: Hashable {
    private let value: AnyHashable

    init?(_ value: Any) {
        if let hashable = value as? any Hashable {
            self.value = AnyHashable(hashable)
            return
        }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .tuple else { return nil }
        var elements: [AnyHashable] = []
        for child in mirror.children {
            guard let element = child.value as? any Hashable else { return nil }
            elements.append(AnyHashable(element))
        }
        self.value = AnyHashable(elements)
    }
}
