import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A TCP server on 127.0.0.1 that accepts every connection and never answers: the endpoint that hangs.
/// It holds the connections it accepted until ``stop()``.
final class SilentServer: @unchecked Sendable {
    /// The port the kernel chose.
    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var connections: [Int32] = []
    private var stopped = false

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(listener, 128) == 0 else {
            close(listener)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptForever() }
        thread.start()
    }

    /// `http://127.0.0.1:PORT/PATH`.
    func url(_ path: String = "/ingest") -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// How many connections the server accepted so far.
    var accepted: Int {
        lock.lock()
        defer { lock.unlock() }
        return connections.count
    }

    /// Closes the listener and every connection.
    func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for connection in connections { close(connection) }
        connections.removeAll()
    }

    private func acceptForever() {
        while true {
            let connection = accept(listener, nil, nil)
            lock.lock()
            defer { lock.unlock() }
            if stopped || connection < 0 {
                if connection >= 0 { close(connection) }
                return
            }
            connections.append(connection)
        }
    }
}
