/// When a ``JournalSink`` starts a new file, and how many old ones it keeps.
///
/// When appending a record would take the active file past ``maxBytes``, the sink renames
/// `violations.jsonl` to `violations.1.jsonl` (shifting `.1` to `.2` and so on), deletes the files past
/// ``maxFiles`` and starts an empty `violations.jsonl`. A single record larger than ``maxBytes`` gets a
/// file of its own; records are never split.
///
/// ```swift
/// let rotation = JournalRotation(maxBytes: 8 << 20, maxFiles: 3)   // 8 MiB files, 3 rotated files kept
/// let sink: JournalSink = .journal(at: url, rotation: rotation)
/// ```
public struct JournalRotation: Sendable, Hashable, CustomStringConvertible {
    /// The size in bytes the active file does not grow past (unless one record alone is larger).
    ///
    /// ```swift
    /// JournalRotation.default.maxBytes   // 67_108_864
    /// ```
    public var maxBytes: Int
    /// How many rotated files are kept besides the active one; the oldest beyond it are deleted.
    ///
    /// ```swift
    /// JournalRotation.default.maxFiles   // 5
    /// ```
    public var maxFiles: Int

    /// Creates a rotation policy; `maxBytes` is at least 1 and `maxFiles` at least 0.
    ///
    /// ```swift
    /// JournalRotation(maxBytes: 1 << 20, maxFiles: 10)
    /// ```
    public init(maxBytes: Int, maxFiles: Int) {
        self.maxBytes = max(maxBytes, 1)
        self.maxFiles = max(maxFiles, 0)
    }

    /// 64 MiB files, 5 rotated files kept: at most 384 MiB on disk.
    ///
    /// ```swift
    /// JournalRotation.default.maxBytes   // 67_108_864
    /// ```
    public static let `default` = JournalRotation(maxBytes: 64 << 20, maxFiles: 5)

    /// `"maxBytes 67108864, maxFiles 5"`.
    ///
    /// ```swift
    /// JournalRotation(maxBytes: 100, maxFiles: 2).description   // "maxBytes 100, maxFiles 2"
    /// ```
    public var description: String { "maxBytes \(maxBytes), maxFiles \(maxFiles)" }
}
