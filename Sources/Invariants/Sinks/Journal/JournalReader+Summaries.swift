import Foundation

extension JournalReader {
    /// Calls `body` with every line of every file, in order, as a record's ``ViolationSummary`` or a corrupt line
    /// (with the reason ``forEach(_:)`` gives), reading only the fields a summary has: the fast path for reports
    /// over large journals. `record` decodes the line's whole ``ViolationRecord`` when `body` needs it (an
    /// example input, say); it throws for a corrupt line.
    ///
    /// ```swift
    /// var counts: [String: Int] = [:]
    /// var examples: [String: ViolationRecord] = [:]
    /// try reader.forEachSummary { entry, record in
    ///     guard case .record(let summary, _) = entry else { return }
    ///     counts[summary.invariantID, default: 0] += 1
    ///     if examples[summary.invariantID] == nil { examples[summary.invariantID] = try record() }
    /// }
    /// ```
    ///
    /// - Throws: ``JournalError`` when a file cannot be opened or read, or what `body` throws.
    public func forEachSummary(
        _ body: (JournalSummaryEntry, _ record: () throws -> ViolationRecord) throws -> Void
    ) throws {
        let strings = JournalStringTable()
        for url in urls {
            let path = url.path(percentEncoded: false)
            try JournalLines.forEach(inFileAt: path, maxLineBytes: maxLineBytes) { line, stoppedReading in
                try visitTooLong(JournalLocation(file: path, line: line), stoppedReading, body)
            } _: { bytes, line, terminated in
                try Self.visit(bytes, JournalLocation(file: path, line: line), terminated, strings, body)
            }
        }
    }

    /// Calls `body` with a corrupt entry for a line longer than ``maxLineBytes``.
    func visitTooLong(
        _ location: JournalLocation, _ stoppedReading: Bool,
        _ body: (JournalSummaryEntry, _ record: () throws -> ViolationRecord) throws -> Void
    ) throws {
        let reason = JournalLines.tooLongReason(maxLineBytes: maxLineBytes, stoppedReading: stoppedReading)
        try body(.corrupt(location, reason: reason)) {
            throw JournalError(operation: "read a record from", path: location.description, reason: reason)
        }
    }

    /// Summarises one line and calls `body` with it and a way to decode the whole record.
    static func visit(
        _ bytes: UnsafeRawBufferPointer, _ location: JournalLocation, _ terminated: Bool,
        _ strings: JournalStringTable,
        _ body: (JournalSummaryEntry, _ record: () throws -> ViolationRecord) throws -> Void
    ) throws {
        let entry = summaryEntry(bytes, at: location, terminated: terminated, strings: strings)
        try body(entry) {
            if case .corrupt(_, let reason) = entry {
                throw JournalError(operation: "read a record from", path: location.description, reason: reason)
            }
            return try ViolationRecord(jsonLineBytes: bytes)
        }
    }

    private static func summaryEntry(
        _ bytes: UnsafeRawBufferPointer, at location: JournalLocation, terminated: Bool, strings: JournalStringTable
    ) -> JournalSummaryEntry {
        guard terminated else { return .corrupt(location, reason: "torn last line (no newline)") }
        guard !bytes.isEmpty else { return .corrupt(location, reason: "empty line") }
        var reader = ViolationSummaryReader(bytes: bytes, strings: strings)
        if let summary = reader.summary() { return .record(summary, location: location) }
        do {
            return .record(ViolationSummary(try ViolationRecord(jsonLineBytes: bytes)), location: location)
        } catch {
            return .corrupt(location, reason: error.description)
        }
    }
}
