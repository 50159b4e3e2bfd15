import Foundation
import HTTPServiceKit

/// The instance's command line: the fleet's flags, then the service's own (see `ServiceConfiguration`).
struct FleetOptions {
    enum Failure: Error, CustomStringConvertible {
        case help
        case invalid(String)

        var description: String {
            switch self {
            case .help: "help requested"
            case .invalid(let message): message
            }
        }
    }

    static let usage = """
        usage: FleetService [--instance NAME] [--spill DIR] [--review-sample P] [--review-capacity N] [service flags]
          --instance NAME       this instance's name, stored with its review items (default: the host name)
          --spill DIR           keep review items here while PostgreSQL is unreachable (default: none, drop)
          --review-sample P     share of passing checked calls routed to review, 0...1 (default 0.05);
                                every failing call is routed
          --review-capacity N   review items held in memory at most (default 10000)
        PostgreSQL: INVARIANTS_POSTGRES_URL, or PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE.
        """ + "\n" + ServiceConfiguration.usage

    var instance = ProcessInfo.processInfo.hostName
    var spill: URL?
    var reviewSample = 0.05
    var reviewCapacity = 10_000
    var service: ServiceConfiguration

    init(arguments: [String]) throws(Failure) {
        var rest: [String] = []
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard ["--instance", "--spill", "--review-sample", "--review-capacity"].contains(flag) else {
                rest.append(flag)
                continue
            }
            guard let value = remaining.popFirst() else { throw .invalid("\(flag): missing value") }
            switch flag {
            case "--instance": instance = value
            case "--spill": spill = URL(filePath: value)
            case "--review-sample":
                guard let rate = Double(value), (0...1).contains(rate) else {
                    throw .invalid("--review-sample: expected a number in 0...1, got '\(value)'")
                }
                reviewSample = rate
            default:
                guard let capacity = Int(value), capacity > 0 else {
                    throw .invalid("--review-capacity: expected a positive whole number, got '\(value)'")
                }
                reviewCapacity = capacity
            }
        }
        do {
            service = try ServiceConfiguration(arguments: rest)
        } catch .helpRequested {
            throw .help
        } catch {
            throw .invalid("\(error)")
        }
    }
}
