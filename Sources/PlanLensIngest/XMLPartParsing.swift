import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses one XML part of a zip package (a .docx, an OFD) with Foundation's `XMLParser`:
/// namespaces on, external entities off, damaged bytes and malformed XML reported as a
/// ``PackageFailure`` naming the part.
enum XMLPartParsing {
  /// Parses `data` (the part `part`) with `delegate`, reporting malformed XML as a failure.
  static func parse(_ data: Data, part: String, delegate: XMLParserDelegate) throws(PackageFailure) {
    let parser = XMLParser(stream: InputStream(data: try utf8XML(data, part: part)))
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    parser.shouldResolveExternalEntities = false
    parser.delegate = delegate
    let finished = parser.parse()
    parser.delegate = nil
    // swift-corelibs-foundation's parse() returns true after recoverable errors (mismatched
    // tags), so the recorded error decides.
    guard finished, parser.parserError == nil else {
      let problem = parser.parserError.map { describe($0) } ?? "parse error"
      throw PackageFailure(
        reason: "\(part) is not well-formed XML: \(problem), near line \(parser.lineNumber)")
    }
  }

  /// `data` as UTF-8 XML. Foundation's XMLParser on Linux traps on names that are not valid
  /// UTF-8, so damaged bytes are refused here; UTF-16 parts (with a BOM) are transcoded and
  /// their XML declaration rewritten.
  static func utf8XML(_ data: Data, part: String) throws(PackageFailure) -> Data {
    let bytes = [UInt8](data)
    let littleEndian = bytes.starts(with: [0xFF, 0xFE])
    if littleEndian || bytes.starts(with: [0xFE, 0xFF]) {
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var i = 2
      while i + 1 < bytes.count {
        let (low, high) = littleEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
        units.append(UInt16(high) << 8 | UInt16(low))
        i += 2
      }
      guard bytes.count % 2 == 0, let text = String(validating: units, as: UTF16.self) else {
        throw PackageFailure(reason: "\(part) is not valid UTF-16 text")
      }
      return Data(withUTF8Declaration(text).utf8)
    }
    if let offset = ByteSequenceInspector.firstInvalidUTF8Offset(bytes) {
      throw PackageFailure(reason: "\(part) is not valid UTF-8 (bad byte at offset \(offset))")
    }
    return data
  }

  /// `xml` with its XML declaration (if any) replaced by one that says UTF-8.
  private static func withUTF8Declaration(_ xml: String) -> String {
    guard xml.hasPrefix("<?xml"), let end = xml.range(of: "?>") else { return xml }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml[end.upperBound...]
  }

  /// A short phrase for an `XMLParser` error; Foundation's own messages are often empty.
  static func describe(_ error: any Error) -> String {
    let code = (error as NSError).code
    switch XMLParser.ErrorCode(rawValue: code) {
    case .emptyDocumentError?, .documentStartError?: return "no XML content"
    case .prematureDocumentEndError?: return "the part ends before its elements are closed"
    case .tagNameMismatchError?: return "an end tag does not match its start tag"
    case .invalidCharacterError?: return "an invalid character"
    case .notWellBalancedError?: return "elements are not properly nested"
    case .attributeNotStartedError?, .attributeNotFinishedError?,
      .attributeRedefinedError?:
      return "a malformed attribute"
    case .gtRequiredError?, .ltRequiredError?: return "a malformed tag"
    case .undeclaredEntityError?, .entityRefAtEOFError?, .entityReferenceWithoutNameError?:
      return "a bad entity reference"
    case .encodingNotSupportedError?, .unknownEncodingError?: return "an unsupported encoding"
    default: return "XML error \(code)"
    }
  }
}
