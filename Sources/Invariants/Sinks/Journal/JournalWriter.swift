import Foundation

/// The state behind a ``JournalSink``'s lock: the open active file, its size, and when it was last synced.
struct JournalWriter {
    let paths: JournalPaths
    let rotation: JournalRotation
    let durability: JournalDurability
    var file: JournalFile?
    var size = 0
    var unsynced = false
    private var lastSync = ContinuousClock.now
    private(set) var recovery = JournalRecovery()
    private var closed = false
    /// The inodes of the files remote sinks are still shipping from: rotation keeps them, and every newer
    /// file, past ``JournalRotation/maxFiles`` (see ``JournalShipper``).
    var held: @Sendable () -> Set<UInt64> = { [] }

    init(paths: JournalPaths, rotation: JournalRotation, durability: JournalDurability) {
        self.paths = paths
        self.rotation = rotation
        self.durability = durability
    }

    /// Opens the active file if it is not open, creating its directory and recovering a torn last line.
    mutating func open() throws {
        guard !closed else { throw closedError }
        guard file == nil else { return }
        try JournalSystem.createDirectory(paths.directory)
        let opened = try JournalFile.openForAppending(paths.active)
        do {
            let existing = Int(try opened.status().st_size)
            let found = try JournalRecovery.recover(opened, size: existing, paths: paths)
            if found.tornBytes > 0 {
                recovery.tornBytes += found.tornBytes
                recovery.tornFile = found.tornFile
            }
            if durability != .none { try JournalSystem.syncDirectory(paths.directory) }
            size = existing - found.tornBytes
        } catch {
            opened.close()
            throw error
        }
        file = opened
        unsynced = false
        lastSync = .now
    }

    /// Appends the batch, one line per record, in as few writes as rotation and durability allow.
    mutating func append(_ batch: [ViolationRecord]) throws {
        guard !batch.isEmpty else { return }
        try open()
        var writer = JSONLineWriter(capacity: batch.count * 1024)
        var ends: [Int] = []
        ends.reserveCapacity(batch.count)
        for record in batch {
            do {
                try record.writeJSONLine(to: &writer)
            } catch {
                throw JournalError(operation: "encode a record for", path: paths.active, reason: error.description)
            }
            writer.newline()
            ends.append(writer.bytes.count)
        }
        try writer.bytes.withUnsafeBytes { all in
            var start = 0
            var next = 0
            while next < ends.count {
                let limit = durability == .everyRecord ? next + 1 : ends.count
                var last = next
                while last < limit, size + ends[last] - start <= rotation.maxBytes { last += 1 }
                if last == next {
                    if size > 0 {
                        try rotate()
                        continue
                    }
                    last = next + 1  // one record larger than maxBytes: a file of its own
                }
                try write(UnsafeRawBufferPointer(rebasing: all[start..<ends[last - 1]]))
                start = ends[last - 1]
                next = last
                if durability == .everyRecord { try sync() }
            }
        }
        switch durability {
        case .batch: try sync()
        case .interval(let interval): if lastSync.duration(to: .now) >= interval { try sync() }
        case .none, .everyRecord: break
        }
    }

    /// Syncs what was written since the last sync.
    mutating func flush() throws {
        if unsynced { try sync() }
    }

    /// Syncs and closes; later appends throw.
    mutating func close() throws {
        defer {
            file?.close()
            file = nil
            closed = true
        }
        try flush()
    }

    /// Writes at the end of the active file; on failure, cuts the file back so no partial line stays.
    private mutating func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let file else { throw closedError }
        do {
            try file.write(bytes)
        } catch {
            try? file.truncate(to: size)
            throw error
        }
        size += bytes.count
        unsynced = true
    }

    private mutating func sync() throws {
        guard let file else { return }
        try file.sync()
        unsynced = false
        lastSync = .now
    }

    private var closedError: JournalError {
        JournalError(operation: "write to", path: paths.active, reason: "the journal is closed")
    }
}
