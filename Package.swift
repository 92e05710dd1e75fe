// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "PlanLens",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "planlens", targets: ["planlens"]),
    .library(name: "PlanLensPipeline", targets: ["PlanLensPipeline"]),
    .library(name: "PlanLensStore", targets: ["PlanLensStore"]),
    .library(name: "PlanLensCompare", targets: ["PlanLensCompare"]),
    .library(name: "PlanLensDiff", targets: ["PlanLensDiff"]),
    .library(name: "PlanLensReport", targets: ["PlanLensReport"]),
    .library(name: "PlanLensGenerate", targets: ["PlanLensGenerate"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
  ],
  targets: [
    // System ICU (Debian's libicu-dev) behind a header that exposes only <stdint.h> types.
    .target(
      name: "CICU",
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
    ),
    // Debian's libxlsxwriter (libxlsxwriter-dev) behind a header of plain C types, for the
    // comparison's Excel workbook.
    .target(
      name: "CXLSX",
      linkerSettings: [.linkedLibrary("xlsxwriter")]
    ),
    // glibc's mallopt behind a plain C header: large buffers returned to the system when freed.
    .target(name: "CAllocator"),
    // Value types shared by every stage: spans, headings, provisions, metadata, facts.
    .target(name: "PlanLensModel"),
    // ICU text layer: segmentation, NFKC with offset maps, charsets, collation, cleaning.
    .target(
      name: "PlanLensText",
      dependencies: ["CICU"],
      resources: [.process("Resources")]
    ),
    // Bytes on disk to decoded source text: txt (any encoding), docx, html.
    .target(
      name: "PlanLensIngest",
      dependencies: [
        "PlanLensText", "PlanLensModel",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // The document's own hierarchy: heading grammar, outline, provisions.
    .target(
      name: "PlanLensStructure",
      dependencies: ["PlanLensText", "PlanLensModel"],
      resources: [.process("Resources")]
    ),
    // Facts from structured text: metadata, quantities, deadlines, departments, milestones.
    .target(
      name: "PlanLensExtract",
      dependencies: ["PlanLensText", "PlanLensModel"],
      resources: [.process("Resources")]
    ),
    // Comparing plans across jurisdictions: provision alignment, indicator and theme matching.
    .target(
      name: "PlanLensCompare",
      dependencies: ["PlanLensModel", "PlanLensText", "PlanLensExtract"],
      resources: [.process("Resources")]
    ),
    // Diffing two versions of one plan: section and provision alignment, word redlines, fact changes.
    .target(
      name: "PlanLensDiff",
      dependencies: ["PlanLensModel", "PlanLensText"]
    ),
    // The stages in order (ingest → clean → structure → extract) and the one batch engine that
    // runs them over many files, in order, on every core.
    .target(
      name: "PlanLensPipeline",
      dependencies: ["PlanLensModel", "PlanLensText", "PlanLensIngest", "PlanLensStructure", "PlanLensExtract"]
    ),
    // The normalised SQLite store: schema and migrations, ingest, search, queries (persistence only).
    .target(
      name: "PlanLensStore",
      dependencies: [
        "PlanLensModel", "PlanLensText", "PlanLensIngest", "PlanLensExtract", "PlanLensPipeline",
        .product(name: "GRDB", package: "GRDB.swift"),
        // sqlite3_db_readonly, to say whether a connection is read-only.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      resources: [.process("Resources")]
    ),
    // Synthetic plans for scale tests: corpus provisions recombined under other places' names.
    .target(
      name: "PlanLensGenerate",
      dependencies: ["PlanLensModel", "PlanLensIngest", "PlanLensExtract", "PlanLensPipeline"]
    ),
    // Every renderer: text tables, Markdown, self-contained HTML (Mustache templates), CSV, JSON
    // (the export encoding), for extractions, store queries, comparisons and diffs.
    .target(
      name: "PlanLensReport",
      dependencies: [
        "PlanLensModel", "PlanLensPipeline", "PlanLensStore", "PlanLensCompare", "PlanLensDiff", "CXLSX",
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "CSV", package: "CSV.swift"),
      ],
      resources: [.process("Resources")]
    ),
    // The command line: parses arguments and calls one library function per subcommand.
    .executableTarget(
      name: "planlens",
      dependencies: [
        "PlanLensModel", "PlanLensPipeline", "PlanLensStore", "PlanLensCompare", "PlanLensDiff", "PlanLensReport",
        "PlanLensGenerate", "CAllocator",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "PlanLensTests",
      dependencies: [
        "PlanLensPipeline", "PlanLensText", "PlanLensIngest", "PlanLensStructure", "PlanLensExtract",
        "PlanLensModel", "PlanLensCompare", "PlanLensDiff", "PlanLensReport", "PlanLensStore", "PlanLensGenerate",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "CSV", package: "CSV.swift"),
        .product(name: "PropertyBased", package: "swift-property-based"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [.copy("Fixtures")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
