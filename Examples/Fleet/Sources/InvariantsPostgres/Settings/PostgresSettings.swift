public import Foundation
import NIOSSL
public import PostgresNIO

/// Where the review store lives: host, port, user, password, database and TLS mode, read from
/// `INVARIANTS_POSTGRES_URL` or the usual `PG*` variables.
///
/// ```swift
/// let settings = try PostgresSettings.fromEnvironment()   // INVARIANTS_POSTGRES_URL=postgres://ann@db/reviews
/// let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
/// ```
///
/// The password never appears in ``description``.
public struct PostgresSettings: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS, as libpq's `sslmode` names it.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Plain TCP: the right choice for a database on loopback.
        case disable
        /// TLS when the server offers it (libpq's default).
        case prefer
        /// TLS or no connection.
        case require
    }

    /// The server's host name or address.
    public var host: String
    /// The server's port.
    public var port: Int
    /// The role to connect as.
    public var username: String
    /// The role's password, if the server asks for one.
    public var password: String?
    /// The database holding the review tables.
    public var database: String
    /// Whether to use TLS.
    public var tls: TLSMode

    /// Creates settings; loopback, port 5432 and TLS `prefer` by default.
    public init(
        host: String = "127.0.0.1", port: Int = 5432, username: String, password: String? = nil,
        database: String? = nil, tls: TLSMode = .prefer
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database ?? username
        self.tls = tls
    }

    /// The settings the environment gives: `INVARIANTS_POSTGRES_URL`
    /// (`postgres://user:password@host:port/database?sslmode=disable`) when set, otherwise `PGHOST`, `PGPORT`,
    /// `PGUSER`, `PGPASSWORD`, `PGDATABASE` and `PGSSLMODE`, with libpq's defaults for what is missing
    /// (the user is `USER`, the database is named after the user).
    ///
    /// ```swift
    /// try PostgresSettings.fromEnvironment(["PGHOST": "127.0.0.1", "PGPORT": "55432", "PGUSER": "fleet"])
    /// ```
    ///
    /// - Throws: ``PostgresSettingsError`` naming the variable at fault.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PostgresSettingsError) -> PostgresSettings {
        if let url = environment["INVARIANTS_POSTGRES_URL"], !url.isEmpty {
            return try PostgresSettings(url: url, variable: "INVARIANTS_POSTGRES_URL")
        }
        let user = environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        var settings = PostgresSettings(
            host: environment["PGHOST"] ?? "127.0.0.1", username: user, password: environment["PGPASSWORD"],
            database: environment["PGDATABASE"])
        if let text = environment["PGPORT"] {
            guard let port = Int(text), (1...65_535).contains(port) else {
                throw .invalid(variable: "PGPORT", reason: "expected a port in 1...65535, got '\(text)'")
            }
            settings.port = port
        }
        if let mode = environment["PGSSLMODE"] { settings.tls = try Self.tlsMode(mode, variable: "PGSSLMODE") }
        return settings
    }

    /// Parses a `postgres://` or `postgresql://` URL.
    ///
    /// ```swift
    /// try PostgresSettings(url: "postgres://fleet@127.0.0.1:55432/reviews?sslmode=disable").port   // 55432
    /// ```
    public init(url text: String, variable: String = "url") throws(PostgresSettingsError) {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme)
        else {
            throw .invalid(variable: variable, reason: "expected postgres://user:password@host:port/database")
        }
        guard let user = components.user, !user.isEmpty else {
            throw .invalid(variable: variable, reason: "the URL names no user")
        }
        let database = components.path.drop { $0 == "/" }
        self.init(
            host: components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1",
            port: components.port ?? 5432, username: user.removingPercentEncoding ?? user,
            password: components.password.map { $0.removingPercentEncoding ?? $0 },
            database: database.isEmpty ? nil : String(database))
        if let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value {
            tls = try Self.tlsMode(mode, variable: variable + " sslmode")
        }
    }

    /// `postgres://user@host:port/database`, never the password.
    public var description: String { "postgres://\(username)@\(host):\(port)/\(database)" }

    /// The configuration of a `PostgresClient` for these settings.
    ///
    /// ```swift
    /// let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
    /// ```
    public var clientConfiguration: PostgresClient.Configuration {
        let tlsSetting: PostgresClient.Configuration.TLS =
            switch tls {
            case .disable: .disable
            case .prefer: .prefer(.makeClientConfiguration())
            case .require: .require(.makeClientConfiguration())
            }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tlsSetting)
        configuration.options.connectTimeout = .seconds(3)
        configuration.options.maximumConnections = 4
        return configuration
    }

    private static func tlsMode(_ text: String, variable: String) throws(PostgresSettingsError) -> TLSMode {
        switch text {
        case "disable", "allow": return .disable
        case "prefer": return .prefer
        case "require", "verify-ca", "verify-full": return .require
        default: throw .invalid(variable: variable, reason: "expected disable, prefer or require, got '\(text)'")
        }
    }
}
