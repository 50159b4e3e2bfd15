/// Thrown by ``assume(_:_:)`` and ``discard(_:)`` to discard the current case: it is neither a pass nor a
/// failure, and does not count toward `iterations`. A run that discards too many cases (more than ten times
/// `iterations`, at least 100) gives up with a message saying so, which fails the test.
///
/// ```swift
/// Property(over: .int).check { n in try assume(n != 0); return (n * 2) / n == 2 }
/// ```
public struct PropertyDiscard: Error, Sendable, Equatable {
    /// Why the case was discarded.
    ///
    /// ```swift
    /// PropertyDiscard(reason: "divisor is zero").reason
    /// ```
    public var reason: String

    /// Creates a discard with a reason.
    ///
    /// ```swift
    /// throw PropertyDiscard(reason: "empty cart")
    /// ```
    public init(reason: String = "") {
        self.reason = reason
    }
}

/// Discards the current case unless `condition` holds (inside a property body or a function under
/// `expectInvariants`): the case counts neither as a pass nor as a failure.
///
/// ```swift
/// await expectProperty(over: .int) { n in try assume(n != 0); return (n * 2) / n == 2 }
/// ```
public func assume(_ condition: Bool, _ reason: @autoclosure () -> String = "") throws {
    if !condition { throw PropertyDiscard(reason: reason()) }
}

/// Discards the current case unconditionally (see ``assume(_:_:)``).
///
/// ```swift
/// guard let order = cart.order else { try discard("no order") }
/// ```
public func discard(_ reason: String = "") throws -> Never {
    throw PropertyDiscard(reason: reason)
}
