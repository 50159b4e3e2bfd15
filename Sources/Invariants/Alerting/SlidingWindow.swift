import Foundation

/// Weighted events in time order, pruned from the front: the memory of a count, a rate or a check
/// counter.
///
/// Events closer than `resolution` to an existing entry are added to it, so a window holds at most about
/// `2 × span ÷ resolution` entries however many events arrive; an event may therefore expire up to
/// `resolution` early.
struct SlidingWindow {
    private var times: [Date] = []
    private var weights: [Double] = []
    private(set) var total: Double = 0
    let resolution: TimeInterval

    init(resolution: TimeInterval) {
        self.resolution = resolution
    }

    var isEmpty: Bool { times.isEmpty }

    /// The time of the oldest entry.
    var oldest: Date? { times.first }

    /// Adds `weight` at `time`.
    mutating func add(_ weight: Double, at time: Date) {
        let index = firstIndex(after: time)
        if index > 0, time.timeIntervalSince(times[index - 1]) < resolution {
            weights[index - 1] += weight
        } else {
            times.insert(time, at: index)
            weights.insert(weight, at: index)
        }
        total += weight
    }

    /// Drops every entry at or before `cutoff`.
    mutating func prune(through cutoff: Date) {
        let count = firstIndex(after: cutoff)
        guard count > 0 else { return }
        times.removeFirst(count)
        weights.removeFirst(count)
        total = weights.reduce(0, +)
    }

    /// The weight of the entries after `cutoff`.
    func sum(after cutoff: Date) -> Double {
        weights[firstIndex(after: cutoff)...].reduce(0, +)
    }

    /// The index of the first entry later than `time`.
    private func firstIndex(after time: Date) -> Int {
        var low = 0
        var high = times.count
        while low < high {
            let middle = (low + high) / 2
            if times[middle] <= time { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
