import Glibc

/// An open journal file: a descriptor and its path, with the few system calls the journal needs, each
/// retried on `EINTR` and turned into a ``JournalError`` naming the path.
struct JournalFile {
    let path: String
    let descriptor: Int32

    /// Opens (creating it `0600` if missing) for appending and reading; an existing file is set to `0600`.
    static func openForAppending(_ path: String) throws -> JournalFile {
        let descriptor = try JournalSystem.retrying("open", path) {
            open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, mode_t(0o600))
        }
        let file = JournalFile(path: path, descriptor: descriptor)
        do {
            if try file.status().st_mode & 0o7777 != 0o600 {
                _ = try JournalSystem.retrying("set permissions of", path) { fchmod(descriptor, 0o600) }
            }
        } catch {
            file.close()
            throw error
        }
        return file
    }

    /// Creates a new file `0600` for writing, failing with `EEXIST` if it exists.
    static func create(_ path: String) throws -> JournalFile {
        let descriptor = try JournalSystem.retrying("create", path) {
            open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(0o600))
        }
        return JournalFile(path: path, descriptor: descriptor)
    }

    func status() throws -> stat {
        var status = stat()
        _ = try JournalSystem.retrying("inspect", path) { fstat(descriptor, &status) }
        return status
    }

    /// Writes every byte, looping on partial writes.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = try JournalSystem.retrying("write to", path) { Glibc.write(descriptor, next, remaining) }
            guard written > 0 else {
                throw JournalError(operation: "write to", path: path, reason: "the system wrote 0 bytes")
            }
            next += written
            remaining -= written
        }
    }

    /// Reads up to `count` bytes at `offset` into `buffer`; returns how many were read.
    func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) throws -> Int {
        try JournalSystem.retrying("read", path) { pread(descriptor, buffer, count, off_t(offset)) }
    }

    func sync() throws {
        _ = try JournalSystem.retrying("sync", path) { fsync(descriptor) }
    }

    func truncate(to size: Int) throws {
        _ = try JournalSystem.retrying("truncate", path) { ftruncate(descriptor, off_t(size)) }
    }

    func close() {
        _ = Glibc.close(descriptor)
    }
}
