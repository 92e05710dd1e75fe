/// The characters of one OFD page that share a baseline, left to right: one line of text.
///
/// Runs are gathered into a line when their baselines lie within ``baselineTolerance`` of the
/// font size (a superscript or a run set a hair lower stays on its line); a gap between
/// characters wider than ``spaceGap`` of the font size is a space the writer did not draw.
struct OFDTextLine: PositionedLine, Sendable, Equatable {
  /// Baselines closer than this many font sizes are one line: lines are at least one font size
  /// apart, superscripts sit about a third of one higher.
  static let baselineTolerance = 0.4
  /// A gap of more than this many font sizes between two characters is a space.
  static let spaceGap = 0.25
  /// A run that repeats the text of one starting within this many font sizes is the same text
  /// drawn twice (writers simulate bold that way) and is dropped.
  static let overprintTolerance = 0.3

  /// The text, without leading or trailing spaces.
  var text: String
  /// Where the first and last visible characters start and end (spaces drawn as characters
  /// do not count, so an indent typed as ideographic spaces is still an indent).
  var start: Double
  var end: Double
  /// The baseline of the line's first run.
  var baseline: Double
  /// The largest font size on the line.
  var size: Double

  /// The lines of one page: `runs` grouped by baseline, top to bottom, each left to right;
  /// lines with no visible character are dropped.
  static func lines(of runs: [OFDTextRun]) -> [OFDTextLine] {
    var groups: [[OFDTextRun]] = []
    for run in runs.sorted(by: { ($0.baseline, $0.start) < ($1.baseline, $1.start) }) {
      if let group = groups.last, let first = group.first,
        abs(run.baseline - first.baseline) <= baselineTolerance * max(run.size, first.size)
      {
        let overprint = group.contains { other in
          other.scalars == run.scalars && abs(other.start - run.start) < overprintTolerance * run.size
        }
        if !overprint { groups[groups.count - 1].append(run) }
      } else {
        groups.append([run])
      }
    }
    return groups.compactMap(line(of:))
  }

  /// One line from the runs on one baseline, or nil when it draws only spaces.
  private static func line(of runs: [OFDTextRun]) -> OFDTextLine? {
    var characters: [(scalar: Unicode.Scalar, x: Double, size: Double)] = []
    for run in runs {
      for (scalar, x) in zip(run.scalars, run.positions) { characters.append((scalar, x, run.size)) }
    }
    characters.sort { $0.x < $1.x }
    let visible = characters.filter { !isSpace($0.scalar) }
    guard let first = visible.first, let last = visible.last, let baseline = runs.first?.baseline else { return nil }
    var view = String.UnicodeScalarView()
    var previousEnd: Double?
    for character in characters where character.x >= first.x && character.x <= last.x {
      if let previousEnd, character.x - previousEnd > spaceGap * character.size,
        let before = view.last, !isSpace(before), !isSpace(character.scalar)
      {
        view.append(" ")
      }
      view.append(character.scalar)
      previousEnd = character.x + OFDTextRun.advance(of: character.scalar, size: character.size)
    }
    return OFDTextLine(
      text: String(view), start: first.x, end: last.x + OFDTextRun.advance(of: last.scalar, size: last.size),
      baseline: baseline, size: runs.map(\.size).max() ?? first.size)
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{3000}"
  }
}
