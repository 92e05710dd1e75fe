import Benchmark
import Foundation
import PlanLensModel
import PlanLensPipeline
import PlanLensStructure
import PlanLensText

/// The corpus texts, read once: corpus/*.txt next to this package.
private let corpusTexts: [String] = {
  let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")
  let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
  return files.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
    try? String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8)
  }
}()

private let corpusBytes = corpusTexts.reduce(0) { $0 + $1.utf8.count }

let benchmarks: @Sendable () -> Void = {
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal],
    timeUnits: .microseconds,
    maxDuration: .seconds(5),
    maxIterations: 200
  )

  // One iteration = every corpus document once (about 100 KB of UTF-8).
  // The bare tokeniser: ICU's word boundaries counted, nothing built; extraction is measured
  // against it.
  Benchmark("bare ICU word breaks, whole corpus", configuration: configuration) { benchmark in
    let segmenter = TextSegmenter()
    for _ in benchmark.scaledIterations {
      for text in corpusTexts { blackHole(try segmenter.wordBoundaryCount(in: text)) }
    }
  }

  Benchmark("ICU word segmentation, whole corpus", configuration: configuration) { benchmark in
    let segmenter = TextSegmenter()
    for _ in benchmark.scaledIterations {
      for text in corpusTexts { blackHole(try segmenter.words(in: text)) }
    }
  }

  Benchmark("clean + structure, whole corpus", configuration: configuration) { benchmark in
    let cleaner = try TextCleaner.standard()
    let parser = try OutlineParser()
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      for text in corpusTexts { blackHole(parser.parse(cleaner.clean(MappedText(source: text)))) }
    }
  }

  Benchmark("full extraction, whole corpus", configuration: configuration) { benchmark in
    let pipeline = try ExtractionPipeline()
    let sources = corpusTexts.map {
      SourceDocument(info: SourceInfo(path: "corpus", sha256: "", encoding: "UTF-8", format: "txt"), text: $0)
    }
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      for source in sources { blackHole(try pipeline.extract(source)) }
    }
  }
  diffBenchmarks()  // DiffBenchmarks.swift: version diff of two corpus plans and of two ~300 KB plans
}

/// Bytes of UTF-8 in one iteration, for turning iterations per second into MB/s.
let corpusSizeNote = corpusBytes
