import Foundation

/// The files an `ingest` covers: files named directly (whatever their extension, so the reader
/// can say why it refuses one) and, under folders, every .txt, .text, .docx, .html and .htm file
/// at any depth, hidden files and folders skipped. Sorted within each folder for a stable order.
public struct FileCollector: Sendable {
  /// Extensions picked up inside folders, lower-case.
  public static let extensions: Set<String> = ["txt", "text", "docx", "html", "htm"]

  public init() {}

  /// The files of `paths` in command-line order, each folder's files sorted by path.
  public func files(in paths: [String]) -> [String] {
    var files: [String] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        files += filesUnder(folder: path)
      } else {
        files.append(path)
      }
    }
    return files
  }

  private func filesUnder(folder: String) -> [String] {
    let root = URL(fileURLWithPath: folder)
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    var found: [String] = []
    for case let url as URL in walker {
      guard Self.extensions.contains(url.pathExtension.lowercased()),
        (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
      else { continue }
      // Keep the path as the user would write it: the folder as given plus the relative part.
      let full = url.standardizedFileURL.path
      let base = root.standardizedFileURL.path
      let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
      found.append(prefix + relative)
    }
    return found.sorted()
  }
}
