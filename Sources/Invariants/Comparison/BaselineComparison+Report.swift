import Foundation

extension BaselineComparison {
    /// The comparison for people: counts, the fields that changed and how often, then up to `examples`
    /// changed pairs, each with its input and a `-`/`+` line per differing field.
    ///
    /// ```swift
    /// print(comparison.report(examples: 2))
    /// // 1 of 3 pairs changed, 0 added, 0 removed, 2 unchanged (numbers compared exact)
    /// // fields changed:
    /// //   total  1
    /// // pair 2, input {"lines":[…]}
    /// //   - total: 10
    /// //   + total: 10.5
    /// ```
    public func report(examples: Int = 3) -> String {
        let total = changed.count + unchanged + removed.count
        var lines = [
            "\(changed.count) of \(total) pairs changed, \(added.count) added, \(removed.count) removed, "
                + "\(unchanged) unchanged (numbers compared \(tolerance))"
        ]
        let fields = fieldCounts
        if !fields.isEmpty {
            lines.append("fields changed:")
            let width = fields.map(\.field.count).max() ?? 0
            for field in fields {
                lines.append(
                    "  " + field.field.padding(toLength: width + 2, withPad: " ", startingAt: 0) + "\(field.count)")
            }
        }
        for change in changed.prefix(examples) {
            lines.append("pair \(change.new.index), input \(Self.abbreviated(change.new.input.serialized()))")
            for difference in change.differences {
                lines.append(contentsOf: difference.lines.map { "  " + $0 })
            }
        }
        if changed.count > examples { lines.append("… and \(changed.count - examples) more changed pairs") }
        for pair in added.prefix(examples) {
            lines.append("added pair \(pair.index), input \(Self.abbreviated(pair.input.serialized()))")
        }
        for pair in removed.prefix(examples) {
            lines.append("removed pair \(pair.index), input \(Self.abbreviated(pair.input.serialized()))")
        }
        return lines.joined(separator: "\n")
    }

    /// At most 200 characters of `text`, with `…` when cut.
    static func abbreviated(_ text: String) -> String {
        text.count <= 200 ? text : String(text.prefix(200)) + "…"
    }
}
