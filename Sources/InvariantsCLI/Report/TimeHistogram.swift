/// Counts of records over time in bounded memory: per second while the distinct seconds are few, coarsened to
/// minutes, hours, then days as they grow; ``buckets(maximumCount:)`` then picks a readable width from the span.
///
/// ```swift
/// var histogram = TimeHistogram()
/// histogram.add(milliseconds: 1_795_444_136_123, adjusted: 20)
/// let (width, buckets) = histogram.buckets(maximumCount: 60)
/// ```
struct TimeHistogram {
    /// One bucket: its start in milliseconds since 1970, the records in it and their adjusted count.
    struct Bucket: Equatable {
        var start: Int64
        var count: Int
        var adjustedCount: Double
    }

    /// Readable bucket widths, in seconds.
    static let widths: [Int64] = [
        1, 5, 10, 30, 60, 300, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86_400, 7 * 86_400, 30 * 86_400,
    ]
    /// The resolutions counts are kept at, in seconds, finest first.
    private static let resolutions: [Int64] = [1, 60, 3600, 86_400]
    /// How many distinct slots are kept before coarsening.
    private let slotLimit: Int

    private var resolutionIndex = 0
    private var slots: [Int64: (count: Int, adjusted: Double)] = [:]

    init(slotLimit: Int = 20_000) {
        self.slotLimit = slotLimit
    }

    /// The resolution counts are currently kept at, in seconds.
    var resolution: Int64 { Self.resolutions[resolutionIndex] }

    mutating func add(milliseconds: Int64, adjusted: Double) {
        let slot = Self.floor(milliseconds, toMultipleOf: resolution * 1000)
        slots[slot, default: (0, 0)].count += 1
        slots[slot, default: (0, 0)].adjusted += adjusted
        if slots.count > slotLimit && resolutionIndex + 1 < Self.resolutions.count { coarsen() }
    }

    /// Buckets of the smallest readable width (not finer than the kept resolution) that gives at most
    /// `maximumCount` buckets from the first record to the last, empty buckets included.
    func buckets(maximumCount: Int) -> (widthSeconds: Int64, buckets: [Bucket]) {
        guard let first = slots.keys.min(), let last = slots.keys.max() else { return (1, []) }
        let spanSeconds = (last - first) / 1000 + 1
        let width =
            Self.widths.first { $0 >= resolution && $0 % resolution == 0 && (spanSeconds + $0 - 1) / $0 < maximumCount }
            ?? Self.widths.last!
        let start = Self.floor(first, toMultipleOf: width * 1000)
        let count = Int((last - start) / (width * 1000)) + 1
        var buckets = (0..<count).map { Bucket(start: start + Int64($0) * width * 1000, count: 0, adjustedCount: 0) }
        for (slot, value) in slots {
            let index = Int((slot - start) / (width * 1000))
            buckets[index].count += value.count
            buckets[index].adjustedCount += value.adjusted
        }
        return (width, buckets)
    }

    /// Adds another histogram's counts, at the coarser of the two resolutions.
    mutating func merge(_ other: TimeHistogram) {
        while resolutionIndex < other.resolutionIndex { coarsen() }
        let step = resolution * 1000
        for (slot, value) in other.slots {
            let key = Self.floor(slot, toMultipleOf: step)
            slots[key, default: (0, 0)].count += value.count
            slots[key, default: (0, 0)].adjusted += value.adjusted
        }
        if slots.count > slotLimit && resolutionIndex + 1 < Self.resolutions.count { coarsen() }
    }

    private mutating func coarsen() {
        resolutionIndex += 1
        let step = resolution * 1000
        var coarser: [Int64: (count: Int, adjusted: Double)] = [:]
        for (slot, value) in slots {
            let key = Self.floor(slot, toMultipleOf: step)
            coarser[key, default: (0, 0)].count += value.count
            coarser[key, default: (0, 0)].adjusted += value.adjusted
        }
        slots = coarser
    }

    static func floor(_ value: Int64, toMultipleOf step: Int64) -> Int64 {
        let remainder = ((value % step) + step) % step
        return value - remainder
    }
}
