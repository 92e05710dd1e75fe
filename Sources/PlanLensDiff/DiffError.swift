/// Everything that can go wrong while diffing two versions or rendering the diff.
public enum DiffError: Error, Sendable, Equatable, CustomStringConvertible {
  /// ICU could not split a text into words.
  case segmentation(String)
  /// A report template is not in the bundle.
  case templateMissing(String)
  /// A report template does not parse.
  case templateInvalid(name: String, reason: String)
  /// The diff could not be encoded as JSON.
  case encoding(String)

  public var description: String {
    switch self {
    case .segmentation(let reason):
      return "word segmentation failed: \(reason); check that libicu-dev is installed"
    case .templateMissing(let name):
      return "report template \(name).mustache is missing from the bundle; rebuild PlanLens"
    case .templateInvalid(let name, let reason):
      return "report template \(name).mustache does not parse: \(reason); fix the template and rebuild"
    case .encoding(let reason):
      return "the diff could not be encoded as JSON: \(reason)"
    }
  }
}
