public import Foundation

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
