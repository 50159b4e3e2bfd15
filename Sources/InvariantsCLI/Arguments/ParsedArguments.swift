/// A subcommand's arguments after parsing, following swift-argument-parser's conventions:
/// `--name value` and `--name=value` for options (an option may repeat), `--flag` for flags,
/// everything else positional, and `--` ends the options.
///
/// ```swift
/// let parsed = try ParsedArguments(["a.jsonl", "--rule", "pricing/tax", "--json"],
///                                  options: ["--rule"], flags: ["--json"])
/// parsed.positionals        // ["a.jsonl"]
/// parsed.value("--rule")    // "pricing/tax"
/// parsed.has("--json")      // true
/// ```
struct ParsedArguments {
    /// The arguments that are neither options nor flags, in order.
    var positionals: [String] = []
    /// Every value given to each option, in order.
    var options: [String: [String]] = [:]
    /// The flags that were given.
    var flags: Set<String> = []
    /// Whether `-h` or `--help` was given.
    var wantsHelp = false

    /// Parses `arguments`; `options` take a value, `flags` do not. Throws a ``UsageError`` naming an
    /// unknown option or an option without its value.
    init(_ arguments: [String], options knownOptions: Set<String>, flags knownFlags: Set<String>) throws(UsageError) {
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "--" {
                positionals.append(contentsOf: remaining)
                break
            }
            if argument == "-h" || argument == "--help" {
                wantsHelp = true
                continue
            }
            guard argument.hasPrefix("-"), argument.count > 1 else {
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if knownFlags.contains(name) {
                if inlineValue != nil { throw UsageError("flag '\(name)' does not take a value") }
                flags.insert(name)
            } else if knownOptions.contains(name) {
                guard let value = inlineValue ?? remaining.popFirst() else {
                    throw UsageError("missing value for '\(name)'")
                }
                options[name, default: []].append(value)
            } else {
                throw UsageError("unknown option '\(name)'")
            }
        }
    }

    /// The last value given to `option`, or `nil`.
    func value(_ option: String) -> String? { options[option]?.last }

    /// Every value given to `option`, in order.
    func values(_ option: String) -> [String] { options[option] ?? [] }

    /// Whether `flag` was given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of `option` as a whole number in `range`, or `nil` when the option is absent.
    func integer(_ option: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = value(option) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError("\(option) expects a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }
}
