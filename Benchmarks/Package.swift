// swift-tools-version:6.1
import PackageDescription

// Benchmarks live in their own package so that the library itself keeps zero package dependencies.
// Run with: swift package --allow-writing-to-package-directory benchmark   (see README.md / run.sh)

let package = Package(
    name: "swift-invariants-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "swift-invariants", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "HotPath",
            dependencies: [
                "HotPathSubjects",
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "HotPath",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark")
            ]
        ),
        .executableTarget(
            name: "Properties",
            dependencies: [
                .product(name: "InvariantsTesting", package: "swift-invariants"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Properties",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark")
            ]
        ),
        .executableTarget(
            name: "Experiments",
            dependencies: [
                "HotPathSubjects",
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Experiments",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark")
            ]
        ),
        .executableTarget(
            name: "JournalReport",
            dependencies: [
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "JournalReport",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark")
            ]
        ),
        // The measured functions and rules, shared by HotPath and InstructionCount.
        .target(
            name: "HotPathSubjects",
            dependencies: [.product(name: "Invariants", package: "swift-invariants")],
            path: "Tools/HotPathSubjects",
            swiftSettings: [.swiftLanguageMode(.v6), .enableUpcomingFeature("InternalImportsByDefault")]
        ),
        // Per-call instruction counts under valgrind, for machines without hardware counters.
        .executableTarget(
            name: "InstructionCount",
            dependencies: ["HotPathSubjects", .product(name: "Invariants", package: "swift-invariants")],
            path: "Tools/InstructionCount",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        // Violation cost, journal throughput and the violation storm (see README.md).
        .executableTarget(
            name: "Violation",
            dependencies: [
                "ViolationSubjects",
                .product(name: "Invariants", package: "swift-invariants"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Violation",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "package-benchmark")
            ]
        ),
        // The inputs, failing rules and journal records measured by Violation and ViolationCount.
        .target(
            name: "ViolationSubjects",
            dependencies: [.product(name: "Invariants", package: "swift-invariants")],
            path: "Tools/ViolationSubjects",
            swiftSettings: [.swiftLanguageMode(.v6), .enableUpcomingFeature("InternalImportsByDefault")]
        ),
        // Instructions per violation under valgrind (callgrind), for profiling the caller's path.
        .executableTarget(
            name: "ViolationCount",
            dependencies: ["ViolationSubjects", .product(name: "Invariants", package: "swift-invariants")],
            path: "Tools/ViolationCount",
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
