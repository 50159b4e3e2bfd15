public import Foundation
import Invariants

extension Gen where Value: Decodable & Sendable {
    /// This generator mixed with real inputs: about three cases in ten are an input of `corpus`, most of them
    /// mutated in one field, numbers first (a number ± one unit of its last digit, rounded to a whole amount
    /// or ten, or with half a unit more; a string case-flipped, padded with a space, cut by one character or
    /// in NFD; a `Bool` flipped). A mutation that no longer decodes falls back to the input as it is.
    /// Shrinking moves from mutated to plain inputs and from inputs to generated values (when those are
    /// simpler and still fail).
    ///
    /// ```swift
    /// let corpus = try SeedCorpus<Cart>(contentsOf: URL(filePath: ".invariants/journal.jsonl"))
    /// await expectInvariants(quoteRules, of: PricingEngine.quote, over: Gen.cart.seeded(from: corpus))
    /// ```
    public func seeded(from corpus: SeedCorpus<Value>) -> Gen<Value> {
        let inputs = corpus.inputs
        guard !inputs.isEmpty else { return self }
        let leaves = inputs.map(SeedMutation.leaves)
        return Gen { context in
            let pick = try context.choose(upTo: UInt64(inputs.count)) {
                context.chance(0.3) ? 1 + context.random(upTo: UInt64(inputs.count - 1)) : 0
            }
            guard pick > 0 else { return try self.run(context) }
            let input = inputs[Int(pick - 1)]
            let inputLeaves = leaves[Int(pick - 1)]
            let mutation = try context.choose(upTo: UInt64(inputLeaves.count) * SeedMutation.kinds) {
                guard !inputLeaves.isEmpty, context.chance(0.8) else { return 0 }
                // Numbers first: amounts next to the ones production sent are where thresholds are.
                let numbers = inputLeaves.indices.filter { inputLeaves[$0] }
                let leaf =
                    !numbers.isEmpty && context.chance(0.6)
                    ? numbers[Int(context.random(upTo: UInt64(numbers.count - 1)))]
                    : Int(context.random(upTo: UInt64(inputLeaves.count - 1)))
                return 1 + UInt64(leaf) * SeedMutation.kinds + context.random(upTo: SeedMutation.kinds - 1)
            }
            if mutation > 0, let mutated = SeedMutation.apply(mutation - 1, to: input),
                let value = try? Self.decode(mutated)
            {
                return value
            }
            return try Self.decode(input)
        }
    }

    /// This generator mixed with the inputs of a journal, regression fixture or review queue directory
    /// (see ``SeedCorpus``); throws ``SeedCorpus/LoadError`` or the fixture's line error naming the file.
    ///
    /// ```swift
    /// let gen = try Gen.cart.seeded(from: URL(filePath: "Tests/Fixtures/quotes.jsonl"))
    /// ```
    public func seeded(from url: URL) throws -> Gen<Value> {
        seeded(from: try SeedCorpus<Value>(contentsOf: url))
    }

    private static func decode(_ json: JSONValue) throws -> Value {
        try JSONDecoder().decode(Value.self, from: Data(json.serialized().utf8))
    }
}
