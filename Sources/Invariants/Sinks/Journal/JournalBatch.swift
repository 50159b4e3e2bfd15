/// A batch of records read from a journal from a ``JournalCursor`` on, across rotated files, oldest first.
struct JournalBatch {
    /// The records read, in order.
    var records: [ViolationRecord]
    /// Where the next batch starts: after the last complete line read.
    var next: JournalCursor?
    /// Complete lines that were not records (corrupt), passed over.
    var skipped: Int
    /// Whether the cursor's file was gone (rotated away, removed by hand), so reading started at the
    /// oldest file.
    var lostPosition = false

    /// Stops reading a file once a batch is full.
    private struct Full: Error {}

    /// The journal's files, oldest first: rotated ones (highest index first), then the active one. A
    /// rotation renames files, so call it (and open them) while rotation is paused.
    static func files(_ paths: JournalPaths) -> [(path: String, inode: UInt64, size: Int)] {
        listing(paths)
    }

    private static func listing(_ paths: JournalPaths) -> [(path: String, inode: UInt64, size: Int)] {
        var result: [(path: String, inode: UInt64, size: Int)] = []
        let names = (try? JournalSystem.names(inDirectory: paths.directory)) ?? []
        for index in names.compactMap({ paths.rotationIndex(ofFileNamed: $0) }).sorted(by: >) {
            let path = paths.rotated(index)
            if let identity = JournalSystem.identity(path) { result.append((path, identity.inode, identity.size)) }
        }
        if let identity = JournalSystem.identity(paths.active) {
            result.append((paths.active, identity.inode, identity.size))
        }
        return result
    }

    /// The longest line the shipper loads (64 MiB: far above any record the journal writes).
    static let maxLineBytes = 64 << 20

    /// Reads at most `limit` records from `position` on (from the oldest file when `position` is `nil` or
    /// its file is gone), moving on to newer files as each is read to its end.
    static func read(paths: JournalPaths, from position: JournalCursor?, limit: Int) throws -> JournalBatch {
        let files = files(paths)
        var batch = JournalBatch(records: [], next: position, skipped: 0)
        guard !files.isEmpty else { return batch }
        let found = files.firstIndex { $0.inode == position?.inode }
        batch.lostPosition = position != nil && found == nil
        var index = found ?? 0
        var offset = found == nil ? 0 : position?.offset ?? 0
        while true {
            let file = files[index]
            var end = offset
            do {
                // The shipper must know where each line ends to save its cursor, so a line too long to load stops it
                // loudly (the journal's own writer never writes one: its snapshots are bounded).
                try JournalLines.forEach(
                    inFileAt: file.path, range: offset..<max(file.size, offset), maxLineBytes: Self.maxLineBytes
                ) { line, _ in
                    throw JournalError(
                        operation: "ship from", path: file.path,
                        reason: "line \(line) is longer than \(Self.maxLineBytes) bytes; move the file aside to go on")
                } _: { bytes, _, terminated in
                    guard terminated else { throw Full() }  // a line still being written
                    end += bytes.count + 1
                    if let record = try? ViolationRecord(jsonLineBytes: bytes) {
                        batch.records.append(record)
                    } else {
                        batch.skipped += 1
                    }
                    if batch.records.count + batch.skipped >= limit { throw Full() }
                }
            } catch is Full {}
            batch.next = JournalCursor(inode: file.inode, offset: end)
            let atEnd = end >= file.size
            guard atEnd, index + 1 < files.count, batch.records.count + batch.skipped < limit else { return batch }
            index += 1
            offset = 0
            batch.next = JournalCursor(inode: files[index].inode, offset: 0)
        }
    }

    /// Counts the complete lines from `position` up to `mark` (both `nil`: none).
    static func count(paths: JournalPaths, from position: JournalCursor?, to mark: JournalCursor?) throws -> Int {
        guard let position, let mark else { return 0 }
        let files = files(paths)
        guard let first = files.firstIndex(where: { $0.inode == position.inode }) else { return 0 }
        var count = 0
        for index in first..<files.count {
            let file = files[index]
            let start = index == first ? position.offset : 0
            let end = file.inode == mark.inode ? mark.offset : file.size
            if end > start {
                try JournalLines.forEach(inFileAt: file.path, range: start..<end, maxLineBytes: Self.maxLineBytes) {
                    _, _ in
                    count += 1
                } _: { _, _, terminated in
                    if terminated { count += 1 }
                }
            }
            if file.inode == mark.inode { break }
        }
        return count
    }
}
