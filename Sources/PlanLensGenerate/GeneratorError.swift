/// Why the generator could not write synthetic plans.
///
/// `description` is one line: what is wrong, where, and what to do.
public enum GeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The corpus the generator recombines has no provision to draw from.
  case emptyCorpus(path: String)
  /// The output folder or a plan file could not be written.
  case cannotWrite(path: String, reason: String)

  public var description: String {
    switch self {
    case .emptyCorpus(let path):
      return "\(path): no .txt plan with provisions to recombine; pass --corpus with PlanLens plan texts"
    case .cannotWrite(let path, let reason):
      return "\(path): cannot write (\(reason)); check the folder exists and you may write there"
    }
  }
}
