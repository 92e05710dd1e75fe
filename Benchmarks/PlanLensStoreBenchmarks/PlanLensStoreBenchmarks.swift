import Benchmark
import Foundation
import PlanLensGenerate
import PlanLensPipeline
import PlanLensStore

/// corpus/ next to this package: the material the generator recombines.
private let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("corpus").path

/// A folder of `count` generated plans (seed 1), written once and reused by later runs.
private func generatedPlans(_ count: Int) throws -> [String] {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlens-bench-plans-\(count)").path
  let collector = FileCollector()
  let existing = collector.files(in: [folder])
  if existing.count == count { return existing }
  try? FileManager.default.removeItem(atPath: folder)
  try CorpusGenerator(corpus: corpusFolder).generate(count: count, seed: 1, into: folder)
  return collector.files(in: [folder])
}

/// A new database path in a fresh folder.
private func newDatabase() throws -> String {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planlens-bench-\(UUID().uuidString)")
  try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
  return folder.appendingPathComponent("bench.sqlite").path
}

/// The store of 1,000 generated plans and 100 queries the search benchmark runs through.
private final class SearchFixture: @unchecked Sendable {
  static let shared = SearchFixture()
  private let lock = NSLock()
  private var store: PlanStore?
  private var queries: [String] = []
  private var next = 0

  /// Builds the store and picks the queries: the first 100 distinct indicators of its quantities.
  func prepare() async throws {
    let files = try generatedPlans(1000)
    let store = try PlanStore.open(path: try newDatabase())
    _ = try await CorpusIngester(store: store).ingest(files: files)
    var seen = Set<String>()
    let indicators = try QuantityQuery().documents(in: store).flatMap(\.quantities).map(\.indicator).filter {
      $0.count >= 2 && seen.insert($0).inserted
    }
    lock.withLock {
      self.store = store
      self.queries = Array(indicators.prefix(100))
    }
  }

  /// The store and the next query, round robin.
  func nextQuery() -> (PlanStore, String)? {
    lock.withLock {
      guard let store, !queries.isEmpty else { return nil }
      defer { next += 1 }
      return (store, queries[next % queries.count])
    }
  }
}

let benchmarks: @Sendable () -> Void = {
  let ingest = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
    timeUnits: .milliseconds,
    warmupIterations: 0,
    maxDuration: .seconds(300),
    maxIterations: 3
  )

  // One iteration = a new database and all plans ingested (2 cores: extraction in parallel,
  // writes one transaction per plan). 100 vs 1,000 shows whether memory grows with N.
  for count in [100, 1000] {
    Benchmark("store: ingest \(count) generated plans", configuration: ingest) { benchmark in
      do {
        let files = try generatedPlans(count)
        let store = try PlanStore.open(path: try newDatabase())
        let ingester = try CorpusIngester(store: store)
        benchmark.startMeasurement()
        let summary = await ingester.ingest(files: files)
        benchmark.stopMeasurement()
        if summary.added != count { benchmark.error("ingest added \(summary.added) of \(count)") }
      } catch {
        benchmark.error("ingest failed: \(error)")
      }
    }
  }

  // One iteration = one search (limit 10, snippets and heading paths included) on the store of
  // 1,000 plans; 100 iterations run through 100 different queries.
  Benchmark(
    "store: search 1,000 plans (one query)",
    configuration: Benchmark.Configuration(
      metrics: [.wallClock, .cpuTotal], timeUnits: .microseconds, warmupIterations: 1,
      maxDuration: .seconds(60), maxIterations: 100),
    closure: { benchmark in
      guard let (store, query) = SearchFixture.shared.nextQuery() else {
        benchmark.error("no search fixture")
        return
      }
      benchmark.startMeasurement()
      blackHole(try? ProvisionSearch(store: store).search(query, limit: 10))
      benchmark.stopMeasurement()
    },
    setup: { try await SearchFixture.shared.prepare() })
}
