import Foundation

/// The demo's progress line: redrawn in place on a terminal, printed at each quarter otherwise (so logs and
/// tests get a few lines, not hundreds).
struct DemoProgress {
    let total: Int
    private let isTerminal = isatty(STDOUT_FILENO) != 0
    private var lastQuarter = 0

    init(total: Int) {
        self.total = total
    }

    /// Shows `done` of ``total`` calls and the violations produced so far.
    mutating func advance(to done: Int, violations: Int) {
        let quarter = done * 4 / total
        guard isTerminal || quarter > lastQuarter else { return }
        lastQuarter = quarter
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "[\(bar)] \(done)/\(total) calls · \(violations) violations"
        FileHandle.standardOutput.write(Data((isTerminal ? "\r" + line : line + "\n").utf8))
    }

    /// Ends the line on a terminal.
    func finish() {
        if isTerminal { FileHandle.standardOutput.write(Data("\n".utf8)) }
    }
}
