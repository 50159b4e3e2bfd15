import Foundation
import Glibc

/// Follows one journal file as it grows, the way `tail -F` does: each ``poll()`` returns the lines completed
/// since the last one, holding a partial last line until its newline arrives. When the file shrinks, or the
/// last bytes it read are no longer there (truncated and rewritten between two polls), it starts again from the
/// top; when another file takes its path (the journal rotated), it finishes the old file, then opens the new one.
///
/// ```swift
/// var follower = try JournalFollower(path: "invariants/violations.jsonl", fromStart: false)
/// for line in try follower.poll() { print(line.number, line.bytes.count) }
/// ```
struct JournalFollower: ~Copyable {
    /// A complete line and its 1-based number in the file it was read from.
    struct Line {
        var bytes: Data
        var number: Int
    }

    /// The followed path.
    let path: String
    private var descriptor: Int32 = -1
    private var inode: ino_t = 0
    private var offset: off_t = 0
    private var pending: [UInt8] = []
    private var lineNumber = 0
    /// When following from the end starts inside a line, its rest is not a whole record: skip to its newline.
    private var skippingPartialLine = false
    /// The last bytes read (up to ``witnessSize``), ending at `offset`: if they change, the file was rewritten.
    private var witness: [UInt8] = []
    private static let witnessSize = 4096

    /// Opens the file; unless `fromStart`, only lines written from now on are returned.
    init(path: String, fromStart: Bool) throws(UsageError) {
        self.path = path
        try open()
        if !fromStart {
            // Count the lines already there (for line numbers) and start after the last complete one.
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            var last: UInt8 = 0x0A
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                if count <= 0 { break }
                lineNumber += buffer[..<count].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                last = buffer[count - 1]
                offset += off_t(count)
            }
            skippingPartialLine = last != 0x0A
            witness = bytes(endingAt: offset)
        }
    }

    deinit {
        if descriptor >= 0 { _ = close(descriptor) }
    }

    /// The lines completed since the last call.
    mutating func poll() throws(UsageError) -> [Line] {
        var lines: [Line] = []
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size < offset || bytes(endingAt: offset) != witness {
            // Truncated, or rewritten: start again from the top.
            restart(at: 0)
        }
        readAvailable(into: &lines)
        var current = stat()
        if stat(path, &current) == 0, current.st_ino != inode {
            // Rotated or replaced: the old file is drained above; a torn last line there is dropped.
            _ = close(descriptor)
            descriptor = -1
            pending.removeAll()
            try open()
            restart(at: 0)
            readAvailable(into: &lines)
        }
        return lines
    }

    private mutating func open() throws(UsageError) {
        descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw UsageError("cannot open journal \(path): \(reason)")
        }
        var status = stat()
        fstat(descriptor, &status)
        inode = status.st_ino
    }

    /// Up to ``witnessSize`` bytes of the file before `end`.
    private func bytes(endingAt end: off_t) -> [UInt8] {
        let count = Int(min(end, off_t(Self.witnessSize)))
        var buffer = [UInt8](repeating: 0, count: count)
        let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, end - off_t(count)) }
        return read == count ? buffer : []
    }

    private mutating func restart(at position: off_t) {
        offset = position
        witness = []
        pending.removeAll()
        lineNumber = 0
        skippingPartialLine = false
        lseek(descriptor, position, SEEK_SET)
    }

    private mutating func readAvailable(into lines: inout [Line]) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count <= 0 {
                witness = bytes(endingAt: offset)
                return
            }
            offset += off_t(count)
            for byte in buffer[..<count] {
                if byte != 0x0A {
                    if !skippingPartialLine { pending.append(byte) }
                    continue
                }
                lineNumber += 1
                if skippingPartialLine {
                    skippingPartialLine = false
                } else {
                    lines.append(Line(bytes: Data(pending), number: lineNumber))
                }
                pending.removeAll(keepingCapacity: true)
            }
        }
    }
}
