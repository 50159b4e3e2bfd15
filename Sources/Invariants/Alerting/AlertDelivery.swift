/// An alert and the channels it goes to, computed under the engine's lock and sent outside it.
struct AlertDelivery: Sendable {
    let alert: Alert
    let channels: [any AlertChannel]
}
