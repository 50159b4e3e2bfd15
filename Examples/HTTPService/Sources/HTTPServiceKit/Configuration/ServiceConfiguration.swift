public import Foundation

/// How the HTTP service runs: where it listens, how often it checks, which engines it serves.
///
/// ```swift
/// let configuration = try ServiceConfiguration(arguments: ["--port", "9090", "--ratio", "0.05"])
/// ```
public struct ServiceConfiguration: Sendable, Equatable {
    /// The address to bind; loopback by default.
    public var host: String
    /// The port to listen on; 8080 by default.
    public var port: Int
    /// The sampling ratio of `POST /quote` and `POST /authorize`, in `0...1`; every call by default.
    public var ratio: Double
    /// Which engine implementations to serve.
    public var engines: EngineChoice
    /// Where to journal violations as well, if anywhere.
    public var journal: URL?

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, ratio: Double = 1, engines: EngineChoice = .reviewed,
        journal: URL? = nil
    ) {
        self.host = host
        self.port = port
        self.ratio = ratio
        self.engines = engines
        self.journal = journal
    }

    /// The usage text `--help` prints.
    public static let usage = """
        usage: HTTPService [--port N] [--host ADDRESS] [--ratio P] [--engines reviewed|generated] [--journal PATH]
          --port N        port to listen on (default 8080)
          --host ADDRESS  address to bind (default 127.0.0.1, loopback)
          --ratio P       share of /quote and /authorize calls checked, 0...1 (default 1);
                          /quote/r0, /quote/r001 and /quote/r1 always check 0, 1 % and 100 %
          --engines E     reviewed (default) or generated: the rewrites with a rounding and an auth bug
          --journal PATH  also append violations to a JSON Lines journal at PATH
        """

    /// Parses command-line arguments (without the program name).
    ///
    /// ```swift
    /// try ServiceConfiguration(arguments: ["--ratio", "0.01"]).ratio   // 0.01
    /// ```
    ///
    /// - Throws: ``ConfigurationError`` naming the flag and the value at fault.
    public init(arguments: [String]) throws(ConfigurationError) {
        self.init()
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            if flag == "--help" || flag == "-h" { throw .helpRequested }
            guard let value = remaining.popFirst() else {
                throw ["--port", "--host", "--ratio", "--engines", "--journal"].contains(flag)
                    ? .missingValue(flag: flag) : .unknownFlag(flag)
            }
            switch flag {
            case "--port":
                guard let port = Int(value), (1...65_535).contains(port) else {
                    throw .invalidValue(flag: flag, value: value, expected: "a port in 1...65535")
                }
                self.port = port
            case "--host":
                self.host = value
            case "--ratio":
                guard let ratio = Double(value), (0...1).contains(ratio) else {
                    throw .invalidValue(flag: flag, value: value, expected: "a number in 0...1")
                }
                self.ratio = ratio
            case "--engines":
                guard let engines = EngineChoice(rawValue: value) else {
                    throw .invalidValue(flag: flag, value: value, expected: "reviewed or generated")
                }
                self.engines = engines
            case "--journal":
                self.journal = URL(filePath: value)
            default:
                throw .unknownFlag(flag)
            }
        }
    }
}
