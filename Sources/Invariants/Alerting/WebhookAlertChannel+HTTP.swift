import Foundation
import Synchronization

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension WebhookAlertChannel {
    /// One POST of `body`; returns on a 2xx answer, throws otherwise. Waits at most `timeout` seconds.
    func post(_ body: Data, timeout: TimeInterval) throws {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        for (field, value) in headers { request.setValue(value, forHTTPHeaderField: field) }

        let outcome = PostOutcome()
        let task = URLSession.shared.dataTask(with: request) { _, response, error in
            if let error {
                outcome.finish(.failure(error))
            } else {
                outcome.finish(.success((response as? HTTPURLResponse)?.statusCode ?? 0))
            }
        }
        task.resume()
        guard outcome.done.wait(timeout: .now() + timeout) == .success else {
            task.cancel()
            throw WebhookDeliveryError.Attempt.timedOut
        }
        switch outcome.result.withLock({ $0 }) {
        case .success(let status) where (200..<300).contains(status): return
        case .success(let status): throw WebhookDeliveryError.Attempt.status(status)
        case .failure(let error): throw WebhookDeliveryError.Attempt.transport(String(describing: error))
        case nil: throw WebhookDeliveryError.Attempt.timedOut
        }
    }
}

/// The answer to one POST, handed from URLSession's queue to the waiting thread.
private final class PostOutcome: Sendable {
    let result = Mutex<Result<Int, any Error>?>(nil)
    let done = DispatchSemaphore(value: 0)

    func finish(_ value: Result<Int, any Error>) {
        result.withLock { $0 = value }
        done.signal()
    }
}
