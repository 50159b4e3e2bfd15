/// Replaces the byte ranges that the text scanners found with ``Redaction/placeholder``.
enum SecretRanges {
    private static let placeholder = Array(Redaction.placeholder.utf8)

    /// `bytes` as text with every range (they may overlap or touch, in any order) replaced by one
    /// placeholder, or `nil` when `ranges` is empty.
    static func replacing(_ ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !ranges.isEmpty else { return nil }
        let sorted = ranges.count == 1 ? ranges : ranges.sorted { $0.lowerBound < $1.lowerBound }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copiedUpTo = 0
        var current = sorted[0]
        for range in sorted.dropFirst() {
            if range.lowerBound <= current.upperBound {
                current = current.lowerBound..<max(current.upperBound, range.upperBound)
                continue
            }
            output.append(contentsOf: bytes[copiedUpTo..<current.lowerBound])
            output.append(contentsOf: placeholder)
            copiedUpTo = current.upperBound
            current = range
        }
        output.append(contentsOf: bytes[copiedUpTo..<current.lowerBound])
        output.append(contentsOf: placeholder)
        output.append(contentsOf: bytes[current.upperBound...])
        return String(decoding: output, as: UTF8.self)
    }
}
