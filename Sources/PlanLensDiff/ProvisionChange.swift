/// One provision of either version and what became of it.
public struct ProvisionChange: Hashable, Sendable, Encodable {
  /// Unchanged, reworded, moved, added or removed.
  public var kind: ProvisionChangeKind
  /// The provision in the old version; nil when added.
  public var old: ProvisionSnapshot?
  /// The provision in the new version; nil when removed.
  public var new: ProvisionSnapshot?
  /// Word similarity of the two texts (TF-IDF cosine over ICU words and word pairs), 0 when one
  /// side is missing.
  public var similarity: Double
  /// Whether the texts differ (apart from the label).
  public var textChanged: Bool
  /// Whether only the label changed (renumbered).
  public var labelChanged: Bool
  /// The word-level redline of the text without its label; empty unless `textChanged`.
  public var runs: [TextRun]
  /// For an added provision carved out of an old one: that old provision's id.
  public var splitFrom: String?
  /// For a removed provision folded into a new one: that new provision's id.
  public var mergedInto: String?

  public init(
    kind: ProvisionChangeKind, old: ProvisionSnapshot?, new: ProvisionSnapshot?, similarity: Double,
    textChanged: Bool, labelChanged: Bool, runs: [TextRun], splitFrom: String? = nil, mergedInto: String? = nil
  ) {
    self.kind = kind
    self.old = old
    self.new = new
    self.similarity = similarity
    self.textChanged = textChanged
    self.labelChanged = labelChanged
    self.runs = runs
    self.splitFrom = splitFrom
    self.mergedInto = mergedInto
  }

  private enum CodingKeys: String, CodingKey {
    case change, old, new, similarity, textChanged, labelChanged, textChanges, splitFrom, mergedInto
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kind, forKey: .change)
    try c.encode(old, forKey: .old)
    try c.encode(new, forKey: .new)
    try c.encode((similarity * 1000).rounded() / 1000, forKey: .similarity)
    try c.encode(textChanged, forKey: .textChanged)
    try c.encode(labelChanged, forKey: .labelChanged)
    try c.encode(runs, forKey: .textChanges)
    try c.encode(splitFrom, forKey: .splitFrom)
    try c.encode(mergedInto, forKey: .mergedInto)
  }
}
