import Foundation
import PlanLensText

/// The cue lists of `partition-cues.tsv`: what marks front matter, a cover notice and its parts.
struct PartitionCues: Sendable {
  var headerFields: [String] = []
  /// The cues of a cover notice's title (notice-cues.tsv, shared with the metadata reader).
  var notice = NoticeTitle.shared
  var addresseeWords: [String] = []
  var transmissions: [String] = []
  var contents: [String] = []
  var orgSuffixes: [String] = []
  /// Words of an attachment's heading (附件), as scalars.
  var attachmentWords: [[Unicode.Scalar]] = []

  private static let bundled: Result<PartitionCues, any Error> = Result { try PartitionCues(table: table()) }

  /// The bundled table as read, with its examples.
  static func table() throws -> DataTable { try DataTable.load("partition-cues.tsv", in: .module) }

  /// The bundled table, loaded once per process.
  static func standard() throws -> PartitionCues { try bundled.get() }

  /// The bundled table, or no cues when it cannot be read (the tests check that it can).
  static var shared: PartitionCues { (try? bundled.get()) ?? PartitionCues() }

  init() {}

  init(table: DataTable) throws {
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, !row[1].isEmpty else {
        throw DataTableError.badRow(table: table.name, row: i + 1, reason: "expected kind and text")
      }
      let text = row[1]
      switch row[0] {
      case "headerField": headerFields.append(text)
      case "addressee": addresseeWords.append(text)
      case "transmission": transmissions.append(text)
      case "contents": contents.append(text)
      case "orgSuffix": orgSuffixes.append(text)
      case "attachment": attachmentWords.append(Array(text.unicodeScalars))
      default: throw DataTableError.badRow(table: table.name, row: i + 1, reason: "unknown kind \(row[0])")
      }
    }
  }

  // MARK: - Line tests (on lines without whitespace)

  /// 发布日期：2020-05-06 — a field label, then a colon.
  func isHeaderField(_ line: String) -> Bool {
    guard let colon = line.firstIndex(where: Punctuation.isColon) else { return false }
    let label = line[..<colon]
    return label.count <= 8 && headerFields.contains { label.hasSuffix($0) }
  }

  /// 各区县人民政府，市直各部门： — a short line ending in a colon that names offices.
  func isAddressee(_ line: String) -> Bool {
    guard line.endsWithColon, line.count <= 160, !line.containsFullStop,
      !isHeaderField(line)
    else { return false }
    let openers = addresseeWords.filter { $0.count == 1 }
    if openers.contains(where: line.hasPrefix) { return true }
    return addresseeWords.contains { $0.count > 1 && line.includes($0) }
  }

  func isTransmission(_ line: String) -> Bool {
    transmissions.contains(where: line.includes)
  }

  func isContents(_ line: String) -> Bool {
    contents.contains(line)
  }

  /// An office's name on its own: 某某市人民政府办公室.
  func isOrganisation(_ line: String) -> Bool {
    guard line.count >= 2, line.count <= 30, orgSuffixes.contains(where: line.hasSuffix) else { return false }
    return !line.unicodeScalars.contains {
      Punctuation.phraseMarks.contains($0) || $0.properties.numericType != nil
    }
  }

  /// 附件, 附件2, 附件二, 附件：  standing alone on a line (whitespace removed).
  func isAttachmentLine(_ squeezed: String) -> Bool {
    let s = Array(squeezed.unicodeScalars)
    guard let word = attachmentWords.first(where: { ScalarText.hasPrefix($0, in: s, at: 0, end: s.count) }) else {
      return false
    }
    var rest = s[word.count...]
    if let last = rest.last, Punctuation.colons.contains(last) { rest = rest.dropLast() }
    return rest.count <= Self.attachmentNumberLength
      && rest.allSatisfy { ScalarText.arabicDigit($0) != nil || ChineseNumerals.digits[$0] != nil }
  }

  /// Characters of an attachment's number at most (附件12, 附件二).
  static let attachmentNumberLength = 2

  /// The plan named by a notice title: 关于印发《X》的通知 or 关于印发X的通知 → X.
  func noticedPlan(_ line: String) -> String? { notice.plan(namedBy: line) }
}
