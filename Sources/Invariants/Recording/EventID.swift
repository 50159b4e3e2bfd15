/// Random identifiers for violation events.
///
/// ```swift
/// EventID.random()   // "3f9c0a7e5b1d4c2e8f6a0b9c7d5e3f1a"
/// ```
public enum EventID {
    /// 128 random bits from the system generator, as 32 lowercase hex digits.
    ///
    /// ```swift
    /// let id = EventID.random()   // "3f9c0a7e5b1d4c2e8f6a0b9c7d5e3f1a"
    /// ```
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.string(generator.next(), generator.next())
    }
}
