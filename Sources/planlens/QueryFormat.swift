import ArgumentParser
import PlanLensReport

/// `--format text|csv|json|md` of the query commands.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
  case text, csv, json, md

  var outputFormat: OutputFormat {
    switch self {
    case .text: return .text
    case .csv: return .csv
    case .json: return .json
    case .md: return .md
    }
  }
}
