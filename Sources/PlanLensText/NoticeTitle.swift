import Foundation

/// Reads a cover notice's title (某某关于印发《X》的通知 → X) with the cues of `notice-cues.tsv`.
public struct NoticeTitle: Sendable {
  /// Words that open the notice's subject (关于).
  public private(set) var openers: [String] = []
  /// Verbs that hand the plan over (印发, 转发).
  public private(set) var verbs: [String] = []
  /// Closing words of the notice's title (通知).
  public private(set) var kinds: [String] = []
  /// Particles between the plan's name and the closing word (的).
  public private(set) var particles: [String] = []

  private static let bundled: Result<NoticeTitle, any Error> = Result { try NoticeTitle(table: table()) }

  /// The bundled table as read, with its examples.
  public static func table() throws -> DataTable { try DataTable.load("notice-cues.tsv", in: .module) }

  /// The bundled cues, read once per process.
  public static func standard() throws -> NoticeTitle { try bundled.get() }

  /// The bundled cues, or none when the table cannot be read (the tests check that it can).
  public static var shared: NoticeTitle { (try? bundled.get()) ?? NoticeTitle() }

  /// No cues: nothing is a notice.
  public init() {}

  /// The cues of `table` (rows: kind, text).
  public init(table: DataTable) throws {
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[1].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected kind and text")
      }
      switch row[0] {
      case "opener": openers.append(row[1])
      case "verb": verbs.append(row[1])
      case "kind": kinds.append(row[1])
      case "particle": particles.append(row[1])
      default:
        throw DataTableError.badRow(
          table: table.name, row: i + 1, reason: "unknown kind \(row[0]) (opener, verb, kind or particle)")
      }
    }
  }

  /// Whether `line` holds an opener (关于).
  public func hasOpener(_ line: String) -> Bool { openers.contains(where: line.includes) }

  /// Whether `line` holds a verb (印发).
  public func hasVerb(_ line: String) -> Bool { verbs.contains(where: line.includes) }

  /// The text before the first opener: the issuer of 某某市人民政府关于…, nil without an opener.
  public func issuerPart(of line: String) -> String? {
    let ranges = openers.compactMap { line.byteRange(of: $0) }
    guard let first = ranges.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
    return String(line[..<first.lowerBound])
  }

  /// The plan named by a notice title: 关于印发《X》的通知 or 关于印发X的通知 → X; nil when
  /// `line` is not a notice title.
  public func plan(namedBy line: String) -> String? {
    guard hasOpener(line), let kind = kinds.first(where: line.hasSuffix) else { return nil }
    let body = String(line.dropLast(kind.count))
    let found = verbs.compactMap { body.byteRange(of: $0) }
    guard let verb = found.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
    var plan = String(body[verb.upperBound...])
    if let particle = particles.first(where: plan.hasSuffix) { plan.removeLast(particle.count) }
    if let inner = plan.bracketedTitle { plan = inner }
    return plan.isEmpty ? nil : plan
  }
}
