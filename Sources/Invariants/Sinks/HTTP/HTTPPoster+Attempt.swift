import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension HTTPPoster {
    /// One POST of `body`, waiting at most `timeout`: `nil` on a 2xx answer, else why it failed and, on a
    /// `429` or `503`, the `Retry-After` the server asked for.
    func send(_ body: Data, timeout: Duration) -> (failure: HTTPPostError.Failure?, retryAfter: Duration?) {
        var request = URLRequest(
            url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout.timeInterval)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        for (field, value) in headers { request.setValue(value, forHTTPHeaderField: field) }

        let outcome = AttemptOutcome()
        let task = URLSession.shared.dataTask(with: request) { _, response, error in
            if let error {
                outcome.finish(.transport(String(describing: error)))
            } else if let response = response as? HTTPURLResponse {
                outcome.finish(.answered(response.statusCode, response.value(forHTTPHeaderField: "Retry-After")))
            } else {
                outcome.finish(.transport("no HTTP response"))
            }
        }
        task.resume()
        guard outcome.done.wait(timeout: .now() + timeout.timeInterval) == .success else {
            task.cancel()
            return (.timedOut, nil)
        }
        switch outcome.answer.withLock({ $0 }) {
        case .answered(let status, _) where (200..<300).contains(status):
            return (nil, nil)
        case .answered(let status, let retryAfter) where status == 429 || status == 503:
            return (.status(status), Self.retryAfter(retryAfter))
        case .answered(let status, _):
            return (.status(status), nil)
        case .transport(let error):
            return (.transport(error), nil)
        case nil:
            return (.timedOut, nil)
        }
    }
}

/// The answer to one POST, handed from URLSession's queue to the waiting thread.
private final class AttemptOutcome: Sendable {
    enum Answer: Sendable {
        case answered(Int, String?)
        case transport(String)
    }

    let answer = Mutex<Answer?>(nil)
    let done = DispatchSemaphore(value: 0)

    func finish(_ value: Answer) {
        answer.withLock { $0 = value }
        done.signal()
    }
}
