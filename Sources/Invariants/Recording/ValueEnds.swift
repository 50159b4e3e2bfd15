/// Measures where labelled values end (for ``LabelledSecrets``), in time linear in the text over a whole
/// scan, however many values overlap.
///
/// An unquoted value runs to the next `,`, `;`, `&` or line break outside brackets and double-quoted strings,
/// or to an unbalanced closing bracket. Measured plainly, values that start inside each other measure the
/// same tail again: `"password"=a` repeated 80,000 times measured each value to the end of the text,
/// 4×10¹⁰ steps. So once plain measuring has cost ``memoBudget`` steps, every position a
/// measurement passes is remembered with the level (the value itself, a bracket or a quoted string) it was
/// passed in: all positions of a level end where the level ends, so a later measurement that reaches a
/// remembered position in the same kind of level takes that end at once. Each position is walked at most
/// once per kind of level, so the memo bounds the rest of the scan to a few steps per byte; ordinary text
/// never reaches the budget and never allocates it.
struct ValueEnds {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The steps plain value measuring may take before positions are remembered: by default twice the text's
    /// length (values measured plainly rarely overlap, so ordinary text stays far below) plus 4096.
    let memoBudget: Int
    /// Bytes examined so far, for tests that bound the work.
    private(set) var steps = 0
    /// The steps of plain (not remembered) unquoted-value measuring so far.
    private var measured = 0
    private var memo: Memo?

    init(_ bytes: UnsafeBufferPointer<UInt8>, memoBudget: Int? = nil) {
        self.bytes = bytes
        self.memoBudget = memoBudget ?? (2 * bytes.count + 4096)
    }

    /// Counts `count` steps of other walks of the scan, so ``steps`` bounds the whole scan's work.
    mutating func count(_ count: Int = 1) {
        steps += count
    }

    /// A labelled value: a quoted string, or up to the next `,`, `;`, `&`, line break or unbalanced closing
    /// bracket.
    mutating func endOfValue(from start: Int) -> Int {
        let byte = bytes[start]
        let escapedQuote =
            byte == UInt8(ascii: "\\") && start + 1 < bytes.count && bytes[start + 1] == UInt8(ascii: "\"")
        if byte == UInt8(ascii: "'") || escapedQuote {
            // Such strings, opened where a value starts, never overlap: measured plainly.
            return endOfQuoted(from: start) ?? bytes.count
        }
        // Level numbers are 32 bits: a text past 1 GiB is measured plainly.
        if memo == nil && measured >= memoBudget && bytes.count < 1 << 30 { memo = Memo(count: bytes.count) }
        if memo != nil { return rememberedEnd(from: start, quoted: byte == UInt8(ascii: "\"")) }
        let before = steps
        defer { measured += steps - before }
        if byte == UInt8(ascii: "\"") { return endOfQuoted(from: start) ?? bytes.count }
        var depth = 0
        var index = start
        while index < bytes.count {
            steps += 1
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index = endOfQuoted(from: index) ?? bytes.count
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == 0 { return index }
                depth -= 1
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "&"), 0x0A, 0x0D:
                if depth == 0 { return index }
            default:
                break
            }
            index += 1
        }
        return bytes.count
    }

    /// The index just after the string quoted at `start` (by `"`, `'` or `\"`), or `nil` when it is not
    /// closed within `within` bytes.
    mutating func endOfQuoted(from start: Int, within: Int = .max) -> Int? {
        let limit = within == .max ? bytes.count : min(bytes.count, start + within)
        if bytes[start] == UInt8(ascii: "\\") {
            var index = start + 2
            while index + 1 < limit {
                steps += 1
                if bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "\"") { return index + 2 }
                index += 1
            }
            return nil
        }
        let quote = bytes[start]
        var index = start + 1
        while index < limit {
            steps += 1
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case quote: return index + 1
            default: index += 1
            }
        }
        return nil
    }

    // MARK: Remembered ends

    /// The kinds of level a measurement passes positions in.
    private enum Level: Int {
        /// The value itself: it ends at a separator or an unbalanced closing bracket.
        case value
        /// Inside brackets: the level ends at its closing bracket.
        case bracket
        /// Inside a double-quoted string: the level ends just after its closing quote.
        case quoted
    }

    /// Which level passed each position (per kind of level), and where each level ended.
    private final class Memo {
        let count: Int
        /// Per kind of level and position (`kind * count + position`): the number + 1 of the level that passed
        /// the position, or 0.
        var passedBy: [UInt32]
        /// Where each level ended: its value's end, its closing bracket, or just after its closing quote;
        /// the text's length when the text ended first.
        var ends: [Int] = []

        init(count: Int) {
            self.count = count
            passedBy = Array(repeating: 0, count: 3 * count)
        }
    }

    /// ``endOfValue(from:)`` through the memo: the same end, without walking a position twice in the same
    /// kind of level.
    private mutating func rememberedEnd(from start: Int, quoted: Bool) -> Int {
        guard let memo else { preconditionFailure("rememberedEnd without a memo") }
        // Open levels, innermost last: their kind and number. A quoted value is its string's level alone.
        var open: [(level: Level, number: Int)] = []
        func enter(_ level: Level) {
            open.append((level, memo.ends.count))
            memo.ends.append(-1)
        }
        enter(quoted ? .quoted : .value)
        var index = quoted ? start + 1 : start
        while let (level, number) = open.last {
            steps += 1
            var end: Int?
            let slot = level.rawValue * memo.count + index
            if index >= bytes.count {
                end = bytes.count
            } else if memo.passedBy[slot] != 0 {
                end = memo.ends[Int(memo.passedBy[slot]) - 1]
            } else {
                memo.passedBy[slot] = UInt32(number + 1)
                let byte = bytes[index]
                if level == .quoted {
                    switch byte {
                    case UInt8(ascii: "\\"): index += 2
                    case UInt8(ascii: "\""): end = index + 1
                    default: index += 1
                    }
                } else {
                    switch byte {
                    case UInt8(ascii: "\""):
                        enter(.quoted)
                    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                        enter(.bracket)
                    case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                        end = index
                    case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "&"), 0x0A, 0x0D:
                        if level == .value { end = index }
                    default:
                        break
                    }
                    index += 1
                }
            }
            guard let end else { continue }
            memo.ends[number] = end
            open.removeLast()
            if open.isEmpty { return end }
            // The outer level goes on after the quoted string or the closing bracket, unless the text ended.
            index = end >= bytes.count ? bytes.count : (level == .quoted ? end : end + 1)
        }
        preconditionFailure("a measurement returns when its outermost level ends")
    }
}
