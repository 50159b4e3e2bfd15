/// A currency: its ISO 4217 code, how many minor units make one major unit, and how it rounds.
///
/// Amounts are always integers of minor units (cents, yen, fils), so a price never carries a
/// fraction of a cent. A currency encodes as its code: `"EUR"`.
///
/// ```swift
/// Currency.eur.format(1_234)    // "12.34 EUR"
/// Currency.jpy.format(1_234)    // "1234 JPY"
/// try Currency(code: "KWD").minorUnits   // 3
/// ```
public struct Currency: Sendable, Hashable, CustomStringConvertible {
    /// The ISO 4217 code, such as `EUR`.
    public let code: String
    /// Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD.
    public let minorUnits: Int
    /// How a tax or a percentage discount that falls between two minor units is rounded.
    public let rounding: RoundingMode

    /// US dollar: cents, half-up.
    public static let usd = Currency(code: "USD", minorUnits: 2, rounding: .halfUp)
    /// Euro: cents, banker's rounding.
    public static let eur = Currency(code: "EUR", minorUnits: 2, rounding: .halfEven)
    /// Pound sterling: pence, banker's rounding.
    public static let gbp = Currency(code: "GBP", minorUnits: 2, rounding: .halfEven)
    /// Japanese yen: no minor unit, half-up.
    public static let jpy = Currency(code: "JPY", minorUnits: 0, rounding: .halfUp)
    /// Kuwaiti dinar: fils (1/1000), half-up.
    public static let kwd = Currency(code: "KWD", minorUnits: 3, rounding: .halfUp)

    /// Every currency the service prices in.
    public static let supported: [Currency] = [.usd, .eur, .gbp, .jpy, .kwd]

    /// The supported currency with this code.
    ///
    /// ```swift
    /// let euro = try Currency(code: "EUR")
    /// ```
    ///
    /// - Throws: ``PricingError/unsupportedCurrency(_:)`` for a code the service does not price in.
    public init(code: String) throws(PricingError) {
        guard let known = Self.supported.first(where: { $0.code == code }) else {
            throw .unsupportedCurrency(code)
        }
        self = known
    }

    init(code: String, minorUnits: Int, rounding: RoundingMode) {
        self.code = code
        self.minorUnits = minorUnits
        self.rounding = rounding
    }

    /// An amount of minor units written in major units with the code: `format(-5)` is `"-0.05 EUR"`.
    ///
    /// ```swift
    /// Currency.kwd.format(1_500)   // "1.500 KWD"
    /// ```
    public func format(_ minor: Int) -> String {
        guard minorUnits > 0 else { return "\(minor) \(code)" }
        let scale = (0..<minorUnits).reduce(1) { value, _ in value * 10 }
        let magnitude = minor.magnitude
        let fraction = String(magnitude % UInt(scale))
        let padded = String(repeating: "0", count: minorUnits - fraction.count) + fraction
        return "\(minor < 0 ? "-" : "")\(magnitude / UInt(scale)).\(padded) \(code)"
    }

    /// The code.
    public var description: String { code }
}
