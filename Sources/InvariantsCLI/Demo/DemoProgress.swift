import Foundation
import Synchronization

/// The demo's progress line: redrawn in place on a terminal, printed at each quarter otherwise (so logs and
/// tests get a few lines, not hundreds). The console lines the monitor prints meanwhile go through
/// ``printAbove(_:)``, which on a terminal clears the progress line, prints the line and draws the progress
/// again below it, so the two never share a line.
final class DemoProgress: Sendable {
    let total: Int
    private let isTerminal = isatty(STDOUT_FILENO) != 0 && isatty(STDERR_FILENO) != 0
    private struct State {
        var lastQuarter = 0
        var line = ""
    }
    private let state = Mutex(State())

    init(total: Int) {
        self.total = total
    }

    /// Shows `done` of ``total`` calls and the violations produced so far.
    func advance(to done: Int, violations: Int) {
        state.withLock { state in
            let quarter = done * 4 / total
            guard isTerminal || quarter > state.lastQuarter else { return }
            state.lastQuarter = quarter
            let width = 30
            let filled = done * width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            state.line = "[\(bar)] \(done)/\(total) calls · \(violations) violations"
            write(isTerminal ? "\r\u{1B}[K" + state.line : state.line + "\n", to: .standardOutput)
        }
    }

    /// Writes `line` to standard error above the progress line.
    func printAbove(_ line: String) {
        state.withLock { state in
            guard isTerminal, !state.line.isEmpty else {
                write(line + "\n", to: .standardError)
                return
            }
            write("\r\u{1B}[K", to: .standardOutput)
            write(line + "\n", to: .standardError)
            write(state.line, to: .standardOutput)
        }
    }

    /// Ends the line on a terminal; later lines print as they are.
    func finish() {
        state.withLock { state in
            if isTerminal && !state.line.isEmpty { write("\n", to: .standardOutput) }
            state.line = ""
        }
    }

    private func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
