import Foundation

@testable import PlanLensIngest

/// A scanned-like PDF made at test time: each page of a PDF rendered by poppler's `pdftoppm`
/// to a grey image and written back as a PDF whose pages are those images only, as a scanner
/// writes them (no text layer).
enum TestScannedPDF {
  /// Dots per inch the pages are rendered at: a scanner's usual resolution.
  static let resolution = 200

  /// The pages of `pdf` as an image-only PDF.
  static func make(from pdf: Data) throws -> Data {
    let folder = try IngestTestSupport.scratchDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("text.pdf")
    try pdf.write(to: input)
    let outcome = try ExternalTool(name: "pdftoppm", timeLimit: 300).run([
      "-r", String(resolution), "-gray", input.path, folder.appendingPathComponent("page").path,
    ])
    guard outcome.status == 0 else { throw Failure.render(outcome.errorOutput) }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pgm") }
      .sorted { PDFPageRecognizer.pageNumber($0) < PDFPageRecognizer.pageNumber($1) }
    let images = try names.map { try grey(Data(contentsOf: folder.appendingPathComponent($0))) }
    return document(images)
  }

  enum Failure: Error {
    case render(String)
    case notPGM
  }

  /// Width, height and pixels of a binary PGM (P5, 8 bits).
  static func grey(_ data: Data) throws -> (width: Int, height: Int, pixels: Data) {
    let bytes = [UInt8](data)
    var fields: [String] = []
    var i = 0
    while fields.count < 4, i < bytes.count {
      while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
      var field = ""
      while i < bytes.count, !(bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09) {
        field.append(Character(Unicode.Scalar(bytes[i])))
        i += 1
      }
      fields.append(field)
    }
    i += 1
    guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]),
      i + width * height <= bytes.count
    else { throw Failure.notPGM }
    return (width, height, Data(bytes[i..<(i + width * height)]))
  }

  /// A PDF with one page per image, each image filling its page at ``resolution``.
  static func document(_ images: [(width: Int, height: Int, pixels: Data)]) -> Data {
    var objects: [Data] = [Data("<< /Type /Catalog /Pages 2 0 R >>".utf8)]
    let kids = images.indices.map { "\(3 + 3 * $0) 0 R" }.joined(separator: " ")
    objects.append(Data("<< /Type /Pages /Kids [\(kids)] /Count \(images.count) >>".utf8))
    for (index, image) in images.enumerated() {
      let width = Double(image.width) * 72 / Double(resolution)
      let height = Double(image.height) * 72 / Double(resolution)
      let size = String(format: "%.2f 0 0 %.2f 0 0", width, height)
      objects.append(
        Data(
          ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(String(format: "%.2f %.2f", width, height))]"
            + " /Resources << /XObject << /Im1 \(5 + 3 * index) 0 R >> >> /Contents \(4 + 3 * index) 0 R >>").utf8))
      let content = "q \(size) cm /Im1 Do Q"
      objects.append(Data("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream".utf8))
      var xobject = Data(
        ("<< /Type /XObject /Subtype /Image /Width \(image.width) /Height \(image.height) /ColorSpace /DeviceGray"
          + " /BitsPerComponent 8 /Length \(image.pixels.count) >>\nstream\n").utf8)
      xobject.append(image.pixels)
      xobject.append(Data("\nendstream".utf8))
      objects.append(xobject)
    }
    var out = Data("%PDF-1.4\n".utf8)
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
      offsets.append(out.count)
      out.append(Data("\(index + 1) 0 obj\n".utf8))
      out.append(object)
      out.append(Data("\nendobj\n".utf8))
    }
    let table = out.count
    var xref = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets { xref += String(format: "%010d 00000 n \n", offset) }
    xref += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
    out.append(Data(xref.utf8))
    return out
  }
}
