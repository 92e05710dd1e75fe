/// A full division name found in a text, e.g. "兖州区" at scalars 3..<6 of "济宁市兖州区…".
public struct DivisionMention: Sendable, Hashable {
  /// Unicode-scalar offsets of the name in the searched text.
  public let range: Range<Int>
  /// The name as it appears, e.g. "朝阳区".
  public let name: String
  /// Every division with that name, in code order; more than one when the name is shared
  /// (朝阳区 in 北京市 and in 长春市). Use `AdministrativeDivisions.disambiguate` to pick.
  public let candidates: [AdministrativeDivision]

  public init(range: Range<Int>, name: String, candidates: [AdministrativeDivision]) {
    self.range = range
    self.name = name
    self.candidates = candidates
  }
}
