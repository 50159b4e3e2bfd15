import Invariants

/// The JSON `invariants review stats --json` prints: counts and ratios per rule, set and origin, and overall.
struct ReviewStatsReport: Encodable {
    struct Figures: Encodable {
        var judgedViolations: Int
        var confirmedViolations: Int
        var falseAlarms: Int
        var judgedPasses: Int
        var missedBugs: Int
        var undecided: Int
        var precision: Double?
        var missRate: Double?

        init(_ counts: ReviewStats.Counts) {
            judgedViolations = counts.judgedViolations
            confirmedViolations = counts.confirmedViolations
            falseAlarms = counts.falseAlarms
            judgedPasses = counts.judgedPasses
            missedBugs = counts.missedBugs
            undecided = counts.undecided
            precision = counts.precision
            missRate = counts.missRate
        }
    }

    var rules: [String: Figures]
    var sets: [String: Figures]
    var origins: [String: Figures]
    var overall: Figures

    init(_ stats: ReviewStats) {
        rules = stats.rules.mapValues(Figures.init)
        sets = stats.sets.mapValues(Figures.init)
        origins = stats.origins.mapValues(Figures.init)
        overall = Figures(stats.overall)
    }
}
