import Glibc

/// System calls on paths for the journal, with `errno` turned into a ``JournalError``.
enum JournalSystem {
    /// Runs `call` until it does not fail with `EINTR`; a negative result becomes an error naming `path`.
    static func retrying<Result: BinaryInteger>(
        _ operation: String, _ path: String, _ call: () -> Result
    ) throws -> Result {
        while true {
            let result = call()
            if result >= 0 { return result }
            let code = errno
            if code == EINTR { continue }
            throw error(operation, path, code)
        }
    }

    /// The error for a failed system call: `cannot open /x/violations.jsonl: Not a directory (errno 20)`.
    static func error(_ operation: String, _ path: String, _ code: Int32) -> JournalError {
        JournalError(operation: operation, path: path, code: code, reason: String(cString: strerror(code)))
    }

    /// Creates `path` and its missing parents with mode `0700`.
    static func createDirectory(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if exists(prefix) { continue }
            if mkdir(prefix, 0o700) != 0 {
                let code = errno
                if code != EEXIST { throw error("create the directory", prefix, code) }
            }
        }
    }

    /// Makes the directory's entries (created, renamed, removed files) durable.
    static func syncDirectory(_ path: String) throws {
        let descriptor = try retrying("open the directory", path) { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        defer { _ = close(descriptor) }
        _ = try retrying("sync the directory", path) { fsync(descriptor) }
    }

    static func rename(_ source: String, to destination: String) throws {
        _ = try retrying("rename", source) { Glibc.rename(source, destination) }
    }

    /// Removes a file; a missing file is not an error.
    static func remove(_ path: String) throws {
        if unlink(path) != 0, errno != ENOENT { throw error("remove", path, errno) }
    }

    /// The names of the entries of a directory, without `.` and `..`.
    static func names(inDirectory path: String) throws -> [String] {
        guard let directory = opendir(path) else { throw error("list the directory", path, errno) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}

extension JournalSystem {
    /// The inode and size of the file at `path`, or `nil` if it does not exist.
    static func identity(_ path: String) -> (inode: UInt64, size: Int)? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return (UInt64(status.st_ino), Int(status.st_size))
    }

    /// Replaces the file at `path` with `bytes` atomically: written to a sibling, synced, then renamed.
    static func replaceAtomically(_ path: String, with bytes: [UInt8]) throws {
        let temporary = path + ".tmp"
        let descriptor = try retrying("create", temporary) {
            open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(0o600))
        }
        let file = JournalFile(path: temporary, descriptor: descriptor)
        defer { file.close() }
        try bytes.withUnsafeBytes { try file.write($0) }
        try file.sync()
        try rename(temporary, to: path)
    }
}
