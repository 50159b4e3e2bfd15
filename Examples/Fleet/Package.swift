// swift-tools-version:6.2
import PackageDescription

// A fleet of the example service: the review queue in a shared PostgreSQL, violations counted for
// Prometheus, reviewers' commands against the shared store. Its own package, so the library keeps zero
// package dependencies. `InvariantsPostgres` and `InvariantsMetrics` depend on the library and their engine
// only, so each can move to a repository of its own unchanged.

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Fleet",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "InvariantsPostgres", targets: ["InvariantsPostgres"]),
        .library(name: "InvariantsMetrics", targets: ["InvariantsMetrics"]),
        .executable(name: "FleetService", targets: ["FleetService"]),
        .executable(name: "fleet", targets: ["fleet"]),
        .executable(name: "FleetMeasure", targets: ["FleetMeasure"]),
    ],
    dependencies: [
        .package(name: "swift-invariants", path: "../.."),
        .package(path: "../HTTPService"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "InvariantsPostgres",
            dependencies: [
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "InvariantsMetrics",
            dependencies: [
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "FleetService",
            dependencies: [
                "InvariantsPostgres",
                "InvariantsMetrics",
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "HTTPServiceKit", package: "HTTPService"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "fleet",
            dependencies: [
                "InvariantsPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Invariants", package: "swift-invariants"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "FleetMeasure",
            dependencies: [
                "InvariantsPostgres",
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InvariantsPostgresTests",
            dependencies: [
                "InvariantsPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Invariants", package: "swift-invariants"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InvariantsMetricsTests",
            dependencies: [
                "InvariantsMetrics",
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
