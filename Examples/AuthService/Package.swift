// swift-tools-version:6.1
import PackageDescription

// An example service: an authorization engine, its invariants, and tests that use InvariantsTesting.
// It depends on the library by path; the library itself has no package dependencies.

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "AuthService",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "AuthService", targets: ["AuthService"])
    ],
    dependencies: [
        .package(name: "swift-invariants", path: "../..")
    ],
    targets: [
        .target(
            name: "AuthService",
            dependencies: [.product(name: "Invariants", package: "swift-invariants")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AuthServiceTests",
            dependencies: [
                "AuthService",
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "InvariantsTesting", package: "swift-invariants"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
