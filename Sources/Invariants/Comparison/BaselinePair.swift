/// One pinned call of a baseline: the input, and the output the function returned for it (or the error it
/// threw), as JSON.
///
/// ```swift
/// let pair = baseline.pairs[0]
/// pair.input            // {"lines":[…],"currency":"EUR"}
/// pair.output?["total"] // .number("37.2")
/// ```
public struct BaselinePair: Sendable, Hashable {
    /// The pair's position in the baseline, from 0.
    ///
    /// ```swift
    /// baseline.pairs[3].index   // 3
    /// ```
    public var index: Int
    /// The input, as the function's input type encodes it.
    ///
    /// ```swift
    /// pair.input["currency"]   // .string("EUR")
    /// ```
    public var input: JSONValue
    /// The output, as the output type encodes it; `nil` when the function threw.
    ///
    /// ```swift
    /// pair.output?["total"]   // .number("37.2")
    /// ```
    public var output: JSONValue?
    /// The description of the error the function threw; `nil` when it returned.
    ///
    /// ```swift
    /// pair.error   // "rate table missing for EUR" when the function threw
    /// ```
    public var error: String?

    /// Creates a pair.
    ///
    /// ```swift
    /// BaselinePair(index: 0, input: 2, output: 4)
    /// ```
    public init(index: Int, input: JSONValue, output: JSONValue? = nil, error: String? = nil) {
        self.index = index
        self.input = input
        self.output = output
        self.error = error
    }

    /// The pair's line in a baseline file: `{"index":0,"input":…,"output":…}` (keys sorted, compact).
    ///
    /// ```swift
    /// BaselinePair(index: 0, input: 2, output: 4).jsonLine   // {"index":0,"input":2,"output":4}
    /// ```
    public var jsonLine: String {
        var members: [String: JSONValue] = ["index": .number(String(index)), "input": input]
        if let output { members["output"] = output }
        if let error { members["error"] = .string(error) }
        return JSONValue.object(members).serialized()
    }

    /// The differences from `old` to this pair's result: its output's fields (`$` for a whole output that
    /// appeared or vanished) and `$error` for a changed error.
    ///
    /// ```swift
    /// rerun.differences(from: pinned, tolerance: .absolute(0.01)).map(\.description)   // ["total: 10 → 10.5"]
    /// ```
    public func differences(from old: BaselinePair, tolerance: NumericTolerance = .exact) -> [FieldDifference] {
        var differences: [FieldDifference] = []
        switch (old.output, output) {
        case (nil, nil): break
        case (let before?, let after?):
            differences = JSONDiff.differences(from: before, to: after, tolerance: tolerance)
        default: differences.append(FieldDifference(path: JSONDiff.rootPath, old: old.output, new: output))
        }
        if old.error != error {
            differences.append(
                FieldDifference(path: "$error", old: old.error.map(JSONValue.string), new: error.map(JSONValue.string)))
        }
        return differences
    }
}
