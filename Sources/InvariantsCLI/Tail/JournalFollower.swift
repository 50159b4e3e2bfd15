import Foundation
import Glibc
import Invariants

/// Follows one journal file as it grows, the way `tail -F` does: each ``poll()`` returns the lines completed
/// since the last one, holding a partial last line until its newline arrives. When the file shrinks, or the
/// last bytes it read are no longer there (truncated and rewritten between two polls), it starts again from the
/// top. When another file takes its path (the journal rotated), it finishes the old file, then reads every
/// rotated file newer than it (`violations.2.jsonl`, `violations.1.jsonl`: the journal may have rotated
/// several times between two polls), then opens the new one; if the file it followed was already removed by
/// the rotation's file cap, files newer than it may be gone too, and ``poll()`` says so in ``warnings``.
///
/// A line longer than `maxLineBytes` is not held: it is returned as ``Line/Content/tooLong`` and skipped to
/// its newline, so memory stays bounded whatever the file holds.
///
/// ```swift
/// var follower = try JournalFollower(path: "invariants/violations.jsonl", fromStart: false)
/// for line in try follower.poll() { print(line.path, line.number) }
/// ```
struct JournalFollower: ~Copyable {
    /// A complete line: the file it was read from, its 1-based number there, and its bytes.
    struct Line {
        enum Content {
            case bytes(Data)
            case tooLong
        }

        var path: String
        var number: Int
        var content: Content
    }

    /// The followed path.
    let path: String
    /// The longest line held, in bytes.
    let maxLineBytes: Int
    /// What the last ``poll()`` could not do (a rotated file removed before it was read), one sentence each.
    private(set) var warnings: [String] = []
    private var descriptor: Int32 = -1
    private var inode: ino_t = 0
    private var offset: off_t = 0
    private var pending: [UInt8] = []
    private var lineNumber = 0
    /// When following from the end starts inside a line, or a line is too long, skip to its newline.
    private var skippingToNewline = false
    /// The last bytes read (up to ``witnessSize``), ending at `offset`: if they change, the file was rewritten.
    private var witness: [UInt8] = []
    private static let witnessSize = 4096
    /// The file the lines being read come from, when it is not ``path`` (a rotated file that
    /// ``readRotatedFilesNewer(than:into:)`` is reading).
    private var currentPath: String?

    /// Opens the file; unless `fromStart`, only lines written from now on are returned.
    init(path: String, fromStart: Bool, maxLineBytes: Int = JournalReader.defaultMaxLineBytes) throws(UsageError) {
        self.path = path
        self.maxLineBytes = maxLineBytes
        (descriptor, inode) = try Self.open(path)
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
            skippingToNewline = last != 0x0A
            witness = bytes(endingAt: offset)
        }
    }

    deinit {
        if descriptor >= 0 { _ = close(descriptor) }
    }

    /// The lines completed since the last call.
    mutating func poll() throws(UsageError) -> [Line] {
        var lines: [Line] = []
        warnings.removeAll()
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size < offset || bytes(endingAt: offset) != witness {
            // Truncated, or rewritten: start again from the top.
            restart(at: 0)
        }
        readAvailable(into: &lines)
        var current = stat()
        if stat(path, &current) == 0, current.st_ino != inode {
            // Rotated or replaced: the old file is drained above; a torn last line there is dropped.
            readRotatedFilesNewer(than: inode, into: &lines)
            _ = close(descriptor)
            descriptor = -1
            (descriptor, inode) = try Self.open(path)
            restart(at: 0)
            readAvailable(into: &lines)
        }
        return lines
    }

    /// Reads, oldest first, the rotated files newer than the file `followed` (which the rotation renamed to
    /// `violations.N.jsonl`, or removed past its file cap).
    private mutating func readRotatedFilesNewer(than followed: ino_t, into lines: inout [Line]) {
        let journal = URL(fileURLWithPath: path)
        let urls = ((try? JournalReader(journalAt: journal).urls) ?? []).filter { $0.path != journal.path }
        var opened: [(path: String, descriptor: Int32, inode: ino_t)] = []
        for url in urls {
            let rotatedPath = url.path(percentEncoded: false)
            if let (descriptor, inode) = try? Self.open(rotatedPath) { opened.append((rotatedPath, descriptor, inode)) }
        }
        defer { for file in opened { _ = close(file.descriptor) } }
        let newer: ArraySlice<(path: String, descriptor: Int32, inode: ino_t)>
        if let position = opened.firstIndex(where: { $0.inode == followed }) {
            newer = opened[(position + 1)...]
        } else {
            newer = opened[...]
            warnings.append(
                "\(path): the journal rotated past its file cap before tail read the files after the one it followed; "
                    + "lines may be missing (keep more rotated files, or lower --interval)")
        }
        let (saved, savedInode, savedPath) = (descriptor, inode, currentPath)
        for file in newer {
            (descriptor, inode, currentPath) = (file.descriptor, file.inode, file.path)
            restart(at: 0)
            readAvailable(into: &lines)
        }
        (descriptor, inode, currentPath) = (saved, savedInode, savedPath)
    }

    private static func open(_ path: String) throws(UsageError) -> (Int32, ino_t) {
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw UsageError("cannot open journal \(path): \(reason)")
        }
        var status = stat()
        fstat(descriptor, &status)
        return (descriptor, status.st_ino)
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
        skippingToNewline = false
        lseek(descriptor, position, SEEK_SET)
    }

    private mutating func readAvailable(into lines: inout [Line]) {
        let source = currentPath ?? path
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
            if count <= 0 {
                witness = bytes(endingAt: offset)
                return
            }
            offset += off_t(count)
            var start = 0
            while start < count {
                let newline = buffer[start..<count].firstIndex(of: 0x0A)
                let end = newline ?? count
                if !skippingToNewline {
                    if pending.count + (end - start) > maxLineBytes {
                        // Numbered now, counted at its newline (as a skipped line is).
                        lines.append(Line(path: source, number: lineNumber + 1, content: .tooLong))
                        pending.removeAll()
                        skippingToNewline = true
                    } else {
                        pending.append(contentsOf: buffer[start..<end])
                    }
                }
                guard newline != nil else { break }
                if skippingToNewline {
                    lineNumber += 1
                    skippingToNewline = false
                } else {
                    lineNumber += 1
                    lines.append(Line(path: source, number: lineNumber, content: .bytes(Data(pending))))
                }
                pending.removeAll(keepingCapacity: pending.count <= 1 << 16)
                start = end + 1
            }
        }
    }
}
