import Invariants

/// A sink that always throws, to show a broken sink cannot change what a guarded call returns.
struct FailingSink: ViolationSink {
    struct Broken: Error {}
    func record(_ batch: [ViolationRecord]) throws { throw Broken() }
}
