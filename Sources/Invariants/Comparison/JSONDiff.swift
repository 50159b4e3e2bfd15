/// The field-level differences between two JSON documents: the paths that differ, old → new.
///
/// Objects are compared member by member (a member on one side only is added or removed), arrays element
/// by element by index, numbers by value within a ``NumericTolerance``, and everything else by equality. A
/// difference of kind (a number against a string) is one difference at that path.
///
/// ```swift
/// let old: JSONValue = ["total": .number("10.00"), "lines": [1, 2]]
/// let new: JSONValue = ["total": .number("10.01"), "lines": [1, 2, 3]]
/// JSONDiff.differences(from: old, to: new).map(\.description)
/// // ["lines[2]: (absent) → 3", "total: 10.00 → 10.01"]
/// ```
public enum JSONDiff {
    /// The path of the whole document in a ``FieldDifference``.
    ///
    /// ```swift
    /// JSONDiff.differences(from: 1, to: 2).first?.path   // "$"
    /// ```
    public static let rootPath = "$"

    /// Every difference between `old` and `new`, in path order (members sorted by key, elements by index).
    ///
    /// ```swift
    /// JSONDiff.differences(from: .number("1.5"), to: .number("1.50"))   // []: same value
    /// ```
    public static func differences(
        from old: JSONValue?,
        to new: JSONValue?,
        tolerance: NumericTolerance = .exact
    ) -> [FieldDifference] {
        var differences: [FieldDifference] = []
        compare(old, new, path: "", tolerance: tolerance, into: &differences)
        return differences
    }

    private static func compare(
        _ old: JSONValue?,
        _ new: JSONValue?,
        path: String,
        tolerance: NumericTolerance,
        into differences: inout [FieldDifference]
    ) {
        switch (old, new) {
        case (nil, nil):
            return
        case (.object(let left), .object(let right)):
            let keys = Set(left.keys).union(right.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for key in keys {
                compare(left[key], right[key], path: member(key, of: path), tolerance: tolerance, into: &differences)
            }
        case (.array(let left), .array(let right)):
            for index in 0..<max(left.count, right.count) {
                compare(
                    index < left.count ? left[index] : .none, index < right.count ? right[index] : .none,
                    path: path + "[\(index)]", tolerance: tolerance, into: &differences)
            }
        case (.number(let left), .number(let right)):
            if !tolerance.accepts(left, right) {
                differences.append(FieldDifference(path: rooted(path), old: old, new: new))
            }
        default:
            if old != new { differences.append(FieldDifference(path: rooted(path), old: old, new: new)) }
        }
    }

    /// `a.b`, or `["odd key"]` for a key that is not a plain identifier.
    private static func member(_ key: String, of path: String) -> String {
        let plain =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy { scalar in
                scalar == "_" || scalar == "-" || (scalar.isASCII && scalar.properties.isAlphabetic)
                    || ("0"..."9").contains(scalar)
            }
        if plain { return path.isEmpty ? key : path + "." + key }
        return path + "[" + JSONValue.string(key).serialized() + "]"
    }

    private static func rooted(_ path: String) -> String {
        path.isEmpty ? rootPath : path
    }
}
