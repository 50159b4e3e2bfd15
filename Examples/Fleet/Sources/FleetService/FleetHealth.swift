import Invariants
import InvariantsPostgres

/// What `GET /fleet/health` and `POST /fleet/flush` answer: what this instance acknowledged.
///
/// ```json
/// {"instance":"a","violations":12,"reviewRouted":40,"reviewWritten":40,"reviewDropped":0,"reviewPending":0,
///  "stored":40,"spilled":0,"replayed":0,"spillPending":0}
/// ```
struct FleetHealth: Codable, Sendable {
    var instance: String
    /// Violation records the sinks (the metrics counters) took.
    var violations: Int
    var violationsDropped: Int
    var reviewRouted = 0
    /// Items the review writer handed to the store and the store accepted (in PostgreSQL or spilled).
    var reviewWritten = 0
    var reviewDropped = 0
    var reviewPending = 0
    var stored: Int
    var spilled: Int
    var replayed: Int
    var spillPending: Int
}
