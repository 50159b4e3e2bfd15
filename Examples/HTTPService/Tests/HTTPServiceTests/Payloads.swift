/// Request bodies as clients send them.
enum Payloads {
    /// 9 % of 0.50 EUR is 4.5 cents: the generated engine rounds it up, the reviewed one to even.
    static let tieCart = """
        {"id":"cart-1","currency":"EUR","customer":{"id":"c-1","taxExempt":false},
         "lines":[{"sku":"bread","category":"food","unitPrice":50,"quantity":1}],"discounts":[]}
        """

    /// Two lamps with a fixed promotion in dollars.
    static let lampCart = """
        {"id":"cart-2","currency":"USD","customer":{"id":"c-2","taxExempt":false},
         "lines":[{"sku":"lamp-01","category":"general","unitPrice":4999,"quantity":2}],
         "discounts":[{"code":"WELCOME5","kind":{"fixed":{"amount":500}}}]}
        """

    /// A line with quantity 0.
    static let badCart = """
        {"id":"cart-3","currency":"EUR","customer":{"id":"c-3","taxExempt":false},
         "lines":[{"sku":"lamp-01","category":"general","unitPrice":4999,"quantity":0}],"discounts":[]}
        """

    /// A suspended tenant admin asking to manage users.
    static let suspendedAdmin = """
        {"principal":{"userID":"bob","tenantID":"acme","roles":["tenantAdmin"],"suspended":true},
         "tenantID":"acme","scopes":["users:manage"]}
        """
}
