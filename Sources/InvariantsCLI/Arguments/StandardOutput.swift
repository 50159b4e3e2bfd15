import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output for the commands, where a reader that went away is a quiet stop.
///
/// `invariants report journal.jsonl | head -1` closes the pipe after one line. By default the next write
/// would kill the process with `SIGPIPE` (and `FileHandle.write` would trap if it were ignored); instead the
/// signal is ignored and a write that finds the pipe closed (`EPIPE`) exits at once, printing nothing, with
/// ``ExitCode/brokenPipe``, what a shell reports for a command a broken pipe stopped.
///
/// ```swift
/// StandardOutput.ignoreBrokenPipes()
/// StandardOutput.write(Data("one line\n".utf8))
/// ```
enum StandardOutput {
    /// Turns a closed reader from a fatal `SIGPIPE` into an `EPIPE` that ``write(_:)`` handles.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes all of `data` at once (lines other threads write do not interleave within it); exits with
    /// ``ExitCode/brokenPipe`` when the reader went away, or with a one-line message and
    /// ``ExitCode/findings`` when the output cannot be written (a full disk).
    static func write(_ data: Data) {
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(STDOUT_FILENO, base + offset, buffer.count - offset)
                if written >= 0 {
                    offset += written
                    continue
                }
                let code = errno
                if code == EINTR { continue }
                if code == EPIPE { exit(ExitCode.brokenPipe) }
                let program = CommandLine.arguments.first.map { URL(fileURLWithPath: $0).lastPathComponent }
                FileHandle.standardError.write(
                    Data(
                        "\(program ?? "invariants"): cannot write to standard output: \(String(cString: strerror(code)))\n"
                            .utf8))
                exit(ExitCode.findings)
            }
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #elseif canImport(Musl)
        Musl.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }
}
