import Foundation
import Glibc

extension JournalReader {
    /// Cuts the files into `count` parts of about equal size, in order, for ``forEachSummary(in:_:)``: the
    /// parts read every line exactly once between them, part 0 the oldest. Files are measured now; the last part
    /// reads its last file to its end, so lines appended meanwhile are read too. Fewer parts come back when the
    /// files are empty.
    ///
    /// ```swift
    /// let parts = try JournalReader(journalAt: url).parts(ProcessInfo.processInfo.activeProcessorCount)
    /// ```
    public func parts(_ count: Int) -> [JournalPart] {
        let files = urls.map { url -> (path: String, size: Int) in
            let path = url.path(percentEncoded: false)
            var status = stat()
            return (path, stat(path, &status) == 0 ? Int(status.st_size) : 0)
        }
        let total = files.reduce(0) { $0 + $1.size }
        let count = max(1, min(count, total))
        var parts: [JournalPart] = []
        var fileStart = 0
        var pieces = (0..<count).map { _ in JournalPart(segments: []) }
        for (index, file) in files.enumerated() {
            for piece in 0..<count {
                let lower = max(piece * total / count, fileStart) - fileStart
                var upper = min((piece + 1) * total / count, fileStart + file.size) - fileStart
                let isLast = piece == count - 1 && index == files.count - 1
                if isLast { upper = Int.max }
                if lower < upper || (isLast && lower <= file.size) || (file.size == 0 && piece == 0) {
                    pieces[piece].segments.append(
                        JournalPart.Segment(path: file.path, range: lower..<max(lower, upper)))
                }
            }
            fileStart += file.size
        }
        parts = pieces.filter { !$0.segments.isEmpty }
        return parts.isEmpty ? [JournalPart(segments: files.map { .init(path: $0.path, range: 0..<Int.max) })] : parts
    }

    /// ``forEachSummary(_:)`` over one part: its lines in order, with their line numbers in their files.
    ///
    /// ```swift
    /// try reader.forEachSummary(in: parts[1]) { entry, record in … }
    /// ```
    ///
    /// - Throws: ``JournalError`` when a file cannot be opened or read, or what `body` throws.
    public func forEachSummary(
        in part: JournalPart, _ body: (JournalSummaryEntry, _ record: () throws -> ViolationRecord) throws -> Void
    ) throws {
        let strings = JournalStringTable()
        for segment in part.segments {
            var linesBefore: Int?
            func location(_ line: Int) throws -> JournalLocation {
                var number = line
                if segment.range.lowerBound > 0 {
                    // The lines before the segment, counted once (a pass of memchr over the bytes before it).
                    if linesBefore == nil {
                        linesBefore = try JournalLines.lines(before: segment.range.lowerBound, inFileAt: segment.path)
                    }
                    number += linesBefore!
                }
                return JournalLocation(file: segment.path, line: number)
            }
            try JournalLines.forEach(inFileAt: segment.path, range: segment.range, maxLineBytes: maxLineBytes) {
                line, stoppedReading in
                try visitTooLong(try location(line), stoppedReading, body)
            } _: { bytes, line, terminated in
                try Self.visit(bytes, try location(line), terminated, strings, body)
            }
        }
    }
}
