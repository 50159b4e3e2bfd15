/// A failed call's input and output, held as the caller passed them until the reporter's queue
/// captures and redacts them.
///
/// Only `Sendable` values are deferred: a `Sendable` value cannot change after the call returns, so
/// capturing it later gives exactly the snapshot the caller would have taken, and the caller pays for a
/// copy and one allocation instead of the encoding and the redaction walk. ``InvariantSet`` decides, when
/// it is built, whether its calls' values can be deferred.
@usableFromInline
protocol DeferredCapture: AnyObject, Sendable {
    /// Captures the input and the output, redacted; called on the reporter's queue only.
    func snapshots(redaction: Redaction, byteLimit: Int) -> (input: Snapshot, output: Snapshot)
    /// The bytes the held values take inline (their `MemoryLayout` sizes and the object's header), not
    /// counting what they point to.
    var inlineBytes: Int { get }
}

/// The ``DeferredCapture`` of one call's `Sendable` input and output.
@usableFromInline
final class DeferredValues<Input: Sendable, Output: Sendable>: DeferredCapture {
    let input: Input
    let output: Output

    @usableFromInline
    init(input: Input, output: Output) {
        self.input = input
        self.output = output
    }

    @usableFromInline
    var inlineBytes: Int { 16 + MemoryLayout<Input>.size + MemoryLayout<Output>.size }

    @usableFromInline
    func snapshots(redaction: Redaction, byteLimit: Int) -> (input: Snapshot, output: Snapshot) {
        (
            Snapshot.capture(input, redaction: redaction, byteLimit: byteLimit),
            Snapshot.capture(output, redaction: redaction, byteLimit: byteLimit)
        )
    }
}
