import Foundation
import Testing

@testable import Invariants

/// `DecimalText` must write every `Decimal` exactly as its `description` does.
struct DecimalTextTests {
    @Test func writesLiteralsAsDescriptionDoes() {
        let literals = [
            "0", "1", "-1", "12.345", "-0.001", "0.1", "1.50", "5000", "1e3", "1.5E-7", "-123456789.987654321",
            "18446744073709551615", "18446744073709551616", "99999999999999999999", "10000000000000000000",
            "340282366920938463463374607431768211455", "0.00000000000000000000000000000000000001",
            "123456789012345678901234567890.5", "-9.99", "100", "0.000", "7e10", "-4e-3",
        ]
        for literal in literals {
            let decimal = Decimal(string: literal)!
            #expect(DecimalText.description(of: decimal) == decimal.description, "\(literal)")
        }
    }

    @Test func writesComputedValuesAsDescriptionDoes() {
        var state: UInt64 = 42
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let significand = Decimal(state >> 20)
            let exponent = Int(state >> 58) - 40
            let negative = state & 1 == 1
            let decimal = Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: significand)
            #expect(DecimalText.description(of: decimal) == decimal.description)
            let product = decimal * Decimal(state >> 40) / 7
            #expect(DecimalText.description(of: product) == product.description)
        }
    }

    @Test func readsThisPlatformsDecimalDirectly() throws {
        #expect(DecimalText.isReliable)
        let parts = try #require(DecimalText.Parts(Decimal(string: "-12.345")!))
        #expect(parts.negative && parts.exponent == -3 && parts.low == 12_345 && parts.high == 0)
        let wide = try #require(DecimalText.Parts(Decimal(string: "18446744073709551617")!))
        #expect(wide.low == 1 && wide.high == 1 && wide.exponent == 0 && !wide.negative)
    }

    @Test func leavesNaNAndZeroToDescription() {
        #expect(DecimalText.description(of: .nan) == Decimal.nan.description)
        #expect(DecimalText.description(of: .zero) == "0")
        #expect(DecimalText.description(of: Decimal(sign: .minus, exponent: 0, significand: 0)) == "0")
    }
}
