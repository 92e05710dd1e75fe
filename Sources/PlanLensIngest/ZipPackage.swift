import Foundation
import ZIPFoundation

/// A zip package of parts (a .docx, an OFD): opens the archive and reads a part's bytes with
/// guards against damage and zip bombs, and resolves the relative part names packages use.
struct ZipPackage {
  /// Parts larger than this are refused (a zip bomb or not a real document): a plan's largest
  /// part is a few MiB of XML, so 256 MiB leaves room for any real one.
  static let maximumPartSize: UInt64 = 256 << 20

  private let archive: Archive
  private let bytes: Data

  /// Opens `data` as a zip archive.
  ///
  /// The bytes go through a temporary file (unlinked once open): ZIPFoundation's in-memory
  /// archives trap on damaged offsets that point past the end, while file-backed ones see a
  /// short read and report an error.
  init(data: Data) throws(PackageFailure) {
    guard data.starts(with: [0x50, 0x4B]) else { throw PackageFailure(reason: "it is not a zip archive") }
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("planlens-zip-\(UUID().uuidString).zip")
    do {
      try data.write(to: url)
    } catch {
      throw PackageFailure(reason: "no temporary file to unpack it in (\(error.localizedDescription))")
    }
    defer { try? FileManager.default.removeItem(at: url) }
    bytes = data
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw PackageFailure(reason: "it is not a zip archive")
    }
  }

  /// Whether the package holds a part named `part`.
  func contains(_ part: String) -> Bool { archive[part] != nil }

  /// The bytes of `part`, nil when the package has no such part.
  ///
  /// ZIPFoundation finds the entry and its sizes; the entry's bytes are then inflated with
  /// `Data.decompress` from a provider bounded by the entry's compressed size. (Its own
  /// `extract` keeps reading empty chunks at the end of a damaged deflate stream, forever.)
  func data(of part: String) throws(PackageFailure) -> Data? {
    guard let entry = archive[part] else { return nil }
    guard entry.uncompressedSize <= Self.maximumPartSize else {
      throw PackageFailure(reason: "\(part) is larger than \(Self.maximumPartSize >> 20) MiB")
    }
    guard let range = Self.storedRange(of: part, size: entry.compressedSize, in: bytes) else {
      throw PackageFailure(reason: "\(part) is truncated or its zip header is damaged")
    }
    let stored = bytes[range]
    let damaged = PackageFailure(reason: "\(part) is damaged (its compressed data does not unpack)")
    var out = Data()
    var checksum: CRC32
    if entry.isCompressed {
      do {
        checksum = try Data.decompress(
          size: Int64(stored.count), bufferSize: 1 << 16, skipCRC32: false,
          provider: { position, size in
            let start = stored.startIndex + Int(position)
            guard start < stored.endIndex else { throw damaged }
            return stored[start..<min(start + size, stored.endIndex)]
          },
          consumer: { chunk in
            out.append(chunk)
            if out.count > Self.maximumPartSize { throw damaged }
          })
      } catch {
        throw damaged
      }
    } else {
      out = Data(stored)
      checksum = out.crc32(checksum: 0)
    }
    guard checksum == entry.checksum else {
      throw PackageFailure(reason: "\(part) is damaged (checksum mismatch)")
    }
    return out
  }

  /// Where the stored (possibly compressed) bytes of `part` lie in the zip `bytes`: after the
  /// local file header that names `part`, `size` bytes long; nil when they are not all there.
  static func storedRange(of part: String, size: UInt64, in bytes: Data) -> Range<Int>? {
    let name = Data(part.utf8)
    let signature = Data([0x50, 0x4B, 0x03, 0x04])
    var searchFrom = bytes.startIndex
    // The name sits 30 bytes after the local header's signature.
    while let found = bytes.range(of: name, in: searchFrom..<bytes.endIndex) {
      searchFrom = found.lowerBound + 1
      let header = found.lowerBound - 30
      guard header >= bytes.startIndex, bytes[header..<(header + 4)] == signature else { continue }
      let nameLength = Int(bytes[header + 26]) | Int(bytes[header + 27]) << 8
      let extraLength = Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8
      guard nameLength == name.count else { continue }
      let start = found.upperBound + extraLength
      guard size <= UInt64(bytes.count), start + Int(size) <= bytes.endIndex else { return nil }
      return start..<(start + Int(size))
    }
    return nil
  }

  /// "word/" for "word/document.xml", "" for a part at the root.
  static func directory(of part: String) -> String {
    guard let slash = part.lastIndex(of: "/") else { return "" }
    return String(part[...slash])
  }

  /// `target` resolved against `directory`: absolute targets lose their "/", "../" climbs.
  static func resolve(_ target: String, relativeTo directory: String) -> String {
    let joined = target.hasPrefix("/") ? String(target.dropFirst()) : directory + target
    var parts: [Substring] = []
    for piece in joined.split(separator: "/") {
      if piece == ".." {
        _ = parts.popLast()
      } else if piece != "." {
        parts.append(piece)
      }
    }
    return parts.joined(separator: "/")
  }
}
