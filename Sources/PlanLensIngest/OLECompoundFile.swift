import Foundation

/// Just enough of an OLE2 compound file (MS-CFB) to tell, before LibreOffice is started, what a
/// .doc or .wps holds: a Word document stream (Word 97–2003 and Kingsoft WPS both write one),
/// the streams of an encrypted Office package, and the Word stream's "encrypted" flag.
struct OLECompoundFile {
  /// The size of one directory entry.
  static let directoryEntrySize = 128
  /// Where a directory entry holds its name's length in bytes (with the closing NUL).
  static let nameLengthOffset = 64
  /// Where a directory entry holds its stream's first sector and its size.
  static let startSectorOffset = 116
  static let streamSizeOffset = 120
  /// Where the header holds the sector shift (9 for 512-byte sectors, 12 for 4096).
  static let sectorShiftOffset = 30
  /// Streams shorter than this live in the mini stream, which this reader does not follow.
  static let miniStreamCutoff = 4096
  /// The Word file information block starts with this identifier (0xA5EC, little-endian) ...
  static let wordIdentifier: [UInt8] = [0xEC, 0xA5]
  /// ... and holds its flags at this offset, `fEncrypted` being bit 8.
  static let wordFlagsOffset = 0x0A
  static let wordEncryptedFlag: UInt16 = 0x0100

  private let bytes: [UInt8]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Whether the directory names a stream `name` (names are UTF-16LE, case as written).
  func hasStream(named name: String) -> Bool {
    directoryEntry(named: name) != nil
  }

  /// Whether the file is a password-protected Office document: an encrypted .docx package
  /// (`EncryptionInfo` + `EncryptedPackage` streams) or a Word 97–2003 file whose
  /// `WordDocument` stream is flagged encrypted. False when it cannot be told.
  var isEncrypted: Bool {
    if hasStream(named: "EncryptionInfo"), hasStream(named: "EncryptedPackage") { return true }
    guard let entry = directoryEntry(named: "WordDocument"),
      let sector = littleEndian(at: entry + Self.startSectorOffset, width: 4),
      let size = littleEndian(at: entry + Self.streamSizeOffset, width: 4), size >= Self.miniStreamCutoff,
      let shift = littleEndian(at: Self.sectorShiftOffset, width: 2), shift == 9 || shift == 12
    else { return false }
    // Sector N starts after the header, which takes one sector.
    let start = (sector + 1) << shift
    guard start + Self.wordFlagsOffset + 2 <= bytes.count,
      Array(bytes[start..<(start + 2)]) == Self.wordIdentifier,
      let flags = littleEndian(at: start + Self.wordFlagsOffset, width: 2)
    else { return false }
    return UInt16(flags) & Self.wordEncryptedFlag != 0
  }

  /// The offset of the directory entry whose name is `name`: the name's UTF-16LE bytes at the
  /// start of a 128-byte entry, with the name length (bytes, with the NUL) at offset 64.
  private func directoryEntry(named name: String) -> Int? {
    var pattern: [UInt8] = []
    for unit in name.utf16 { pattern += [UInt8(truncatingIfNeeded: unit), UInt8(truncatingIfNeeded: unit >> 8)] }
    pattern += [0, 0]
    let nameLength = pattern.count
    guard bytes.count >= Self.directoryEntrySize, let first = pattern.first else { return nil }
    var index = 0
    while index + Self.directoryEntrySize <= bytes.count {
      if bytes[index] == first, bytes[index..<(index + nameLength)].elementsEqual(pattern),
        littleEndian(at: index + Self.nameLengthOffset, width: 2) == nameLength
      {
        return index
      }
      // Directory entries are 128-byte aligned in the file.
      index += Self.directoryEntrySize
    }
    return nil
  }

  private func littleEndian(at offset: Int, width: Int) -> Int? {
    guard offset >= 0, offset + width <= bytes.count else { return nil }
    var value = 0
    for i in (0..<width).reversed() { value = value << 8 | Int(bytes[offset + i]) }
    return value
  }
}
