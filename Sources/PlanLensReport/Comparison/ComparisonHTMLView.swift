import PlanLensCompare
import PlanLensModel

/// What the HTML template reads: every string is document text or a figure, escaped by Mustache.
struct ComparisonHTMLView {
  struct Document {
    var title, path, jurisdiction, level, docType, status, period, issuer, date: String
    var provisions, targets, departments: Int
  }
  struct Entry {
    var figure, mark, ambition, quote, document, kind: String
    var heading: String?
    var start, end: Int
  }
  struct Cell { var entries: [Entry] }
  struct IndicatorRow {
    var label, kind, dimension: String
    /// Why the wordings were joined, one explanation per merge.
    var merges: String
    var hasMerges: Bool
    var wordingCount: Int
    var cells: [Cell]
  }
  /// A column: the short jurisdiction + type label, with the full title on hover.
  struct Column { var label, title: String }
  struct Single {
    var plan, indicators: String
    var count: Int
  }
  struct Excluded { var plan, indicator, reason, quote: String }
  struct Bar {
    var label, figure, quote, ambition: String
    var x, y, textY, barWidth, valueX: Int
  }
  struct Chart {
    var title: String
    var width, height: Int
    var bars: [Bar]
  }
  struct ThemeCellView {
    var count: Int
    var covered: Bool
    var provisions: String
  }
  struct ThemeRow {
    var theme: String
    var terms: String
    var cells: [ThemeCellView]
  }
  struct Match { var a, b, similarity: String }
  struct Pair {
    var first, second: String
    var shared, onlyFirst, onlySecond: Int
    var hasMatches: Bool
    var matches: [Match]
  }
  struct DepartmentRow {
    var canonical: String
    var cells: [String]
    var onlyIn: String
  }
  struct Event { var jurisdiction, kind, label, figure: String }
  struct Year {
    var year: Int
    var events: [Event]
  }

  var title: String
  var subtitle: String
  var columns: [Column]
  var documents: [Document]
  var indicators: [IndicatorRow]
  var excluded: [Excluded]
  var single: [Single]
  var charts: [Chart]
  var themes: [ThemeRow]
  var pairs: [Pair]
  var departments: [DepartmentRow]
  var timeline: [Year]
}
