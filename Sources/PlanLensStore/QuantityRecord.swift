import GRDB
import PlanLensModel

/// How a row of the `quantities` table reads back as a ``PlanLensModel/Quantity``.
enum QuantityRecord {
  /// The quantity of `row`; `heading` and `provision` are the document-local keys its ids stand for.
  static func quantity(from row: Row, heading: String?, provision: String?) -> Quantity {
    let kind: String = row["kind"]
    let comparator: String = row["comparator"]
    let deadlineText: String? = row["deadline_text"]
    return Quantity(
      kind: Quantity.Kind(rawValue: kind) ?? .target, indicator: row["indicator"],
      comparator: Comparator(rawValue: comparator) ?? .exactly,
      value: row["value"], valueMax: row["value_max"], unit: row["unit"],
      deadline: deadlineText.map {
        Deadline(
          year: row["deadline_year"], month: row["deadline_month"], day: row["deadline_day"], text: $0,
          source: (row["deadline_source"] as String?).flatMap(Deadline.Source.init(rawValue:)))
      },
      scope: row["scope"], heading: heading, provision: provision, quote: row["quote"],
      span: Span(start: row["span_start"], end: row["span_end"]))
  }
}
