import Foundation
import InvariantsTesting

extension Gen where Value == Cart {
    static var cart: Gen<Cart> {
        let line = Gen<Line> { draw in
            Line(
                sku: try draw(.element(of: ["book", "pen", "lamp"])),
                unitPrice: try draw(.decimal(in: 0...50, scale: 2)),
                quantity: try draw(.int(in: 1...4))
            )
        }
        return Gen { draw in
            Cart(
                lines: try draw(line.array(count: 1...4)),
                currency: try draw(.element(of: ["EUR", "USD"])),
                taxExempt: try draw(.bool)
            )
        }
    }
}
