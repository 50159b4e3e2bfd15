import Invariants
import Testing

struct InvariantContextTests {
    @Test func isEmptyOutsideAnyScope() {
        #expect(InvariantContext.current == InvariantContext())
        #expect(InvariantContext.current.isEmpty)
    }

    @Test func setsTheContextForTheDurationOfASyncOperation() {
        let seen = withInvariantContext(requestID: "r-1", tenant: "acme", tags: ["region": "eu"]) {
            InvariantContext.current
        }
        #expect(seen == InvariantContext(requestID: "r-1", tenant: "acme", tags: ["region": "eu"]))
        #expect(InvariantContext.current.isEmpty)
    }

    @Test func nestedScopesMergeWithTheInnerWinning() {
        let seen = withInvariantContext(requestID: "outer", tenant: "acme", tags: ["a": "1", "b": "1"]) {
            withInvariantContext(requestID: "inner", traceID: "t-9", tags: ["b": "2", "c": "2"]) {
                InvariantContext.current
            }
        }
        #expect(
            seen
                == InvariantContext(
                    requestID: "inner", tenant: "acme", traceID: "t-9", tags: ["a": "1", "b": "2", "c": "2"])
        )
    }

    @Test func rethrowsTheOperationsError() {
        struct Failure: Error, Equatable {}
        #expect(throws: Failure()) {
            try withInvariantContext(requestID: "r") { throw Failure() }
        }
    }

    @Test func propagatesIntoChildTasksAndAcrossAwaits() async {
        let seen = await withInvariantContext(requestID: "r-2", tenant: "acme") {
            await Task.yield()
            async let child = InvariantContext.current.requestID
            let group = await withTaskGroup(of: String?.self) { group in
                for _ in 0..<3 { group.addTask { InvariantContext.current.tenant } }
                var tenants: [String?] = []
                for await tenant in group { tenants.append(tenant) }
                return tenants
            }
            let unstructured = await Task { InvariantContext.current.requestID }.value
            return [await child] + group + [unstructured]
        }
        #expect(seen == ["r-2", "acme", "acme", "acme", "r-2"])
    }

    @Test func theSyncFormWorksInsideAsyncCode() async {
        let sync = withInvariantContext(requestID: "s") { InvariantContext.current.requestID }
        let async = await withInvariantContext(requestID: "a") {
            await Task.yield()
            return InvariantContext.current.requestID
        }
        #expect([sync, async] == ["s", "a"])
    }

    @Test func detachedTasksDoNotInheritTheContext() async {
        let seen = await withInvariantContext(requestID: "r-3") {
            await Task.detached { InvariantContext.current.requestID }.value
        }
        #expect(seen == nil)
    }

    @Test func samplingKeyIsTheRequestIDElseTheTraceID() {
        #expect(InvariantContext(requestID: "r", traceID: "t").samplingKey == "r")
        #expect(InvariantContext(traceID: "t").samplingKey == "t")
        #expect(InvariantContext(tenant: "x").samplingKey == nil)
    }
}
