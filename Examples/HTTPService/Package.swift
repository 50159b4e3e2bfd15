// swift-tools-version:6.2
import PackageDescription

// An example service: the pricing and authorization engines over HTTP with Hummingbird 2, every handler
// guarded, violations forwarded to swift-log and swift-metrics. Its own package, so the library keeps
// zero package dependencies.

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "HTTPService",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "HTTPService", targets: ["HTTPService"]),
        .library(name: "HTTPServiceKit", targets: ["HTTPServiceKit"]),
    ],
    dependencies: [
        .package(name: "swift-invariants", path: "../.."),
        .package(path: "../PricingService"),
        .package(path: "../AuthService"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
    ],
    targets: [
        .target(
            name: "HTTPServiceKit",
            dependencies: [
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "PricingService", package: "PricingService"),
                .product(name: "AuthService", package: "AuthService"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "HTTPService",
            dependencies: [
                "HTTPServiceKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HTTPServiceTests",
            dependencies: [
                "HTTPServiceKit",
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "PricingService", package: "PricingService"),
                .product(name: "AuthService", package: "AuthService"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
