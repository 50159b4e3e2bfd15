import InvariantsTesting
import Synchronization
import Testing

struct TestingIntegrationTests {
    @Test func expectPropertyRecordsNothingWhenItHolds() async {
        await expectProperty(over: Gen.int.array(), seed: 1, database: .disabled) { xs in
            Array(xs.reversed().reversed()) == xs
        }
    }

    @Test func expectPropertyRecordsExactlyOneIssueWithTheShrunkCounterexample() async {
        let comments = Mutex<[String]>([])
        await withKnownIssue {
            await expectProperty("reverse", over: Gen.int.array(), seed: 2, database: .disabled) { xs in
                Array(xs.reversed()) == xs
            }
        } matching: { issue in
            comments.withLock { $0.append(issue.comments.map(\.rawValue).joined()) }
            return true
        }
        let recorded = comments.withLock { $0 }
        #expect(recorded.count == 1)
        #expect(recorded.first?.hasPrefix("Property \"reverse\" failed after") == true)
        #expect(recorded.first?.contains("Counterexample: [0, 1]") == true)
        #expect(recorded.first?.contains("(seed 2)") == true)
        #expect(recorded.first?.contains("steps") == true)
    }

    @Test func asyncBodiesWorkWithExpectProperty() async {
        await expectProperty(over: .int(in: 0...9), seed: 3, database: .disabled) { n in
            await Task.yield()
            return n < 10
        }
    }

    @Test func pureFunctionIsDeterministic() async {
        await expectDeterministic({ (xs: [Int]) in xs.sorted() }, over: Gen.int.array(), seed: 4, database: .disabled)
        let result = Property(over: Gen.int.array(), seed: 4, database: .disabled).checkDeterministic {
            Set($0).sorted()
        }
        #expect(result.passed)
    }

    @Test func sharedCounterIsReportedAsNonDeterministicWithShrunkInput() async {
        let counter = Mutex(0)
        let result = await Property(over: .int(in: 0...1_000), seed: 5, database: .disabled).checkDeterministic {
            (n: Int) async in
            counter.withLock { count in
                count += 1
                return n + count
            }
        }
        #expect(result.counterexample == 0)
        let message = result.failureMessage ?? ""
        #expect(message.hasPrefix("outputs differ for the same input: sequential run 1 returned "))
    }

    @Test func sharedCounterIsCaughtFromSynchronousFunctionsToo() {
        let counter = Mutex(0)
        let result = Property(over: Gen.string, seed: 6, database: .disabled).checkDeterministic { (text: String) in
            counter.withLock { count in
                count += 1
                return count.isMultiple(of: 4) ? text + "!" : text
            }
        }
        #expect(result.counterexample == "")
        #expect(result.failureMessage?.contains("returned \"!\"") == true)
    }

    @Test func expectDeterministicRecordsOneIssueForSharedState() async {
        let counter = Mutex(0)
        let issues = Mutex(0)
        await withKnownIssue {
            await expectDeterministic(
                { (n: Int) in
                    counter.withLock { count in
                        count += 1
                        return n * count
                    }
                },
                over: .int(in: 1...100), seed: 7, database: .disabled
            )
        } matching: { issue in
            issues.withLock { $0 += 1 }
            return issue.comments.map(\.rawValue).joined().contains("Counterexample: 1\n")
        }
        #expect(issues.withLock { $0 } == 1)
    }

    @Test func xctestAssertionsPassQuietlyWhenThePropertyHolds() {
        XCTAssertProperty(over: .int, seed: 8, database: .disabled) { $0 == $0 }
        XCTAssertDeterministic({ (n: Int) in n &* 2 }, over: .int, seed: 8, database: .disabled)
    }

    @Test func asyncXCTestAssertionPassesQuietlyWhenThePropertyHolds() async {
        await XCTAssertProperty(over: .int(in: 0...9), seed: 9, database: .disabled) { n in
            await Task.yield()
            return n <= 9
        }
    }
}
