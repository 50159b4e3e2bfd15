import Foundation
import Synchronization

/// The `invariants` binary running in the background (for `tail`), its output collected as it arrives.
final class RunningCommand {
    /// Text appended from the pipes' reading threads.
    private final class Buffer: Sendable {
        let text = Mutex("")

        func append(_ data: Data) { text.withLock { $0 += String(decoding: data, as: UTF8.self) } }
        var value: String { text.withLock { $0 } }
    }

    private let process: Process
    private let output = Buffer()
    private let errors = Buffer()

    init(_ arguments: String...) throws {
        process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        outputPipe.fileHandleForReading.readabilityHandler = { [output] handle in output.append(handle.availableData) }
        errorPipe.fileHandleForReading.readabilityHandler = { [errors] handle in errors.append(handle.availableData) }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// What it printed to standard output so far.
    var standardOutput: String { output.value }
    /// What it printed to standard error so far.
    var standardError: String { errors.value }

    /// The complete lines of standard output so far.
    var lines: [String] {
        let text = standardOutput
        return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Waits until `condition` holds, checking every 10 ms, for at most `seconds`; returns whether it held.
    func wait(upTo seconds: Double = 20, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    /// Whether the process has the file at `path` open and has read it to its current end (its descriptor's
    /// position, from `/proc`, equals the file's size): how a test knows `tail` has found the end before appending.
    func hasRead(toEndOf path: String) -> Bool {
        let pid = process.processIdentifier
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            let descriptors = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")
        else { return false }
        for descriptor in descriptors {
            guard
                let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(descriptor)"),
                link == target,
                let info = try? String(contentsOfFile: "/proc/\(pid)/fdinfo/\(descriptor)", encoding: .utf8),
                let position = info.split(separator: "\n").first(where: { $0.hasPrefix("pos:") })
                    .flatMap({ Int($0.dropFirst(4).trimmingCharacters(in: .whitespaces)) })
            else { continue }
            if position == size { return true }
        }
        return false
    }

    /// Stops the process (SIGSTOP) until ``resume()``: what happens meanwhile happens "between two polls".
    func suspend() { kill(process.processIdentifier, SIGSTOP) }

    /// Lets a suspended process run again (SIGCONT).
    func resume() { kill(process.processIdentifier, SIGCONT) }

    /// Sends SIGTERM and waits (up to `seconds`) for it to exit; returns its status, or `nil` if it did not exit.
    func terminate(waitingUpTo seconds: Double = 20) -> Int32? {
        process.terminate()
        guard wait(upTo: seconds, until: { !process.isRunning }) else { return nil }
        return process.terminationStatus
    }
}
