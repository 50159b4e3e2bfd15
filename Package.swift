// swift-tools-version:6.1
import PackageDescription

// The root package has no package dependencies: the library sits in other people's pricing and auth
// hot paths and must never cost them one. Anything that needs a third-party package lives in its own
// package under Examples/ or Benchmarks/.

let swiftSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "swift-invariants",
    products: [
        .library(name: "Invariants", targets: ["Invariants"]),
        .library(name: "InvariantsTesting", targets: ["InvariantsTesting"]),
        .executable(name: "invariants", targets: ["InvariantsCLI"]),
    ],
    targets: [
        .target(name: "Invariants", swiftSettings: swiftSettings),
        .target(name: "InvariantsTesting", dependencies: ["Invariants"], swiftSettings: swiftSettings),
        .executableTarget(name: "InvariantsCLI", dependencies: ["Invariants"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "JournalCrashChild",
            dependencies: ["Invariants"],
            path: "Tests/JournalCrashChild",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ReviewQueueChild",
            dependencies: ["Invariants"],
            path: "Tests/ReviewQueueChild",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "ThreadBudgetChild",
            dependencies: ["Invariants"],
            path: "Tests/ThreadBudgetChild",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InvariantsTests",
            dependencies: ["Invariants", "JournalCrashChild", "ReviewQueueChild", "ThreadBudgetChild"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InvariantsTestingTests",
            dependencies: ["InvariantsTesting", "Invariants"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "TestingGuideTests",  // Docs/Testing.md's code, as a reader's test target holds it
            dependencies: ["Invariants", "InvariantsTesting"],
            resources: [.copy("pricing-regressions.jsonl")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "InvariantsCLITests",
            dependencies: ["InvariantsCLI", "Invariants", "InvariantsTesting"],
            swiftSettings: swiftSettings
        ),
    ]
)
