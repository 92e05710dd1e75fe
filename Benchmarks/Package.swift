// swift-tools-version: 6.1
// Benchmarks of PlanLens, kept in their own package so the main build and tests do not compile
// the benchmark harness. Run from this folder:  swift package benchmark
import PackageDescription

let package = Package(
  name: "PlanLensBenchmarks",
  platforms: [.macOS(.v14)],
  dependencies: [
    .package(name: "PlanLens", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "PlanLensBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PlanLensPipeline", package: "PlanLens"),
        .product(name: "PlanLensDiff", package: "PlanLens"),
      ],
      path: "PlanLensBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    // The SQLite store: ingesting generated plans, and searching them.
    .executableTarget(
      name: "PlanLensStoreBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PlanLensPipeline", package: "PlanLens"),
        .product(name: "PlanLensStore", package: "PlanLens"),
        .product(name: "PlanLensGenerate", package: "PlanLens"),
      ],
      path: "PlanLensStoreBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
