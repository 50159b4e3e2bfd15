import Foundation

/// A tiny HTTP server on 127.0.0.1 (a Python script run as a child process) that records every POST
/// as a JSON line and answers 200, or 500 on paths starting with `/fail`. The server exits when its
/// standard input closes, so it never outlives the test process.
///
/// A path `/seq/STEP,STEP,…[/more]` scripts the answers to successive POSTs to that exact path, the last
/// step repeating: a step is a status, optionally `~N` for a `Retry-After: N` header and `+S` for a delay
/// of `S` seconds before answering. `/seq/429~1,200` answers 429 with `Retry-After: 1`, then 200.
final class LocalHookServer {
    /// One request the server received.
    struct Request: Decodable, Equatable {
        var path: String
        var contentType: String
        var body: String
    }

    /// When and how a request arrived: its path, the server's monotonic clock in seconds, its headers
    /// (names lowercased).
    struct Arrival: Decodable, Equatable {
        var path: String
        var time: Double
        var headers: [String: String]
    }

    private static let script = #"""
        import http.server, json, os, signal, sys, threading, time
        signal.pthread_sigmask(signal.SIG_UNBLOCK, signal.valid_signals())
        log = sys.argv[1]
        lock = threading.Lock()
        counts = {}
        def answer(path):
            if path.startswith("/fail"):
                return 500, None, 0.0
            if not path.startswith("/seq/"):
                return 200, None, 0.0
            steps = path[len("/seq/"):].split("/")[0].split(",")
            with lock:
                index = counts.get(path, 0)
                counts[path] = index + 1
            step = steps[min(index, len(steps) - 1)]
            step, _, delay = step.partition("+")
            status, _, retry_after = step.partition("~")
            return int(status), retry_after or None, float(delay or 0)
        class Hook(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                arrived = time.monotonic()
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
                entry = {"path": self.path, "contentType": self.headers.get("Content-Type", ""), "body": body,
                         "time": arrived, "headers": {k.lower(): v for k, v in self.headers.items()}}
                with lock:
                    with open(log, "a") as file:
                        file.write(json.dumps(entry) + "\n")
                status, retry_after, delay = answer(self.path)
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(status)
                    if retry_after is not None:
                        self.send_header("Retry-After", retry_after)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                except OSError:
                    pass  # the client gave up waiting
            def log_message(self, *arguments):
                pass
        server = http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Hook)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        print(server.server_address[1], flush=True)
        sys.stdin.read()  # the test closes stdin (or dies): stop
        os._exit(0)
        """#

    private let process = Process()
    private let input = Pipe()
    private let directory: URL
    private let log: URL
    /// The port the server listens on.
    let port: Int

    /// Starts the server on `port` (0: one the kernel picks) and waits until it prints its port.
    init(port: Int = 0) throws {
        directory = FileManager.default.temporaryDirectory.appending(path: "hook-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let scriptURL = directory.appending(path: "hook.py")
        log = directory.appending(path: "requests.jsonl")
        try Self.script.write(to: scriptURL, atomically: true, encoding: .utf8)
        let output = Pipe()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3", scriptURL.path, log.path, String(port)]
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            try? input.fileHandleForWriting.close()
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    /// The URL of `path` on the server.
    func url(_ path: String) -> URL { URL(string: "http://127.0.0.1:\(port)\(path)")! }

    /// The requests received so far, in order.
    func requests() throws -> [Request] {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }

    /// When and how each request arrived, in order.
    func arrivals() throws -> [Arrival] {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Arrival.self, from: Data($0.utf8)) }
    }

    /// Stops the server and removes its files.
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }
}
