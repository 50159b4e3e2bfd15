import Glibc

/// Reads a file line by line in large chunks with `read(2)`, without loading it whole and without
/// allocating per line: each line is lent to the body as raw bytes, without its newline.
enum JournalLines {
    /// Calls `body` with each line's bytes, its 1-based number and whether it ended with a newline (only
    /// a last line can lack one).
    static func forEach(
        inFileAt path: String,
        chunkSize: Int = 1 << 20,
        _ body: (UnsafeRawBufferPointer, _ line: Int, _ terminated: Bool) throws -> Void
    ) throws {
        let descriptor = try JournalSystem.retrying("open", path) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { _ = close(descriptor) }
        var capacity = max(chunkSize, 16)
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        var start = 0  // the first byte of the current line
        var end = 0  // the end of the bytes read
        var line = 0
        while true {
            if end == capacity {
                if start > 0 {
                    memmove(buffer, buffer + start, end - start)
                    end -= start
                    start = 0
                } else {
                    // One line longer than the buffer: grow it.
                    let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 1)
                    larger.copyMemory(from: buffer, byteCount: end)
                    buffer.deallocate()
                    buffer = larger
                    capacity *= 2
                }
            }
            let count = try JournalSystem.retrying("read", path) { read(descriptor, buffer + end, capacity - end) }
            if count == 0 { break }
            var scan = end
            end += count
            while let newline = memchr(buffer + scan, 0x0A, end - scan) {
                let index = buffer.distance(to: newline)
                line += 1
                try body(UnsafeRawBufferPointer(start: buffer + start, count: index - start), line, true)
                start = index + 1
                scan = start
            }
            if start == end {
                start = 0
                end = 0
            }
        }
        if end > start {
            try body(UnsafeRawBufferPointer(start: buffer + start, count: end - start), line + 1, false)
        }
    }
}
