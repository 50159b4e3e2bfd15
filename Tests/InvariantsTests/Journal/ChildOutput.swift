import Glibc

/// The lines a child process prints on a pipe, read with `poll(2)` so that no read waits past a deadline.
struct ChildOutput {
    let descriptor: Int32
    private(set) var lines: [String] = []
    private var partial: [UInt8] = []
    private(set) var reachedEnd = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Reads until `count` complete lines arrived, the pipe ended or `deadline` passed; returns whether
    /// `count` lines arrived.
    mutating func read(untilLines count: Int, deadline: ContinuousClock.Instant) -> Bool {
        while lines.count < count, !reachedEnd, ContinuousClock.now < deadline {
            readAvailable()
        }
        return lines.count >= count
    }

    /// Reads until the pipe ends or `deadline` passes; returns whether it ended.
    mutating func readToEnd(deadline: ContinuousClock.Instant) -> Bool {
        while !reachedEnd, ContinuousClock.now < deadline {
            readAvailable()
        }
        return reachedEnd
    }

    /// Waits at most 100 ms for bytes, then reads what is there.
    private mutating func readAvailable() {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, 100) > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR || errno == EAGAIN { return }
        guard count > 0 else {
            reachedEnd = true
            return
        }
        for byte in chunk[..<count] {
            if byte == 0x0A {
                lines.append(String(decoding: partial, as: UTF8.self))
                partial.removeAll(keepingCapacity: true)
            } else {
                partial.append(byte)
            }
        }
    }
}
