import Foundation

/// A coarse fingerprint of a value: the signs of its numbers, whether its strings and collections are empty,
/// whether its optionals are `nil`, its enum cases and its `Bool`s. Two outputs with different shapes took
/// different paths through the function (free shipping or not, a discount tier, an error case), so the input
/// between them holds a boundary worth searching for (see ``PropertyLabels/observe(_:)``).
enum OutputShape {
    static func of(_ value: Any) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        visit(value, depth: 0, into: &hash)
        return hash
    }

    private static func mix(_ token: UInt64, into hash: inout UInt64) {
        hash = (hash ^ token) &* 0x100_0000_01B3
    }

    private static func mix(_ text: String, into hash: inout UInt64) {
        for byte in text.utf8 { mix(UInt64(byte), into: &hash) }
        mix(0xFF, into: &hash)
    }

    private static func sign(_ isNegative: Bool, _ isZero: Bool) -> UInt64 {
        isZero ? 1 : isNegative ? 2 : 3
    }

    private static func integerSign<T: BinaryInteger>(_ number: T) -> UInt64 {
        sign(number < 0, number == 0)
    }

    private static func floatingSign<T: BinaryFloatingPoint>(_ number: T) -> UInt64 {
        number.isNaN ? 6 : sign(number < 0, number == 0)
    }

    private static func visit(_ value: Any, depth: Int, into hash: inout UInt64) {
        switch value {
        case let flag as Bool:
            mix(flag ? 5 : 4, into: &hash)
            return
        case let number as Decimal:
            mix(sign(number < 0, number.isZero), into: &hash)
            return
        case let number as any BinaryInteger:
            mix(integerSign(number), into: &hash)
            return
        case let number as any BinaryFloatingPoint:
            mix(floatingSign(number), into: &hash)
            return
        case let text as String:
            mix(text.isEmpty ? 7 : 8, into: &hash)
            return
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first else { return mix(9, into: &hash) }
            visit(wrapped.value, depth: depth, into: &hash)
        case .collection, .set, .dictionary:
            mix(mirror.children.isEmpty ? 10 : 11, into: &hash)
        case .enum:
            guard let payload = mirror.children.first else { return mix(String(describing: value), into: &hash) }
            mix(payload.label ?? "", into: &hash)
            if depth < 4 { visit(payload.value, depth: depth + 1, into: &hash) }
        default:
            guard depth < 4 else { return }
            for child in mirror.children.prefix(32) {
                mix(12, into: &hash)
                visit(child.value, depth: depth + 1, into: &hash)
            }
        }
    }
}
