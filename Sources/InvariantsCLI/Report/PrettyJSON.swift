import Invariants

/// A captured snapshot as JSON text for people: indented with sorted keys (``pretty(_:)``) or on one line
/// (``compact(_:)``); a text capture as its text, marked when truncated.
///
/// ```swift
/// PrettyJSON.pretty(Snapshot(value: ["sku": "A", "qty": .number("2")]))
/// // {
/// //   "qty": 2,
/// //   "sku": "A"
/// // }
/// ```
enum PrettyJSON {
    static func pretty(_ snapshot: Snapshot) -> String {
        guard let value = snapshot.value else { return text(of: snapshot) }
        var output = ""
        write(value, indent: "", to: &output)
        return output
    }

    static func compact(_ snapshot: Snapshot) -> String {
        snapshot.value?.serialized() ?? text(of: snapshot)
    }

    private static func text(of snapshot: Snapshot) -> String {
        (snapshot.text ?? "(no capture)") + (snapshot.truncated ? " … (truncated, \(snapshot.byteCount) bytes)" : "")
    }

    private static func write(_ value: JSONValue, indent: String, to output: inout String) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += indent + "  "
                write(element, indent: indent + "  ", to: &output)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members) where !members.isEmpty:
            output += "{\n"
            let keys = members.keys.sorted()
            for (index, key) in keys.enumerated() {
                output += indent + "  " + JSONValue.string(key).serialized() + ": "
                write(members[key]!, indent: indent + "  ", to: &output)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        default:
            output += value.serialized()
        }
    }
}
