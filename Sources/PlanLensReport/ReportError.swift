/// Failures of the report stage.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A template is missing from the package resources.
  case missingTemplate(String)
  /// The output folder could not be written.
  case unwritable(path: String, reason: String)
  /// A format name that is not md, html, json, csv or xlsx.
  case unknownFormat(String)
  /// libxlsxwriter refused the workbook (a sheet name, a cell, the file).
  case workbook(path: String, reason: String)

  public var description: String {
    switch self {
    case .missingTemplate(let name):
      return "report template \(name) is missing from the package resources; rebuild PlanLens"
    case .unwritable(let path, let reason):
      return "\(path): cannot write the report (\(reason)); check the folder and its permissions"
    case .unknownFormat(let name):
      return "unknown report format '\(name)'; use md, html, json, csv or xlsx (comma-separated)"
    case .workbook(let path, let reason):
      return
        "\(path): cannot write the Excel workbook (\(reason)); check the folder and that libxlsxwriter is installed"
    }
  }
}
