import Foundation

/// The text of a `Decimal` exactly as its `description` writes it (`"12.345"`, `"-0.001"`, `"5000"`),
/// without `description`'s digit-by-digit division of the mantissa: the mantissa is read as a 128-bit
/// integer and cut into 19-digit chunks.
///
/// ```swift
/// DecimalText.description(of: Decimal(string: "-0.0012")!)   // "-0.0012"
/// ```
enum DecimalText {
    private static let chunk: UInt64 = 10_000_000_000_000_000_000

    static func description(of decimal: Decimal) -> String {
        guard isReliable, !decimal.isNaN, let parts = Parts(decimal) else { return decimal.description }
        return text(parts)
    }

    /// Whether ``Parts`` reads this platform's `Decimal` right: checked once against `description`.
    static let isReliable: Bool = {
        let probes = ["-12.345", "0.5", "18446744073709551616", "340282366920938463463374607431768211455", "7e3"]
        return probes.allSatisfy { probe in
            guard let decimal = Decimal(string: probe), let parts = Parts(decimal) else { return false }
            return text(parts) == decimal.description
        }
    }()

    /// A `Decimal`'s sign, exponent and mantissa (as two 64-bit halves).
    struct Parts {
        var negative: Bool
        var exponent: Int
        var low: UInt64
        var high: UInt64

        /// The parts, or `nil` for zero, NaN or a mantissa this reader does not expect.
        init?(_ decimal: Decimal) {
            #if canImport(Darwin)
            let length = Int(decimal._length)
            let words = decimal._mantissa
            negative = decimal._isNegative != 0
            exponent = Int(decimal._exponent)
            #else
            // swift-foundation keeps these fields internal; its own Android shim reads them through this
            // layout. `isReliable` checks it before any result is used.
            guard MemoryLayout<Decimal>.size == MemoryLayout<Storage>.size else { return nil }
            let storage = unsafeBitCast(decimal, to: Storage.self)
            let length = Int(storage.lengthFlagsAndReserved >> 4)
            let words = storage.mantissa
            negative = (storage.lengthFlagsAndReserved >> 3) & 1 != 0
            exponent = Int(storage.exponent)
            #endif
            guard (1...8).contains(length) else { return nil }
            var low = UInt64(words.0)
            low |= UInt64(words.1) << 16
            low |= UInt64(words.2) << 32
            low |= UInt64(words.3) << 48
            var high = UInt64(words.4)
            high |= UInt64(words.5) << 16
            high |= UInt64(words.6) << 32
            high |= UInt64(words.7) << 48
            if length <= 4 {
                high = 0
                if length < 4 { low &= (1 << (16 * UInt64(length))) - 1 }
            } else if length < 8 {
                high &= (1 << (16 * UInt64(length - 4))) - 1
            }
            guard high != 0 || low != 0 else { return nil }
            self.low = low
            self.high = high
        }
    }

    /// swift-foundation's `Decimal` storage on Linux.
    private struct Storage {
        var exponent: Int8
        var lengthFlagsAndReserved: UInt8
        var reserved: UInt16
        var mantissa: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16)
    }

    private static func text(_ parts: Parts) -> String {
        var (low, high) = (parts.low, parts.high)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { digits in
            // Digits are written backwards from the end of `digits`.
            var start = 40
            while high != 0 {
                let (quotientHigh, remainderHigh) = high.quotientAndRemainder(dividingBy: chunk)
                let quotientLow: UInt64
                var remainder: UInt64
                (quotientLow, remainder) = chunk.dividingFullWidth((high: remainderHigh, low: low))
                defer { (high, low) = (quotientHigh, quotientLow) }
                for _ in 0..<19 {
                    start -= 1
                    digits[start] = UInt8(ascii: "0") + UInt8(remainder % 10)
                    remainder /= 10
                }
            }
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(low % 10)
                low /= 10
            } while low != 0
            return compose(
                UnsafeBufferPointer(rebasing: digits[start...]), exponent: parts.exponent, negative: parts.negative)
        }
    }

    /// `-`, the digits and the decimal point or trailing zeros the exponent asks for.
    private static func compose(_ digits: UnsafeBufferPointer<UInt8>, exponent: Int, negative: Bool) -> String {
        let count = digits.count
        let scale = -exponent
        let size =
            (negative ? 1 : 0) + (exponent >= 0 ? count + exponent : scale < count ? count + 1 : 2 + scale)
        return String(unsafeUninitializedCapacity: size) { buffer in
            var index = 0
            func put(_ byte: UInt8) {
                buffer[index] = byte
                index += 1
            }
            if negative { put(UInt8(ascii: "-")) }
            if exponent >= 0 {
                for digit in digits { put(digit) }
                for _ in 0..<exponent { put(UInt8(ascii: "0")) }
            } else if scale < count {
                for digit in digits[..<(count - scale)] { put(digit) }
                put(UInt8(ascii: "."))
                for digit in digits[(count - scale)...] { put(digit) }
            } else {
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "."))
                for _ in 0..<(scale - count) { put(UInt8(ascii: "0")) }
                for digit in digits { put(digit) }
            }
            return index
        }
    }
}
