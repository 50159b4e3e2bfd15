import Foundation
import HTTPServiceKit
import Testing

struct ServiceConfigurationTests {
    @Test func defaultsAreLoopbackPort8080CheckingEveryCall() throws {
        #expect(
            try ServiceConfiguration(arguments: []) == ServiceConfiguration(host: "127.0.0.1", port: 8080, ratio: 1))
    }

    @Test func flagsSetTheirFields() throws {
        let configuration = try ServiceConfiguration(
            arguments: ["--port", "9090", "--ratio", "0.01", "--engines", "generated", "--journal", "/tmp/j.jsonl"])
        #expect(
            configuration
                == ServiceConfiguration(
                    port: 9090, ratio: 0.01, engines: .generated, journal: URL(filePath: "/tmp/j.jsonl")))
    }

    @Test func badFlagsAreNamedWithTheirValue() {
        #expect(throws: ConfigurationError.invalidValue(flag: "--port", value: "http", expected: "a port in 1...65535"))
        {
            try ServiceConfiguration(arguments: ["--port", "http"])
        }
        #expect(throws: ConfigurationError.invalidValue(flag: "--ratio", value: "1.5", expected: "a number in 0...1")) {
            try ServiceConfiguration(arguments: ["--ratio", "1.5"])
        }
        #expect(throws: ConfigurationError.missingValue(flag: "--ratio")) {
            try ServiceConfiguration(arguments: ["--ratio"])
        }
        #expect(throws: ConfigurationError.unknownFlag("--verbose")) {
            try ServiceConfiguration(arguments: ["--verbose", "yes"])
        }
        #expect(
            ConfigurationError.invalidValue(flag: "--port", value: "http", expected: "a port in 1...65535").description
                == "--port: 'http' is not a port in 1...65535")
    }
}
