public import Foundation

/// Seeds for property runs.
///
/// ```swift
/// let seed = PropertySeed.fromEnvironment() ?? 42   // INVARIANTS_SEED=1234 swift test
/// ```
public enum PropertySeed {
    /// The environment variable that replays a printed seed: `INVARIANTS_SEED=1234 swift test`.
    ///
    /// ```swift
    /// setenv(PropertySeed.environmentVariable, "1234", 1)
    /// ```
    public static let environmentVariable = "INVARIANTS_SEED"

    /// The seed in `environment` (decimal or `0x` hexadecimal), if set and valid.
    ///
    /// ```swift
    /// PropertySeed.fromEnvironment(["INVARIANTS_SEED": "0x2a"])     // 42
    /// ```
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> UInt64? {
        guard let text = environment[environmentVariable]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if text.hasPrefix("0x") || text.hasPrefix("0X") { return UInt64(text.dropFirst(2), radix: 16) }
        return UInt64(text)
    }

    /// The seed a run uses: the explicit one, else `INVARIANTS_SEED`, else a fresh random seed.
    static func resolve(_ explicit: UInt64?) -> UInt64 {
        explicit ?? fromEnvironment() ?? UInt64.random(in: 0...UInt64.max)
    }
}
