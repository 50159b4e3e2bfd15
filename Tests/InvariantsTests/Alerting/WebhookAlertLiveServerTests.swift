import Foundation
import Invariants
import Testing

struct WebhookAlertLiveServerTests {
    let clock = ManualAlertClock()
    let inbox = AlertInbox()

    @Test func postsTheAlertAsJSONToTheHook() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let hook = WebhookAlertChannel.webhook(server.url("/hook"), timeout: .seconds(5))
        let engine = AlertEngine(rules: [.count(1, within: .seconds(60), notify: [hook, inbox.channel])], clock: clock)
        engine.observe([violation(at: clock.now)])
        let alert = try #require(inbox.alerts.first)
        let expected = String(decoding: try WebhookAlertChannel.payload(for: alert), as: UTF8.self)
        #expect(try server.requests() == [.init(path: "/hook", contentType: "application/json", body: expected)])
        #expect(engine.stats.sent == ["webhook 127.0.0.1": 1, "inbox": 1])
        #expect(engine.stats.failed.isEmpty)
    }

    @Test func retriesAnErrorStatusThenCountsTheFailure() throws {
        let server = try LocalHookServer()
        defer { server.stop() }
        let hook = WebhookAlertChannel.webhook(
            server.url("/fail"), timeout: .seconds(5), attempts: 3, backoff: .milliseconds(1))
        let engine = AlertEngine(rules: [.count(1, within: .seconds(60), notify: [hook])], clock: clock)
        engine.observe([violation(at: clock.now)])
        #expect(try server.requests().map(\.path) == ["/fail", "/fail", "/fail"])
        #expect(engine.stats.failed == ["webhook 127.0.0.1": 1])
        #expect(
            engine.stats.lastFailure
                == "webhook 127.0.0.1: webhook \(server.url("/fail").absoluteString): HTTP 500; HTTP 500; HTTP 500")
    }
}
