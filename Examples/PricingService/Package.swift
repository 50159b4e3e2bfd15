// swift-tools-version:6.1
import PackageDescription

// An example service: a pricing engine, its invariants, and tests that use InvariantsTesting.
// It depends on the library by path; the library itself has no package dependencies.

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "PricingService",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "PricingService", targets: ["PricingService"])
    ],
    dependencies: [
        .package(name: "swift-invariants", path: "../..")
    ],
    targets: [
        .target(
            name: "PricingService",
            dependencies: [.product(name: "Invariants", package: "swift-invariants")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PricingServiceTests",
            dependencies: [
                "PricingService",
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "InvariantsTesting", package: "swift-invariants"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
    ]
)
