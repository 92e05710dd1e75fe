import PlanLensModel

/// A cross-jurisdiction comparison of plans: the contract of `comparison.json` (see
/// docs/comparison-report.md). Every figure keeps its quote and span in its source document.
public struct Comparison: Encodable, Sendable {
  public static let currentSchemaVersion = 2

  public var schemaVersion: Int = Self.currentSchemaVersion
  /// One per document, in zh collation order of jurisdiction then title.
  public var documents: [ComparedDocument]
  /// Indicators (clusters of wordings with equal facets) with the figure each document sets:
  /// catalogue-named rows first, then the most widely shared.
  public var indicators: [IndicatorComparison]
  /// Figures that are not values (relative deadlines, scale labels), kept out of the matrix.
  public var excludedFigures: [ExcludedFigure]
  /// Per document, the labels of the indicators no other document sets.
  public var singlePlanIndicators: [SinglePlanIndicators]
  public var themes: [ThemeCoverage]
  /// For each pair of documents, the provisions that address the same task.
  public var alignments: [PlanPairAlignment]
  /// Canonical departments with their lead and support roles per document.
  public var departments: [DepartmentRoles]
  /// Deadlines and milestones by year.
  public var timeline: [TimelineYear]
}

/// A document in a comparison, with its metadata and counts.
public struct ComparedDocument: Codable, Sendable, Hashable {
  /// Short stable id: the file name without extension.
  public var id: String
  public var path: String
  public var jurisdiction: String
  public var meta: DocumentMeta
  public var provisions: Int
  public var quantities: Int
  public var targets: Int
  public var departments: Int
  /// Which version of its lineage the document is, for plans read from a store.
  public var version: DocumentVersion?
}

/// A document's place among the versions of its plan (its lineage in the store).
public struct DocumentVersion: Codable, Sendable, Hashable {
  /// 1 for the first version.
  public var order: Int
  /// How many versions the lineage holds.
  public var of: Int

  public init(order: Int, of: Int) {
    self.order = order
    self.of = of
  }

  /// "version 2 of 2".
  public var description: String { "version \(order) of \(of)" }
}

/// Where a figure or provision stands: document, heading, span.
public struct SourceReference: Codable, Sendable, Hashable {
  public var document: String
  /// Label and title of the enclosing heading (3. 发展中高端养老).
  public var heading: String?
  public var quote: String
  public var span: Span
}
