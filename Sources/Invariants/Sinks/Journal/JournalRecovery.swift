import Foundation
import Glibc

/// What opening a journal found after its last complete line: the torn line of a crash, set aside.
struct JournalRecovery: Sendable, Hashable {
    /// How many bytes followed the last newline.
    var tornBytes = 0
    /// Where they were moved, or `nil` when there were none.
    var tornFile: String?

    /// Moves the bytes after the last newline of `file` (which is `size` bytes long) to a new
    /// `<active>.torn-<unix-ms>` file (`0600`, synced), then truncates `file` after its last newline.
    static func recover(_ file: JournalFile, size: Int, paths: JournalPaths) throws -> JournalRecovery {
        guard size > 0 else { return JournalRecovery() }
        let chunkSize = 64 << 10
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 1)
        defer { buffer.deallocate() }

        // Find the end of the last complete line, reading backwards.
        var keep = 0
        var chunkEnd = size
        search: while chunkEnd > 0 {
            let chunkStart = max(0, chunkEnd - chunkSize)
            try readFully(file, into: buffer, count: chunkEnd - chunkStart, at: chunkStart)
            if chunkEnd == size, buffer.load(fromByteOffset: chunkEnd - chunkStart - 1, as: UInt8.self) == 0x0A {
                return JournalRecovery()
            }
            var index = chunkEnd - chunkStart - 1
            while index >= 0 {
                if buffer.load(fromByteOffset: index, as: UInt8.self) == 0x0A {
                    keep = chunkStart + index + 1
                    break search
                }
                index -= 1
            }
            chunkEnd = chunkStart
        }

        let torn = try createTornFile(paths)
        do {
            var offset = keep
            while offset < size {
                let count = min(chunkSize, size - offset)
                try readFully(file, into: buffer, count: count, at: offset)
                try torn.write(UnsafeRawBufferPointer(start: buffer, count: count))
                offset += count
            }
            try torn.sync()
        } catch {
            torn.close()
            throw error
        }
        torn.close()
        try JournalSystem.syncDirectory(paths.directory)
        try file.truncate(to: keep)
        try file.sync()
        return JournalRecovery(tornBytes: size - keep, tornFile: torn.path)
    }

    private static func createTornFile(_ paths: JournalPaths) throws -> JournalFile {
        let milliseconds = Int64((Date().timeIntervalSince1970 * 1000).rounded(.down))
        var attempt = 1
        while true {
            do {
                return try JournalFile.create(paths.torn(milliseconds: milliseconds, attempt: attempt))
            } catch let error as JournalError where error.code == EEXIST && attempt < 1000 {
                attempt += 1
            }
        }
    }

    private static func readFully(
        _ file: JournalFile, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int
    ) throws {
        var done = 0
        while done < count {
            let read = try file.read(into: buffer + done, count: count - done, at: offset + done)
            guard read > 0 else {
                throw JournalError(operation: "read", path: file.path, reason: "the file is shorter than expected")
            }
            done += read
        }
    }
}
