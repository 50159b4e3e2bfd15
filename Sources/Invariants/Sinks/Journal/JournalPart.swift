/// A contiguous piece of a journal's files, cut at line boundaries, for reading a journal on several threads
/// at once: ``JournalReader/parts(_:)`` cuts them, ``JournalReader/forEachSummary(in:_:)`` reads one.
///
/// ```swift
/// let parts = reader.parts(2)
/// DispatchQueue.concurrentPerform(iterations: parts.count) { index in
///     try? reader.forEachSummary(in: parts[index]) { entry, _ in … }   // each part on its own thread
/// }
/// ```
public struct JournalPart: Sendable, Hashable {
    /// A byte range of one file: the lines that start in it belong to the part.
    struct Segment: Sendable, Hashable {
        var path: String
        var range: Range<Int>
    }

    var segments: [Segment]

    /// The number of bytes the part covers (lines that start in it may end a little further).
    ///
    /// ```swift
    /// reader.parts(2).map(\.byteCount)   // [361_402_117, 361_402_118]
    /// ```
    public var byteCount: Int {
        segments.reduce(0) { $0 + min($1.range.count, Int.max / 2) }
    }
}
