import Invariants
import InvariantsTesting
import Testing

struct ModuleTests {
    @Test func reexportsInvariants() { #expect(Severity.critical.rank == 3) }
}
