public import Foundation

extension Gen where Value == Date {
    /// Dates in `range` at millisecond precision, shrinking toward the lower bound; both bounds are drawn often.
    ///
    /// ```swift
    /// let due = Gen.date(in: Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 2_000_000_000))
    /// ```
    public static func date(in range: ClosedRange<Date>) -> Gen<Date> {
        let lower = Int128((range.lowerBound.timeIntervalSince1970 * 1_000).rounded(.up))
        let upper = Int128((range.upperBound.timeIntervalSince1970 * 1_000).rounded(.down))
        return Gen { context in
            let offset = try IntegerChoice.draw(0, upper - lower, in: context)
            return Date(timeIntervalSince1970: Double(lower + offset) / 1_000)
        }
    }

    /// Dates from 1970-01-01 to 2100-01-01 (UTC).
    ///
    /// ```swift
    /// Property(over: .date).check { $0.timeIntervalSince1970 >= 0 }
    /// ```
    public static var date: Gen<Date> {
        date(in: Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 4_102_444_800))
    }
}

extension Gen where Value == UUID {
    /// Version-4 UUIDs, shrinking toward `00000000-0000-4000-8000-000000000000`.
    ///
    /// ```swift
    /// let id = Gen.uuid
    /// ```
    public static var uuid: Gen<UUID> {
        Gen { context in
            let high = try context.choose(upTo: .max) { context.random(upTo: .max) }
            let low = try context.choose(upTo: .max) { context.random(upTo: .max) }
            var bytes = [UInt8](repeating: 0, count: 16)
            for index in 0..<8 {
                bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * UInt64(index)))
                bytes[index + 8] = UInt8(truncatingIfNeeded: low >> (56 - 8 * UInt64(index)))
            }
            bytes[6] = (bytes[6] & 0x0F) | 0x40
            bytes[8] = (bytes[8] & 0x3F) | 0x80
            return UUID(
                uuid: (
                    bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                    bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
                )
            )
        }
    }
}
