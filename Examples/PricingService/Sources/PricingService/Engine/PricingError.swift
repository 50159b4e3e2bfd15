/// Why a cart cannot be priced; each case names the line or promotion at fault.
///
/// ```swift
/// do { _ = try PricingEngine().quote(cart) } catch { print(error) }   // "line 2 (lamp-01): quantity 0 is not positive"
/// ```
public enum PricingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The currency code is not one the service prices in.
    case unsupportedCurrency(String)
    /// A line is malformed: its index, SKU and what is wrong.
    case invalidLine(index: Int, sku: String, reason: String)
    /// A promotion is malformed: its code and what is wrong.
    case invalidDiscount(code: String, reason: String)
    /// The cart has more lines than the engine prices at once.
    case tooManyLines(Int)

    /// A sentence naming the field at fault.
    public var description: String {
        switch self {
        case .unsupportedCurrency(let code):
            "currency '\(code)' is not supported (supported: \(Currency.supported.map(\.code).joined(separator: ", ")))"
        case .invalidLine(let index, let sku, let reason): "line \(index) (\(sku)): \(reason)"
        case .invalidDiscount(let code, let reason): "discount '\(code)': \(reason)"
        case .tooManyLines(let count):
            "the cart has \(count) lines; at most \(PricingEngine.maxLines) are priced at once"
        }
    }
}
