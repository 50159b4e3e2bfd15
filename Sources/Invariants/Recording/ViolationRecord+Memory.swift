extension ViolationRecord {
    /// A rough estimate of the bytes this record holds in memory, which bounds the reporter's buffer.
    ///
    /// A captured value held as a ``JSONValue`` tree takes about twelve times its JSON size (measured on
    /// a 1 KB order: ≈ 12 KiB), a truncated one its text; the record's strings and fixed fields add about
    /// one kibibyte.
    var estimatedMemory: Int {
        1_024 + message.utf8.count + input.estimatedMemory + output.estimatedMemory
    }
}

extension Snapshot {
    /// The bytes this capture holds in memory, estimated (see ``ViolationRecord/estimatedMemory``).
    var estimatedMemory: Int {
        (value == nil ? 0 : 12 * byteCount) + (text?.utf8.count ?? 0)
    }
}
