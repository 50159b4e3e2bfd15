import Glibc

/// Reads a file line by line in large chunks with `read(2)`, without loading it whole and without
/// allocating per line: each line is lent to the body as raw bytes, without its newline.
enum JournalLines {
    /// The longest line a reader loads by default: 8 MiB (a record is at most a few snapshots of 16 KiB).
    static let defaultMaxLineBytes = 8 << 20

    /// Why a line longer than `maxLineBytes` was not read, for a corrupt entry.
    static func tooLongReason(maxLineBytes: Int, stoppedReading: Bool) -> String {
        var reason = "line longer than \(maxLineBytes) bytes (the readers' limit; raise it with --max-line-bytes)"
        if stoppedReading {
            reason += "; no newline in the next \(maxLineBytes &* 16) bytes, so the rest of the file was not read"
        }
        return reason
    }

    /// Calls `body` with each line's bytes, its 1-based number and whether it ended with a newline (only
    /// a last line can lack one).
    ///
    /// A line longer than `maxLineBytes` is not loaded: the reading skips to its newline and `tooLong` gets
    /// its number instead, so memory stays bounded by `maxLineBytes` on any input (`/dev/zero`, or a crash
    /// that left a zero-filled tail, is one long line up to the end of the file). A file that is not a regular
    /// file (a device such as `/dev/zero`, a pipe) may never end: when 16 × `maxLineBytes` more bytes pass
    /// there without a newline, the reading stops and `tooLong` says so (`stoppedReading`).
    ///
    /// With a byte range, only the lines that start inside it are read (a line starts after a newline, or at
    /// 0), the last of them up to its newline even past `range.upperBound`; line numbers then count from the
    /// first line read, as 1. Adjacent ranges thus read every line exactly once.
    static func forEach(
        inFileAt path: String,
        range: Range<Int>? = nil,
        chunkSize: Int = 1 << 20,
        maxLineBytes: Int = defaultMaxLineBytes,
        tooLong: (_ line: Int, _ stoppedReading: Bool) throws -> Void,
        _ body: (UnsafeRawBufferPointer, _ line: Int, _ terminated: Bool) throws -> Void
    ) throws {
        let descriptor = try JournalSystem.retrying("open", path) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { _ = close(descriptor) }
        var status = stat()
        let isRegular = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        let skipLimit = isRegular ? Int.max : maxLineBytes &* 16
        var fileOffset = 0  // the file position of `buffer`'s first byte
        var skippingToNewline = false
        if let range, range.lowerBound > 0 {
            // Starts inside the file: the line under way belongs to the range before, unless it starts exactly here.
            var previous: UInt8 = 0
            let count = try JournalSystem.retrying("read", path) {
                pread(descriptor, &previous, 1, off_t(range.lowerBound - 1))
            }
            skippingToNewline = count == 1 && previous != 0x0A
            fileOffset = range.lowerBound
        }
        let limit = range?.upperBound ?? Int.max
        var capacity = max(min(chunkSize, maxLineBytes + 1), 16)
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        var start = 0  // the first byte of the current line
        var end = 0  // the end of the bytes read
        var line = 0
        var longLine: Int?  // the number of the too-long line being skipped
        var skipped = 0
        while true {
            if end == capacity {
                if start > 0 {
                    memmove(buffer, buffer + start, end - start)
                    end -= start
                    fileOffset += start
                    start = 0
                } else if capacity > maxLineBytes {
                    // One line longer than the limit: drop its bytes up to its newline.
                    if !skippingToNewline {
                        if fileOffset + start >= limit { return }
                        line += 1
                        longLine = line
                        skippingToNewline = true
                        skipped = 0
                    }
                    skipped += end
                    fileOffset += end
                    end = 0
                    if skipped > skipLimit {
                        if let longLine { try tooLong(longLine, true) }
                        return
                    }
                } else {
                    // One line longer than the buffer: grow it (up to the limit).
                    let grown = min(capacity * 2, maxLineBytes + 1)
                    let larger = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 1)
                    larger.copyMemory(from: buffer, byteCount: end)
                    buffer.deallocate()
                    buffer = larger
                    capacity = grown
                }
            }
            if fileOffset + start >= limit && !skippingToNewline { return }
            let position = off_t(fileOffset + end)
            let count = try JournalSystem.retrying("read", path) {
                pread(descriptor, buffer + end, capacity - end, position)
            }
            if count == 0 { break }
            var scan = end
            end += count
            while let newline = memchr(buffer + scan, 0x0A, end - scan) {
                let index = buffer.distance(to: newline)
                if skippingToNewline {
                    skippingToNewline = false
                    if let skippedLine = longLine {
                        longLine = nil
                        try tooLong(skippedLine, false)
                    }
                } else {
                    if fileOffset + start >= limit { return }
                    line += 1
                    try body(UnsafeRawBufferPointer(start: buffer + start, count: index - start), line, true)
                }
                start = index + 1
                scan = start
            }
            if start == end {
                fileOffset += end
                start = 0
                end = 0
            }
        }
        if let longLine { try tooLong(longLine, false) }
        if end > start && !skippingToNewline && fileOffset + start < limit {
            try body(UnsafeRawBufferPointer(start: buffer + start, count: end - start), line + 1, false)
        }
    }

    /// The number of the line before the first line that starts at or after `offset`: the newlines before
    /// `offset`, plus one when `offset` falls inside a line (that line is not the first one started at or after it).
    static func lines(before offset: Int, inFileAt path: String) throws -> Int {
        let descriptor = try JournalSystem.retrying("open", path) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { _ = close(descriptor) }
        let capacity = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        var count = 0
        var position = 0
        var last: UInt8 = 0x0A
        while position < offset {
            let wanted = min(capacity, offset - position)
            let start = position
            let read = try JournalSystem.retrying("read", path) { pread(descriptor, buffer, wanted, off_t(start)) }
            if read == 0 { break }
            var scan = buffer
            let end = buffer + read
            while let newline = memchr(scan, 0x0A, end - scan) {
                count += 1
                scan = UnsafeMutableRawPointer(newline) + 1
            }
            last = buffer.load(fromByteOffset: read - 1, as: UInt8.self)
            position += read
        }
        return count + (last == 0x0A ? 0 : 1)
    }
}
