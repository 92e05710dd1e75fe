import Foundation

/// Minimal PDF files written by hand at test time, so no PDF is committed: one text object per
/// page (lines one under another), or a filled rectangle and no text (a page as a scan looks to
/// a text extractor). Cross-reference offsets are exact.
///
/// ASCII text is set in Helvetica. Chinese text (`unicode: true`) is set in a CID font whose
/// character codes are the characters' UTF-16 code units, with a ToUnicode map saying so, as
/// PDF writers embed subset fonts; no glyphs are embedded, which text extraction does not need.
/// Pages are wide enough that a corpus line fits on one line.
enum TestPDF {
  /// A PDF with one page per element of `pages`, each showing its lines top to bottom; a page
  /// with no lines holds only a rectangle.
  static func make(pages: [[String]], encrypted: Bool = false, unicode: Bool = false) -> [UInt8] {
    var objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    let kids = pages.indices.map { "\(3 + 2 * $0) 0 R" }.joined(separator: " ")
    objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
    let font = 3 + 2 * pages.count
    for (index, lines) in pages.enumerated() {
      objects.append(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(unicode ? 14400 : 612) 792] /Resources << /Font << /F1 \(font) 0 R >> >>"
          + " /Contents \(4 + 2 * index) 0 R >>")
      let operators =
        lines.isEmpty
        ? "0 0 1 rg 72 72 400 600 re f"
        : "BT /F1 12 Tf 72 720 Td 16 TL " + lines.map { "\(shown($0, unicode: unicode)) Tj T*" }.joined(separator: " ")
          + " ET"
      objects.append(stream(operators))
    }
    if unicode {
      objects += [
        "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [\(font + 1) 0 R]"
          + " /ToUnicode \(font + 3) 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe)"
          + " /Ordering (Identity) /Supplement 0 >> /FontDescriptor \(font + 2) 0 R /DW 1000 /CIDToGIDMap /Identity >>",
        "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0"
          + " /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
        stream(identityToUnicode),
      ]
    } else {
      objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    }
    var out = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
      offsets.append(out.utf8.count)
      out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
    }
    let table = out.utf8.count
    out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      out += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    // A standard security handler whose user password is not empty: poppler asks for it.
    let encryption =
      encrypted
      ? " /Encrypt << /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "00", count: 32))>"
        + " /U <\(String(repeating: "11", count: 32))> /P -4 >> /ID [<\(String(repeating: "22", count: 16))>"
        + " <\(String(repeating: "22", count: 16))>]"
      : ""
    out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(encryption) >>\nstartxref\n\(table)\n%%EOF\n"
    return Array(out.utf8)
  }

  /// `line` as a PDF string operand: literal for Helvetica, hex UTF-16 code units for the CID font.
  private static func shown(_ line: String, unicode: Bool) -> String {
    guard unicode else { return "(\(line))" }
    let digits = Array("0123456789ABCDEF")
    var hex = "<"
    for unit in line.utf16 {
      for shift in [12, 8, 4, 0] { hex.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
    }
    return hex + ">"
  }

  private static func stream(_ content: String) -> String {
    "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
  }

  /// A ToUnicode CMap mapping every 2-byte code to the UTF-16 code unit of the same value.
  private static var identityToUnicode: String {
    var cmap =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe)"
      + " /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def"
      + " 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    let digits = Array("0123456789ABCDEF")
    for first in stride(from: 0, to: 256, by: 100) {
      let highs = first..<min(first + 100, 256)
      cmap += "\(highs.count) beginbfrange\n"
      for high in highs {
        let h = String([digits[high >> 4], digits[high & 0xF]])
        cmap += "<\(h)00> <\(h)FF> <\(h)00>\n"
      }
      cmap += "endbfrange\n"
    }
    return cmap + "endcmap CMapName currentdict /CMap defineresource pop end end"
  }
}
