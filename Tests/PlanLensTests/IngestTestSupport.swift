import Foundation
import Testing
import ZIPFoundation

/// Fixtures and scratch files for the ingestion tests.
enum IngestTestSupport {
  /// The committed fixture `name` under Fixtures/ingest.
  static func fixture(_ name: String) throws -> URL {
    let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return root.appendingPathComponent("ingest").appendingPathComponent(name)
  }

  /// A fresh empty directory under the system temporary directory.
  static func scratchDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("planlens-ingest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes `bytes` to `name` in a fresh scratch directory and returns the file's path.
  static func write(_ bytes: [UInt8], named name: String) throws -> String {
    let url = try scratchDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// A zip archive holding `parts` (path → UTF-8 content), built in memory.
  static func zip(_ parts: [(String, String)]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, content) in parts {
      let data = Data(content.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return try #require(archive.data)
  }

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
    </Types>
    """

  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  /// `word/document.xml` with `body` inside `w:body`.
  static func documentXML(_ body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document xmlns:w="\(wordNamespace)" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    mc:Ignorable="wps"><w:body>\(body)<w:sectPr/></w:body></w:document>
    """
  }

  /// A paragraph with one run of `text`, numbered when `numId` is given.
  static func paragraph(_ text: String, numId: Int? = nil, level: Int = 0, style: String? = nil)
    -> String
  {
    var properties = ""
    if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
    if let numId {
      properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>"
    }
    // Tab stops in pPr must not turn into tab characters.
    properties += "<w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs>"
    return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  /// `w:lvl` markup.
  static func level(_ index: Int, format: String, text: String, start: Int = 1, extra: String = "")
    -> String
  {
    """
    <w:lvl w:ilvl="\(index)"><w:start w:val="\(start)"/><w:numFmt w:val="\(format)"/>\
    <w:lvlText w:val="\(text)"/><w:lvlJc w:val="left"/>\(extra)</w:lvl>
    """
  }

  /// `word/numbering.xml` holding `content`.
  static func numberingXML(_ content: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering xmlns:w="\(wordNamespace)">\(content)</w:numbering>
    """
  }
}
