/// Holds a spread of heap blocks while a relation's second call runs in a test or a replay.
///
/// `Set` and `Dictionary` seed their hashing with the address of their storage. Called twice in a row on
/// one thread, a function that builds a set, reads its order and frees it usually gets the same block
/// back, hence the same order: `Set(skus).first` looks deterministic. Taking one block of every small
/// size class first makes the second call's storage land elsewhere, as it does in production where the
/// second call runs on another thread. Holding `depth` blocks of each class moves it by `depth` blocks, so
/// repeated attempts (a replay) compare storage at different addresses rather than the same pair again.
enum HeapShift {
    /// Block sizes from 16 bytes to 4 KiB in 16-byte steps: one per small allocator size class.
    private static let sizes = Array(stride(from: 16, through: 4_096, by: 16))

    static func during<T>(depth: Int = 1, _ body: () throws -> T) rethrows -> T {
        let blocks = allocate(depth)
        defer { for block in blocks { block.deallocate() } }
        return try body()
    }

    static func during<T>(depth: Int = 1, _ body: () async throws -> T) async rethrows -> T {
        let blocks = allocate(depth)
        defer { for block in blocks { block.deallocate() } }
        return try await body()
    }

    private static func allocate(_ depth: Int) -> [UnsafeMutableRawPointer] {
        (0..<max(1, depth)).flatMap { _ in sizes.map { UnsafeMutableRawPointer.allocate(byteCount: $0, alignment: 16) }
        }
    }
}
