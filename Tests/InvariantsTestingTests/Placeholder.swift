import InvariantsTesting
import Testing

@Test func testingModuleReexportsInvariants() { #expect(Severity.critical.rank == 3) }
