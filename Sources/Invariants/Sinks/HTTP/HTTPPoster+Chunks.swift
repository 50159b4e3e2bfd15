import Foundation

extension HTTPPoster {
    /// POSTs `records` in order, `size` per request, each body made by `body`; stops at the first chunk
    /// that cannot be delivered before `deadline` and throws its error.
    func post(
        _ records: [ViolationRecord],
        inChunksOf size: Int,
        until deadline: ContinuousClock.Instant,
        body: ([ViolationRecord]) throws -> Data
    ) throws {
        for start in stride(from: 0, to: records.count, by: size) {
            try post(try body(Array(records[start..<min(start + size, records.count)])), until: deadline)
        }
    }
}
