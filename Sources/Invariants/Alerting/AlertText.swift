import Foundation

/// How alerts write durations, counts, rates and identifiers.
enum AlertText {
    /// `60s`, `1.5s`, `250ms`.
    static func duration(_ duration: Duration) -> String {
        let seconds = duration.timeInterval
        if seconds == seconds.rounded() { return "\(Int(seconds))s" }
        if seconds < 1 { return "\(Int((seconds * 1_000).rounded()))ms" }
        return String(format: "%.3g", seconds) + "s"
    }

    /// `12`, or `12.5` when the adjusted count is not whole.
    static func count(_ value: Double) -> String {
        let rounded = value.rounded()
        if abs(value - rounded) < 1e-6 { return String(Int(rounded)) }
        return String(format: "%.1f", value)
    }

    /// `2.5%`.
    static func percent(_ rate: Double) -> String {
        var text = String(format: "%.2f", rate * 100)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "%"
    }

    /// The first four characters and an ellipsis: `3f2a…`.
    static func short(_ identifier: String) -> String {
        identifier.count > 4 ? identifier.prefix(4) + "…" : identifier
    }
}
