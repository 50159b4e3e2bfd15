/// A property: a statement that must hold for every value a generator produces. `check` runs it on
/// `iterations` random cases and, on a failure, shrinks it to the simplest failing value.
///
/// ```swift
/// let result = Property(over: .int.array(), iterations: 200).check { xs in xs.reversed().reversed() == xs }
/// #expect(result.passed, "\(result.report)")
/// ```
public struct Property<Value>: Sendable {
    /// Names the property in reports and, with ``location``, keys its saved failing example; unnamed properties
    /// save nothing.
    ///
    /// ```swift
    /// var property = Property(over: .int); property.name = "tax rounding"
    /// ```
    public var name: String?
    /// The generator of cases.
    ///
    /// ```swift
    /// Property(over: .int).gen.sample(count: 3)
    /// ```
    public var gen: Gen<Value>
    /// How many random cases to run when nothing fails.
    ///
    /// ```swift
    /// Property(over: .int, iterations: 1_000)
    /// ```
    public var iterations: Int
    /// The seed; `nil` uses `INVARIANTS_SEED` from the environment, else a fresh random seed.
    ///
    /// ```swift
    /// Property(over: .int, seed: 42)
    /// ```
    public var seed: UInt64?
    /// The time cap for shrinking (reported as `.shrinkTimeCapHit`).
    ///
    /// ```swift
    /// Property(over: .int, timeLimit: .seconds(2))
    /// ```
    public var timeLimit: Duration
    /// The step cap for shrinking: candidates run (reported as `.shrinkStepCapHit`).
    ///
    /// ```swift
    /// Property(over: .int, shrinkStepLimit: 500)
    /// ```
    public var shrinkStepLimit: Int
    /// Where failing examples are saved and replayed from (only for named properties). Defaults to
    /// ``ExampleDatabase/default``: `.invariants/examples/` under the current directory.
    ///
    /// ```swift
    /// Property("pricing", over: .int, database: .disabled)
    /// ```
    public var database: ExampleDatabase
    /// Where the property is declared (`"#fileID:#line"` of the `init` call unless set): with ``name`` it keys
    /// the saved failing example, so two properties of the same name in different places keep their own.
    ///
    /// ```swift
    /// var property = Property("pricing", over: .int); property.location = "PricingTests.v2"
    /// ```
    public var location: String

    /// Creates a property over `gen`. A named property saves its failing example in `database` (by default
    /// `.invariants/examples/` under the current directory) under its name and the place of this call.
    ///
    /// ```swift
    /// let property = Property("sum is bounded", over: .int.array(), iterations: 500, seed: 42)
    /// ```
    public init(
        _ name: String? = nil,
        over gen: Gen<Value>,
        iterations: Int = 100,
        seed: UInt64? = nil,
        timeLimit: Duration = .seconds(10),
        shrinkStepLimit: Int = 10_000,
        database: ExampleDatabase = .default,
        fileID: String = #fileID,
        line: Int = #line
    ) {
        self.location = "\(fileID):\(line)"
        self.name = name
        self.gen = gen
        self.iterations = iterations
        self.seed = seed
        self.timeLimit = timeLimit
        self.shrinkStepLimit = shrinkStepLimit
        self.database = database
    }
}

extension Property {
    /// The example database key: the name and the declaring location; `nil` for an unnamed property.
    var databaseKey: String? {
        name.map { "\($0)\n\(location)" }
    }
}
