import Foundation
import InvariantsTesting
import Testing

struct ExampleDatabaseTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("invariants-\(UUID().uuidString)")

    func savedFiles() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    }

    @Test func failingExampleIsSavedAndReplayedFirst() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = ExampleDatabase(directory: directory)
        let gen = Gen.int(in: 0...1_000_000)

        let first = Property("threshold", over: gen, seed: 1, database: database).check { $0 < 500_000 }
        #expect(first.counterexample == 500_000)
        #expect(first.replayedSavedExample == false)
        let files = savedFiles()
        #expect(files.count == 1)
        let text = try String(contentsOf: directory.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(text == "500000\n")

        let second = Property("threshold", over: gen, iterations: 5, seed: 2, database: database).check {
            $0 != 500_000
        }
        #expect(second.replayedSavedExample)
        #expect(second.counterexample == 500_000)
        #expect(second.report.contains("Found by replaying the saved failing example first."))

        let third = Property("threshold", over: gen, iterations: 5, seed: 3, database: database).check { _ in true }
        #expect(third.passed)
        #expect(third.casesRun == 6)
        #expect(savedFiles().isEmpty)
    }

    @Test func disabledDatabaseSavesNothing() {
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = Property("threshold", over: .int, seed: 1, database: .disabled).check { $0 < 10 }
        #expect(result.counterexample == 10)
        #expect(ExampleDatabase.disabled.directory == nil)
        #expect(savedFiles().isEmpty)
    }

    @Test func unnamedPropertiesSaveNothing() {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = Property(over: .int, seed: 1, database: ExampleDatabase(directory: directory)).check { $0 < 10 }
        #expect(savedFiles().isEmpty)
    }

    @Test func propertiesAreKeyedByName() {
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = ExampleDatabase(directory: directory)
        _ = Property("pricing/tax rounding", over: .int, seed: 1, database: database).check { $0 < 10 }
        _ = Property("pricing/totals", over: .int, seed: 1, database: database).check { $0 < 20 }
        let files = savedFiles().sorted()
        #expect(files.count == 2)
        #expect(files.allSatisfy { $0.hasPrefix("pricing_t") && $0.hasSuffix(".choices") })
    }

    @Test func corruptSavedExampleIsIgnored() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = ExampleDatabase(directory: directory)
        _ = Property("corrupt", over: .int(in: 0...9), seed: 1, database: database).check { $0 < 5 }
        let file = directory.appendingPathComponent(try #require(savedFiles().first))
        try "not numbers\n".write(to: file, atomically: true, encoding: .utf8)
        let result = Property("corrupt", over: .int(in: 0...9), seed: 1, database: database).check { $0 < 5 }
        #expect(result.replayedSavedExample == false)
        #expect(result.counterexample == 5)
    }
}
