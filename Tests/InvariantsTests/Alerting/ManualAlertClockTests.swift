import Foundation
import Invariants
import Testing

struct ManualAlertClockTests {
    @Test func movesOnlyWhenAdvancedOrSet() {
        let clock = ManualAlertClock(now: Date(timeIntervalSince1970: 100))
        #expect(clock.now == Date(timeIntervalSince1970: 100))
        clock.advance(by: .milliseconds(1_500))
        #expect(clock.now == Date(timeIntervalSince1970: 101.5))
        clock.set(to: Date(timeIntervalSince1970: 7))
        #expect(clock.now == Date(timeIntervalSince1970: 7))
    }

    @Test func advancesSafelyFromManyThreads() async {
        let clock = ManualAlertClock(now: Date(timeIntervalSince1970: 0))
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 { group.addTask { clock.advance(by: .seconds(1)) } }
        }
        #expect(clock.now == Date(timeIntervalSince1970: 100))
    }
}
