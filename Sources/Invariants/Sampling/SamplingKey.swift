/// The sampling hash of the running request, bound by ``withInvariantContext(requestID:tenant:traceID:tags:operation:)``.
///
/// Hashing the request id (or trace id) once per request, rather than on every guarded call, keeps the
/// keyed sampling decision to a task-local read, a shift and a compare.
///
/// ```swift
/// withInvariantContext(requestID: "req-42") { SamplingKey.current == SamplingKey.hash("req-42") }   // true
/// ```
public enum SamplingKey {
    /// The hash of the current context's ``InvariantContext/samplingKey``, or `nil` outside any context.
    ///
    /// ```swift
    /// let sample = SamplingKey.current ?? fallbackCounter.next()
    /// ```
    @TaskLocal public static var current: UInt64?

    /// A stable 64-bit hash of a key: the same in every process and on every run (FNV-1a, then the
    /// SplitMix64 finaliser so that close keys spread over the whole range).
    ///
    /// ```swift
    /// SamplingKey.hash("req-42")   // the same number in every service that samples by request id
    /// ```
    public static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return mix(hash)
    }

    /// The SplitMix64 finaliser.
    @inlinable
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
