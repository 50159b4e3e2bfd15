import Foundation
import Glibc

/// A file a command writes (`report --html`, `export --to`): checked when the command starts, before any
/// journal is read, then written atomically (a temporary file in the same directory, renamed over the path).
/// Every failure is one line naming the path and the reason, such as
/// `cannot write out/report.html: no such directory out`.
///
/// ```swift
/// let output = try OutputFile("report.html")   // fails now if report.html cannot be written
/// try output.write(Data(html.utf8))
/// ```
struct OutputFile {
    let path: String

    /// Checks that `path` names a file that can be written: not a directory, in an existing directory
    /// this process may write to.
    init(_ path: String) throws(UsageError) {
        self.path = path
        guard !path.isEmpty else { throw UsageError("cannot write an empty path: name a file") }
        var status = stat()
        if stat(path, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { throw failure("it is a directory; name a file in it") }
            if access(path, W_OK) != 0 { throw failure(Self.reason(errno)) }
        }
        let directory = Self.directory(of: path)
        guard stat(directory, &status) == 0 else {
            throw failure(errno == ENOENT ? "no such directory \(directory)" : "\(directory): \(Self.reason(errno))")
        }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw failure("\(directory) is not a directory") }
        guard access(directory, W_OK | X_OK) == 0 else { throw failure("\(directory): \(Self.reason(errno))") }
    }

    /// Writes `data` to the file, replacing it.
    func write(_ data: Data) throws(UsageError) {
        let temporary = Self.directory(of: path) + "/.\(URL(fileURLWithPath: path).lastPathComponent).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(Self.reason(errno)) }
        var written = 0
        let error: Int32? = data.withUnsafeBytes { bytes in
            while written < bytes.count {
                let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return nil
        }
        let closed = close(descriptor) == 0 ? nil : errno
        if let failed = error ?? closed ?? (rename(temporary, path) == 0 ? nil : errno) {
            unlink(temporary)
            throw failure(Self.reason(failed))
        }
    }

    private func failure(_ reason: String) -> UsageError {
        UsageError("cannot write \(path): \(reason)")
    }

    private static func directory(of path: String) -> String {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path(percentEncoded: false)
        return parent.count > 1 && parent.hasSuffix("/") ? String(parent.dropLast()) : parent
    }

    /// `permission denied`, `no space left on device`: `strerror`, lowercased.
    private static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
