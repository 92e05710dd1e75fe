import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads one OFD page's `Content.xml`: every `TextObject` in its layers (page blocks included)
/// and the characters of each of its `TextCode`s, placed on the page.
///
/// A text object's `Boundary` ("x y w h") places its own coordinate system on the page, after
/// its `CTM` ("a b c d e f") if it has one; a `TextCode`'s `X` and `Y` place its first
/// character's origin (on the baseline) in that system, and `DeltaX` the offsets to each next
/// one. A `TextCode` without `X` or `Y` goes on from where the previous one ended.
final class OFDPageParser: NSObject, XMLParserDelegate {
  /// The font size when a text object does not give one: 3.5 mm is 10 pt.
  static let defaultSize = 3.5

  /// The characters drawn, one run per `TextCode`, in the order they appear.
  private(set) var runs: [OFDTextRun] = []

  private var object: TextObject?
  private var code: Code?
  private var text = ""

  /// A text object's placement.
  private struct TextObject {
    var originX: Double
    var originY: Double
    /// The `CTM` as a, b, c, d, e, f; identity when absent.
    var matrix: [Double]
    var size: Double
    /// Where the next character goes in the object's own coordinates.
    var nextX = 0.0
    var nextY = 0.0

    func place(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
      (
        originX + matrix[0] * x + matrix[2] * y + matrix[4],
        originY + matrix[1] * x + matrix[3] * y + matrix[5]
      )
    }

    /// The font size as drawn: scaled by the matrix's area factor.
    var drawnSize: Double {
      let scale = (abs(matrix[0] * matrix[3] - matrix[1] * matrix[2])).squareRoot()
      return scale > 0 ? size * scale : size
    }
  }

  /// A `TextCode`'s attributes.
  private struct Code {
    var x: Double?
    var y: Double?
    var deltaX: OFDDeltaList
    var deltaY: OFDDeltaList
    var hasDeltaY: Bool
  }

  /// `count` numbers from a space-separated attribute, nil unless there are exactly that many.
  static func numbers(_ attribute: String?, count: Int) -> [Double]? {
    guard let attribute else { return nil }
    let values = attribute.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
    return values.count == count && values.allSatisfy(\.isFinite) ? values : nil
  }

  private static func number(_ attribute: String?) -> Double? {
    attribute.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0.isFinite ? $0 : nil }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes: [String: String] = [:]
  ) {
    switch OFDElementCollector.localName(elementName) {
    case "TextObject":
      let boundary = Self.numbers(attributes["Boundary"], count: 4) ?? [0, 0, 0, 0]
      let size = Self.number(attributes["Size"]).flatMap { $0 > 0 ? $0 : nil } ?? Self.defaultSize
      object = TextObject(
        originX: boundary[0], originY: boundary[1],
        matrix: Self.numbers(attributes["CTM"], count: 6) ?? [1, 0, 0, 1, 0, 0], size: size)
    case "TextCode" where object != nil:
      code = Code(
        x: Self.number(attributes["X"]), y: Self.number(attributes["Y"]),
        deltaX: OFDDeltaList(attributes["DeltaX"]), deltaY: OFDDeltaList(attributes["DeltaY"]),
        hasDeltaY: attributes["DeltaY"] != nil)
      text = ""
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if code != nil { text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
  ) {
    switch OFDElementCollector.localName(elementName) {
    case "TextObject":
      object = nil
    case "TextCode":
      if let code, var object {
        emit(code, in: &object)
        self.object = object
      }
      code = nil
    default:
      break
    }
  }

  /// The characters of `code` placed on the page: one run, or one run per character when the
  /// text is set vertically (`DeltaY`).
  private func emit(_ code: Code, in object: inout TextObject) {
    let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace || $0 == " " || $0 == "\u{3000}" }
    var x = code.x ?? object.nextX
    var y = code.y ?? object.nextY
    let size = object.drawnSize
    var run = OFDTextRun(scalars: [], positions: [], baseline: object.place(x, y).y, size: size)
    for (index, scalar) in scalars.enumerated() {
      let placed = object.place(x, y)
      if code.hasDeltaY, !run.scalars.isEmpty, abs(placed.y - run.baseline) > 0 {
        runs.append(run)
        run = OFDTextRun(scalars: [], positions: [], baseline: placed.y, size: size)
      }
      run.scalars.append(scalar)
      run.positions.append(placed.x)
      x += code.deltaX.offset(
        after: index, fallback: code.hasDeltaY ? 0 : OFDTextRun.advance(of: scalar, size: object.size))
      y += code.deltaY.offset(after: index, fallback: 0)
    }
    object.nextX = x
    object.nextY = y
    if !run.scalars.isEmpty { runs.append(run) }
  }
}
