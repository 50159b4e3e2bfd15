/// One place where two JSON documents differ: its path, the old value and the new one.
///
/// A `nil` side means the field is absent on that side (added or removed), which is not the same as a
/// JSON `null`.
///
/// ```swift
/// let difference = FieldDifference(path: "lines[0].price", old: .number("10.00"), new: .number("10.01"))
/// difference.lines   // ["- lines[0].price: 10.00", "+ lines[0].price: 10.01"]
/// ```
public struct FieldDifference: Sendable, Hashable, CustomStringConvertible {
    /// Where the values differ: `total`, `lines[2].price`, or `$` for the whole document.
    ///
    /// ```swift
    /// difference.path   // "lines[0].price"
    /// ```
    public var path: String
    /// The value in the old (control, pinned) document, or `nil` where it has no such field.
    ///
    /// ```swift
    /// difference.old   // .number("10.00"), or nil when the field was added
    /// ```
    public var old: JSONValue?
    /// The value in the new (candidate, re-run) document, or `nil` where it has no such field.
    ///
    /// ```swift
    /// difference.new   // .number("10.01"), or nil when the field was removed
    /// ```
    public var new: JSONValue?

    /// Creates a difference.
    ///
    /// ```swift
    /// FieldDifference(path: "total", old: .number("10"), new: .number("10.5"))
    /// ```
    public init(path: String, old: JSONValue?, new: JSONValue?) {
        self.path = path
        self.old = old
        self.new = new
    }

    /// The path with array indices replaced by `[*]`, to count which fields change across many pairs:
    /// `lines[2].price` → `lines[*].price`.
    ///
    /// ```swift
    /// FieldDifference(path: "lines[2].price", old: 1, new: 2).field   // "lines[*].price"
    /// ```
    public var field: String {
        var result = ""
        var inIndex = false
        for character in path {
            if inIndex {
                if character == "]" {
                    result += "*]"
                    inIndex = false
                }
                continue
            }
            result.append(character)
            if character == "[" { inIndex = true }
        }
        return result
    }

    /// The `-`/`+` lines of the difference, a side without the field left out:
    /// `["- total: 10.00", "+ total: 10.01"]`.
    ///
    /// ```swift
    /// FieldDifference(path: "note", old: nil, new: "late").lines   // ["+ note: \"late\""]
    /// ```
    public var lines: [String] {
        var lines: [String] = []
        if let old { lines.append("- \(path): \(old.serialized())") }
        if let new { lines.append("+ \(path): \(new.serialized())") }
        return lines
    }

    /// `total: 10.00 → 10.01`, with `(absent)` for a missing side.
    ///
    /// ```swift
    /// FieldDifference(path: "total", old: 10, new: 11).description   // "total: 10 → 11"
    /// ```
    public var description: String {
        "\(path): \(old?.serialized() ?? "(absent)") → \(new?.serialized() ?? "(absent)")"
    }
}
