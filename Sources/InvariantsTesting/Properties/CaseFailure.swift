/// How one case failed: the body returned a failing verdict, or it threw.
enum CaseFailure {
    case falsified(String)
    case threw(any Error)

    var message: String {
        switch self {
        case .falsified(let message): message
        case .threw(let error): "threw \(String(reflecting: error))"
        }
    }

    var error: (any Error)? {
        if case .threw(let error) = self { return error }
        return nil
    }
}
