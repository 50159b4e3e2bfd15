import Glibc

/// How reports write times, counts and widths.
enum ReportFormat {
    /// `2026-11-23T14:28:56.123Z`: RFC 3339 in UTC with milliseconds.
    static func timestamp(_ milliseconds: Int64) -> String {
        var seconds = time_t(floorDivide(milliseconds, 1000))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let fraction = milliseconds - floorDivide(milliseconds, 1000) * 1000
        return pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-"
            + pad(Int(parts.tm_mday), 2) + "T" + pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2) + ":"
            + pad(Int(parts.tm_sec), 2) + "." + pad(Int(fraction), 3) + "Z"
    }

    /// `14:28:56` for a bucket under a minute wide, `11-23 14:28` under a day, `2026-11-23` otherwise.
    static func bucketLabel(_ milliseconds: Int64, widthSeconds: Int64) -> String {
        let text = timestamp(milliseconds)
        let date = text.prefix(10)
        let clock = text.dropFirst(11).prefix(8)
        if widthSeconds < 60 { return String(clock) }
        if widthSeconds < 86_400 { return String(date.dropFirst(5)) + " " + String(clock.prefix(5)) }
        return String(date)
    }

    /// `1s`, `5m`, `3h`, `7d`.
    static func duration(seconds: Int64) -> String {
        if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }

    /// `20` for a whole number, else one decimal: `20.5`.
    static func count(_ value: Double) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
        let tenths = (value * 10).rounded() / 10
        return String(tenths)
    }

    /// `text` padded with spaces to `width` characters (left-aligned), or right-aligned.
    static func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = max(0, width - text.count)
        return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let remainder = ((value % divisor) + divisor) % divisor
        return (value - remainder) / divisor
    }
}
