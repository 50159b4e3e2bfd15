public import Foundation
import Synchronization

/// Appends violation records to a file, one JSON object per line (JSON Lines), durably and safely.
///
/// - Each record is one self-contained line of sorted-key JSON; a batch is written with as few
///   `write(2)` calls as possible to a file opened with `O_APPEND`.
/// - The file and its rotated siblings are `0600`; a missing directory is created `0700`.
/// - When appending would take the file past ``JournalRotation/maxBytes``, it is rotated to
///   `violations.1.jsonl` and a new one started; at most ``JournalRotation/maxFiles`` old files are kept.
/// - On open, bytes after the last newline (a line torn by a crash) are moved to
///   `violations.jsonl.torn-<unix-ms>` and the file is cut back to its last complete line, so every
///   complete line written before a crash stays readable and nothing is deleted.
/// - ``JournalDurability`` says when it syncs to disk.
///
/// ``init(opening:rotation:durability:)`` (or `try .journal(opening:)`) throws a ``JournalError`` naming the
/// path and the system's reason when the file cannot be opened: the way to fail at startup. The
/// non-throwing ``init(at:rotation:durability:)`` tries too; if that fails, ``open()`` and every
/// ``record(_:)`` try again and throw, and a monitor given such a sink says so once on stderr and in
/// ``SinkHealth/lastError`` when it is built, and ``InvariantMonitor/shutdown(deadline:)`` returns `false`.
///
/// ```swift
/// let monitor = InvariantMonitor(sinks: [.journal(at: URL(filePath: "invariants/violations.jsonl"))])
/// // later, anywhere:
/// let records = try JournalReader(journalAt: URL(filePath: "invariants/violations.jsonl")).records()
/// ```
public final class JournalSink: ViolationSink {
    /// The active file, such as `invariants/violations.jsonl`.
    ///
    /// ```swift
    /// sink.url.lastPathComponent   // "violations.jsonl"
    /// ```
    public let url: URL
    /// When the sink starts a new file.
    ///
    /// ```swift
    /// sink.rotation.maxBytes   // 67_108_864
    /// ```
    public let rotation: JournalRotation
    /// When the sink syncs to disk.
    ///
    /// ```swift
    /// sink.durability   // .batch
    /// ```
    public let durability: JournalDurability

    private let writer: Mutex<JournalWriter>
    /// The files remote sinks still ship from, which rotation keeps (see ``JournalShipper``).
    let holds = JournalHolds()

    /// Creates the sink and opens (or creates) the file, recovering a torn last line.
    ///
    /// ```swift
    /// let sink = JournalSink(at: URL(filePath: "/var/lib/svc/violations.jsonl"), durability: .everyRecord)
    /// sink.recoveredTornBytes   // 0 unless the last run crashed mid-line
    /// ```
    public init(at url: URL, rotation: JournalRotation = .default, durability: JournalDurability = .batch) {
        self.url = url
        self.rotation = rotation
        self.durability = durability
        var writer = JournalWriter(paths: JournalPaths(url), rotation: rotation, durability: durability)
        writer.held = { [holds] in holds.inodes }
        try? writer.open()  // a failure is thrown again by `open()` and `record(_:)`
        self.writer = Mutex(writer)
    }

    /// Creates the sink and opens (or creates) the file, or throws why it cannot: a startup error.
    ///
    /// ```swift
    /// let monitor = InvariantMonitor(sinks: [try JournalSink(opening: URL(filePath: "/var/lib/svc/violations.jsonl"))])
    /// // JournalError: "journal: cannot open /var/lib/svc/violations.jsonl: Permission denied (errno 13)"
    /// ```
    public convenience init(
        opening url: URL,
        rotation: JournalRotation = .default,
        durability: JournalDurability = .batch
    ) throws(JournalError) {
        self.init(at: url, rotation: rotation, durability: durability)
        do {
            try open()
        } catch let error as JournalError {
            throw error
        } catch {
            throw JournalError(operation: "open", path: url.path, reason: String(describing: error))
        }
    }

    deinit {
        writer.withLock { try? $0.close() }
    }

    /// Opens the file now if it is not open yet, and throws why it cannot be.
    ///
    /// ```swift
    /// let sink: JournalSink = .journal(at: url)
    /// try sink.open()   // JournalError: "journal: cannot open …: Not a directory (errno 20)"
    /// ```
    public func open() throws {
        try writer.withLock { try $0.open() }
    }

    /// Appends the records, one line each, in order; syncs as ``durability`` says.
    ///
    /// ```swift
    /// try sink.record([record])
    /// ```
    public func record(_ batch: [ViolationRecord]) throws {
        try writer.withLock { try $0.append(batch) }
    }

    /// Syncs to disk whatever was written since the last sync, whatever the durability.
    ///
    /// ```swift
    /// try sink.flush()
    /// ```
    public func flush() throws {
        try writer.withLock { try $0.flush() }
    }

    /// Syncs and closes the file; later records throw.
    ///
    /// ```swift
    /// try sink.close()
    /// ```
    public func close() throws {
        try writer.withLock { try $0.close() }
    }

    /// Runs `body` while no record is written and no file rotated: what a ``JournalShipper`` reads with,
    /// so the files it lists and opens by name are the ones it found.
    func withRotationPaused<Result: Sendable>(_ body: () throws -> Result) throws -> Result {
        try writer.withLock { _ in try body() }
    }

    /// How many bytes of a torn last line opening the file set aside (0 when it ended with a newline).
    ///
    /// ```swift
    /// if sink.recoveredTornBytes > 0 { print("recovered a torn line into \(sink.tornLineFile!.path)") }
    /// ```
    public var recoveredTornBytes: Int {
        writer.withLock { $0.recovery.tornBytes }
    }

    /// The `violations.jsonl.torn-<unix-ms>` file the torn last line was moved to, if there was one.
    ///
    /// ```swift
    /// sink.tornLineFile?.lastPathComponent   // "violations.jsonl.torn-1795444136123"
    /// ```
    public var tornLineFile: URL? {
        writer.withLock { $0.recovery.tornFile.map { URL(fileURLWithPath: $0) } }
    }
}

extension ViolationSink where Self == JournalSink {
    /// Appends records to a JSON Lines file at `url`, rotated by size, `0600`; see ``JournalSink``.
    ///
    /// ```swift
    /// let monitor = InvariantMonitor(sinks: [.journal(at: URL(filePath: "invariants/violations.jsonl")), .console])
    /// ```
    public static func journal(
        at url: URL,
        rotation: JournalRotation = .default,
        durability: JournalDurability = .batch
    ) -> JournalSink {
        JournalSink(at: url, rotation: rotation, durability: durability)
    }

    /// Like ``journal(at:rotation:durability:)``, but opens the file now and throws why it cannot (a
    /// ``JournalError`` naming the path and the reason), so a journal that cannot work stops the service
    /// at startup.
    ///
    /// ```swift
    /// let monitor = InvariantMonitor(sinks: [try .journal(opening: URL(filePath: "invariants/violations.jsonl"))])
    /// ```
    public static func journal(
        opening url: URL,
        rotation: JournalRotation = .default,
        durability: JournalDurability = .batch
    ) throws(JournalError) -> JournalSink {
        try JournalSink(opening: url, rotation: rotation, durability: durability)
    }
}
