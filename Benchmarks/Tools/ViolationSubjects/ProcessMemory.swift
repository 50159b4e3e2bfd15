// Resident memory of this process, read from /proc/self/status (Linux).

import Foundation

public enum ProcessMemory {
    /// `VmRSS` (resident now) in bytes, or 0 where /proc is not available.
    public static var resident: Int { field("VmRSS:") }

    /// `VmHWM` (the resident high-water mark since the process started) in bytes, or 0.
    public static var peakResident: Int { field("VmHWM:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let fields = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" })
            let kilobytes = fields.first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
