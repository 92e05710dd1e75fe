import Foundation
import ZIPFoundation

/// OFD packages (GB/T 33190) written at test time, so no OFD is committed: `OFD.xml`,
/// `Doc_0/Document.xml` and one `Pages/Page_N/Content.xml` per page, set the way OFD writers
/// set text — a 2-character first-line indent, lines wrapped at a fixed width, a page number
/// "- N -" at each foot, and each line drawn either as one `TextObject` with a `DeltaX` list
/// or as one `TextObject` per run of characters (a space is a gap, not a glyph).
enum TestOFD {
  /// Font size in millimetres (三号, 16 pt) and the distance between baselines.
  static let size = 5.6
  static let pitch = 9.8
  static let left = 27.0
  static let top = 40.0
  /// Characters of full width per line.
  static let width = 28

  /// How a line is cut into text objects.
  enum Split {
    /// One TextObject, one TextCode, DeltaX for every character.
    case perLine
    /// One TextObject per run of up to `length` characters, each with its own position.
    case perRun(length: Int)
  }

  /// One drawn line: its text and where it stands.
  struct Line {
    var text: String
    var x: Double
    var baseline: Double
  }

  /// `paragraphs` (the lines of a .txt) set on pages of `linesPerPage` lines; for each page
  /// its drawn lines, and for each scalar offset of the joined text the page it was set on.
  static func layout(_ paragraphs: [String], linesPerPage: Int) -> (pages: [[Line]], pageOfOffset: [Int]) {
    var pages: [[Line]] = [[]]
    var pageOfOffset: [Int] = []
    var row = 0
    func place(_ text: String, indent: Int) {
      if row == linesPerPage {
        pages.append([])
        row = 0
      }
      let x = left + Double(indent) * size
      pages[pages.count - 1].append(Line(text: text, x: x, baseline: top + Double(row) * pitch))
      row += 1
    }
    for paragraph in paragraphs {
      let scalars = Array(paragraph.unicodeScalars)
      // A blank line of the .txt is a blank line on the page; it belongs to the page it is on.
      if scalars.allSatisfy({ $0.properties.isWhitespace }) {
        if row == linesPerPage {
          pages.append([])
          row = 0
        }
        pageOfOffset += Array(repeating: pages.count, count: scalars.count + 1)
        row += 1
        continue
      }
      var start = 0
      var first = true
      while start < scalars.count {
        let room = Double(first ? width - 2 : width)
        var end = start
        var used = 0.0
        while end < scalars.count, used + units(scalars[end]) <= room {
          used += units(scalars[end])
          end += 1
        }
        if row == linesPerPage {
          pages.append([])
          row = 0
        }
        pageOfOffset += Array(repeating: pages.count, count: end - start)
        place(String(String.UnicodeScalarView(scalars[start..<end])), indent: first ? 2 : 0)
        start = end
        first = false
      }
      pageOfOffset.append(pages.count)
    }
    return (pages, pageOfOffset)
  }

  /// The width of a character in font sizes, as the reader estimates it.
  static func units(_ scalar: Unicode.Scalar) -> Double {
    scalar.value >= 0x2E80 ? 1 : 0.5
  }

  /// An OFD of `pages`, each line drawn as `split` says (per run for odd pages when `mixed`),
  /// with a page number at each foot. `omit` leaves parts out; `replace` swaps a part's content.
  static func make(
    pages: [[Line]], split: Split, mixed: Bool = false, omit: Set<String> = [], replace: [String: String] = [:]
  ) throws -> Data {
    var parts: [(String, String)] = [
      ("OFD.xml", ofdXML),
      ("Doc_0/Document.xml", documentXML(pageCount: pages.count)),
    ]
    var id = 100
    for (index, lines) in pages.enumerated() {
      var objects = ""
      let footer = Line(
        text: "- \(index + 1) -", x: left + Double(width) / 2 * size - 2 * size,
        baseline: top + Double(pages.map(\.count).max() ?? 0) * pitch + 3 * pitch)
      for line in lines + [footer] {
        let how = mixed && index % 2 == 1 ? Split.perRun(length: 3) : split
        objects += textObjects(line, split: how, id: &id)
      }
      parts.append(("Doc_0/Pages/Page_\(index)/Content.xml", pageXML(objects)))
    }
    var archiveParts: [(String, String)] = []
    for (path, content) in parts where !omit.contains(path) { archiveParts.append((path, replace[path] ?? content)) }
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, content) in archiveParts {
      let data = Data(content.utf8)
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
        position, size in data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return data
  }

  static let namespace = "http://www.ofdspec.org/2016"

  static let ofdXML = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ofd:OFD xmlns:ofd="\(namespace)" Version="1.0" DocType="OFD"><ofd:DocBody>\
    <ofd:DocInfo><ofd:DocID>0C1D4F7159954EEEDE517F7285E84DC4</ofd:DocID></ofd:DocInfo>\
    <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>
    """

  static func documentXML(pageCount: Int) -> String {
    let pages = (0..<pageCount).map { "<ofd:Page ID=\"\($0 + 1)\" BaseLoc=\"Pages/Page_\($0)/Content.xml\"/>" }
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <ofd:Document xmlns:ofd="\(namespace)"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID>\
      <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>\
      <ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>\
      <ofd:Pages>\(pages.joined())</ofd:Pages></ofd:Document>
      """
  }

  static func pageXML(_ objects: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <ofd:Page xmlns:ofd="\(namespace)"><ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area>\
    <ofd:Content><ofd:Layer ID="2">\(objects)</ofd:Layer></ofd:Content></ofd:Page>
    """
  }

  /// The text objects of one line. A Boundary's origin is the object's top left; the TextCode's
  /// Y is the baseline within it. Spaces are not drawn: the next character just starts further on.
  static func textObjects(_ line: Line, split: Split, id: inout Int) -> String {
    let scalars = Array(line.text.unicodeScalars)
    var xs: [Double] = []
    var x = line.x
    for scalar in scalars {
      xs.append(x)
      x += units(scalar) * size
    }
    var pieces: [Range<Int>] = []
    switch split {
    case .perLine:
      pieces = [0..<scalars.count]
    case .perRun(let length):
      var start = 0
      while start < scalars.count {
        var end = start
        while end < scalars.count, end - start < length, scalars[end] != " " { end += 1 }
        if end > start { pieces.append(start..<end) }
        while end < scalars.count, scalars[end] == " " { end += 1 }
        start = end
      }
    }
    var out = ""
    for piece in pieces {
      let drawn = piece.filter { scalars[$0] != " " }
      guard let first = drawn.first, let last = drawn.last else { continue }
      let originX = xs[first]
      let originY = line.baseline - size
      let deltas = zip(drawn, drawn.dropFirst()).map { format(xs[$1] - xs[$0]) }
      let text = String(String.UnicodeScalarView(drawn.map { scalars[$0] }))
      let boundaryWidth = xs[last] + units(scalars[last]) * size - originX
      id += 1
      out +=
        "<ofd:TextObject ID=\"\(id)\" Boundary=\"\(format(originX)) \(format(originY)) \(format(boundaryWidth)) \(format(size * 1.2))\""
        + " Font=\"3\" Size=\"\(format(size))\"><ofd:FillColor Value=\"0 0 0\"/>"
        + "<ofd:TextCode X=\"0\" Y=\"\(format(size))\""
        + (deltas.isEmpty ? "" : " DeltaX=\"\(compressed(deltas))\"")
        + ">\(escaped(text))</ofd:TextCode></ofd:TextObject>"
    }
    return out
  }

  /// A DeltaX list with runs of one value written as `g N value`, as writers do.
  static func compressed(_ deltas: [String]) -> String {
    var out: [String] = []
    var index = 0
    while index < deltas.count {
      var end = index
      while end < deltas.count, deltas[end] == deltas[index] { end += 1 }
      out.append(end - index >= 3 ? "g \(end - index) \(deltas[index])" : deltas[index..<end].joined(separator: " "))
      index = end
    }
    return out.joined(separator: " ")
  }

  static func format(_ value: Double) -> String {
    String(format: "%.3f", value)
  }

  static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
