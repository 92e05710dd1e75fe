import PlanLensText

/// Chinese counts and magnitudes that read as quantities in a frame (`measure-words.tsv`).
///
/// A Chinese numeral without a comparator is a word (一体化, 三级联赛, 三年行动); it counts when a
/// measure word follows it and a frame holds it: a lead word before it in its clause (连续补贴三年;
/// a one-character lead only right before it: 分三年) or a word right after (十五年一贯制).
/// A bare magnitude (百万, 千亿, 万亿) counts before a level word (百万级 → 1000000 级) or after
/// an exceed word (超千亿, 过百万人) when it holds 万 or 亿.
struct MeasureWords: Sendable {
  let measures: [[Unicode.Scalar]]
  let leads: [[Unicode.Scalar]]
  let follows: [[Unicode.Scalar]]
  let levels: [[Unicode.Scalar]]
  let exceeds: [[Unicode.Scalar]]

  static let none = MeasureWords(measures: [], leads: [], follows: [], levels: [], exceeds: [])

  init(
    measures: [[Unicode.Scalar]], leads: [[Unicode.Scalar]], follows: [[Unicode.Scalar]],
    levels: [[Unicode.Scalar]], exceeds: [[Unicode.Scalar]]
  ) {
    self.measures = measures
    self.leads = leads
    self.follows = follows
    self.levels = levels
    self.exceeds = exceeds
  }

  init(table: DataTable) throws {
    let cues = try NumberForms.cues(of: table, kinds: ["measure", "lead", "follow", "level", "exceed"])
    self.init(
      measures: cues["measure"] ?? [], leads: cues["lead"] ?? [], follows: cues["follow"] ?? [],
      levels: cues["level"] ?? [], exceeds: cues["exceed"] ?? [])
  }

  /// Whether a Chinese count `start..<end` with unit `unit` stands in a frame (within `range`).
  func frames(_ s: TextScalars, start: Int, end: Int, unit: String, range: Range<Int>) -> Bool {
    guard measures.contains(where: { String(String.UnicodeScalarView($0)) == unit }) else { return false }
    if follows.contains(where: { NumberForms.word($0, in: s, at: end, end: range.upperBound) }) { return true }
    let clause = NumberForms.clauseStart(s, before: start, floor: range.lowerBound)
    return leads.contains { lead in
      if lead.count == 1 { return NumberForms.word(lead, in: s, endingAt: start, floor: clause) }
      // A longer lead anywhere before the count in its clause, with only words between (连续补贴三年).
      return (clause..<start).contains { k in
        NumberForms.word(lead, in: s, at: k, end: start)
          && s[(k + lead.count)..<start].allSatisfy { $0.properties.isIdeographic && !ChineseNumerals.isNumeral($0) }
      }
    }
  }

  /// A bare magnitude at `i` in a level or exceed frame: its value, the index just past it, and
  /// the level word when one follows (百万级).
  func magnitude(_ s: TextScalars, at i: Int, floor: Int, end: Int) -> (value: Double, end: Int, level: String?)? {
    var j = i
    while j < end, ChineseNumerals.places[s[j]] != nil || ChineseNumerals.largeUnits[s[j]] != nil { j += 1 }
    guard j > i, let value = ChineseNumerals.value(of: ArraySlice(["一"] + s[i..<j])) else { return nil }
    if let level = levels.first(where: { NumberForms.word($0, in: s, at: j, end: end) }) {
      return (Double(value), j + level.count, String(String.UnicodeScalarView(level)))
    }
    // After an exceed word only a magnitude of 万 or 亿 (过千亿, 超百万), so 通过百度 stays a name.
    guard s[i..<j].contains(where: { ChineseNumerals.largeUnits[$0] != nil }),
      exceeds.contains(where: { NumberForms.word($0, in: s, endingAt: i, floor: floor) })
    else { return nil }
    return (Double(value), j, nil)
  }
}
