/// An error from a concurrent run, carried across threads as its description.
struct SendableFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
