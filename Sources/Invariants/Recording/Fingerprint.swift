/// A stable identifier for "this rule failed at this call site", used to group repeated violations.
///
/// The fingerprint is the FNV-1a 64-bit hash, as 16 lowercase hex digits, of the UTF-8 bytes of
/// `invariantID + "\u{0}" + fileID + "\u{0}" + function`. The line number is deliberately left out, so
/// editing code above the call does not split one recurring problem into two groups. It never uses
/// `Hasher`, so the same inputs give the same fingerprint in every process, on every machine.
///
/// ```swift
/// Fingerprint.of(invariantID: "pricing.quote/total-covers-lines",
///                callSite: CallSite(fileID: "Pricing/Quote.swift", function: "quote(_:)", line: 42))
/// ```
public enum Fingerprint {
    /// The fingerprint of `invariantID` failing at `callSite` (its line is ignored).
    ///
    /// ```swift
    /// Fingerprint.of(invariantID: record.invariantID, callSite: record.callSite) == record.fingerprint   // true
    /// ```
    public static func of(invariantID: String, callSite: CallSite) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
        }
        mix(invariantID)
        mix("\u{0}")
        mix(callSite.fileID)
        mix("\u{0}")
        mix(callSite.function)
        return Hex.string(hash)
    }
}
