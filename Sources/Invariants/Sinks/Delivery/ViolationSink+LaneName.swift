import Foundation

extension ViolationSink {
    /// The name the sink's lane goes by in ``SinkHealth``: its kind and where it writes, never a URL's
    /// user, password, path or query (they may hold secrets).
    var laneName: String {
        switch self {
        case let journal as JournalSink: "journal \(journal.url.lastPathComponent)"
        case let webhook as WebhookSink: "webhook \(webhook.url.host ?? "?")"
        case let otlp as OTLPSink: "otlp \(otlp.endpoint.host ?? "?")"
        case is ConsoleSink: "console"
        case is MemorySink: "memory"
        case is AlertEngine: "alerts"
        case let multiplex as MultiplexSink: "multiplex(\(multiplex.sinks.map(\.laneName).joined(separator: ", ")))"
        default: String(describing: type(of: self))
        }
    }
}

extension ViolationSink {
    /// For a remote sink that can ship from the journal, the name of its offset file (kind, host, port, path);
    /// `nil` for other sinks.
    var shippingName: String? {
        switch self {
        case let webhook as WebhookSink: "webhook-\(webhook.url.host ?? "")-\(webhook.url.port ?? 0)\(webhook.url.path)"
        case let otlp as OTLPSink: "otlp-\(otlp.endpoint.host ?? "")-\(otlp.endpoint.port ?? 0)\(otlp.endpoint.path)"
        default: nil
        }
    }
}

extension ViolationSink {
    /// Where a remote sink sends, in full (URL with its query, headers, service name): two sinks share a
    /// journal shipper only when this is equal. Compared in memory only, never written anywhere (it may
    /// hold secrets).
    var shippingDestination: String? {
        switch self {
        case let webhook as WebhookSink:
            "webhook \(webhook.url.absoluteString) \(webhook.headers.sorted { $0.key < $1.key })"
        case let otlp as OTLPSink:
            "otlp \(otlp.endpoint.absoluteString) \(otlp.serviceName) \(otlp.headers.sorted { $0.key < $1.key })"
        default: nil
        }
    }
}
