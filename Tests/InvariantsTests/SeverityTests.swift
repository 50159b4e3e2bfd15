import Invariants
import Testing

struct SeverityTests {
    @Test func severitiesAreOrderedFromInfoToCritical() {
        #expect(Severity.allCases.sorted() == [.info, .warning, .error, .critical])
        #expect(Severity.error > .warning)
    }
}
