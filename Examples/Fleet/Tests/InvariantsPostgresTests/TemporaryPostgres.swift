import Foundation
import Glibc
import InvariantsPostgres
import Logging
import PostgresNIO
import Testing

/// A PostgreSQL cluster of its own for the tests, on a free 127.0.0.1 port in a temporary directory:
/// Debian's `initdb` and `pg_ctl` (as the `postgres` user when the tests run as root), stopped and
/// removed when the test process exits. `nil` when the binaries are missing (the tests are then skipped;
/// `.ci/run` installs them).
final class TemporaryPostgres: Sendable {
    static let binaries = ProcessInfo.processInfo.environment["PG_BIN"] ?? "/usr/lib/postgresql/15/bin"
    static let available = FileManager.default.isExecutableFile(atPath: binaries + "/initdb")
    static let skipReason: Comment = "PostgreSQL's initdb is not at \(binaries) (apt-get install postgresql)"

    static let shared: TemporaryPostgres? = {
        guard available else { return nil }
        let server = try? TemporaryPostgres()
        if server != nil { atexit { TemporaryPostgres.shared?.stop() } }
        return server
    }()

    let directory: URL
    let port: Int
    let settings: PostgresSettings
    private let asPostgres: [String]

    private init() throws {
        directory = FileManager.default.temporaryDirectory.appending(path: "invariants-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        asPostgres = getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--"] : []
        if getuid() == 0 {
            try Self.run(["/bin/chmod", "755", directory.path])
            try Self.run(["/bin/chown", "postgres", directory.path])
        }
        port = try Self.freePort()
        let data = directory.appending(path: "data").path
        try Self.run(asPostgres + [Self.binaries + "/initdb", "-D", data, "-U", "tests", "-A", "trust", "-E", "UTF8"])
        try Self.run(
            asPostgres + [
                Self.binaries + "/pg_ctl", "-D", data, "-l", directory.appending(path: "server.log").path, "-w", "-o",
                "-p \(port) -c listen_addresses=127.0.0.1 -k \(directory.path)", "start",
            ])
        settings = PostgresSettings(port: port, username: "tests", database: "postgres", tls: .disable)
    }

    /// A new empty database on the cluster, for one test.
    func database() throws -> PostgresSettings {
        let name = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try Self.run(
            asPostgres + [Self.binaries + "/createdb", "-h", "127.0.0.1", "-p", "\(port)", "-U", "tests", name])
        var settings = settings
        settings.database = String(name)
        return settings
    }

    /// Runs `body` with a running client and a migrated queue on a fresh database.
    static func withQueue<Value: Sendable>(
        name: String = "review", instance: String? = nil, spill: URL? = nil,
        _ body: @escaping @Sendable (PostgresReviewQueue) async throws -> Value
    ) async throws -> Value {
        let settings = try #require(shared).database()
        let client = PostgresClient(
            configuration: settings.clientConfiguration, backgroundLogger: Logger(label: "test"))
        let queue = PostgresReviewQueue(
            client: client, name: name, location: settings.description, instance: instance, spill: spill)
        return try await withThrowingTaskGroup(of: Value?.self) { group in
            group.addTask {
                await client.run()
                return nil
            }
            defer { group.cancelAll() }
            try await queue.migrate()
            return try await body(queue)
        }
    }

    func stop() {
        try? Self.run(
            asPostgres + [
                Self.binaries + "/pg_ctl", "-D", directory.appending(path: "data").path, "-m", "immediate", "stop",
            ])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a command through `/bin/sh` (Foundation's `Process` can hang on `pg_ctl`, whose server inherits
    /// the descriptors), its output discarded; throws when it fails.
    static func run(_ arguments: [String]) throws {
        let line = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        guard system(line + " >/dev/null 2>&1 </dev/null") == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(arguments) failed"])
        }
    }

    /// A port nothing listens on now.
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

}
