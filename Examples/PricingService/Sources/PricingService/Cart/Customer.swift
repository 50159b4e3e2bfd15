/// Who is buying, as far as pricing cares.
///
/// ```swift
/// Customer(id: "c-42", taxExempt: true)    // a charity with an exemption certificate
/// ```
public struct Customer: Sendable, Hashable, Codable {
    /// The customer's account id.
    public var id: String
    /// Whether the customer holds a tax exemption: no tax on any line.
    public var taxExempt: Bool

    /// Creates a customer.
    public init(id: String, taxExempt: Bool = false) {
        self.id = id
        self.taxExempt = taxExempt
    }
}
