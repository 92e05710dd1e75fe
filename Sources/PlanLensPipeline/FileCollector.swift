import Foundation

/// The files an `ingest` covers: files named directly (whatever their extension, so the reader
/// can say why it refuses one) and, under folders, every .txt, .text, .docx, .doc, .wps, .odt,
/// .html, .htm, .pdf and .ofd file at any depth, hidden files and folders skipped. Sorted within each folder for a stable order.
public struct FileCollector: Sendable {
  /// Extensions picked up inside folders, lower-case.
  public static let extensions: Set<String> = [
    "txt", "text", "docx", "doc", "wps", "odt", "html", "htm", "pdf", "ofd",
  ]

  public init() {}

  /// The files of `paths` in command-line order, each folder's files sorted by path.
  public func files(in paths: [String]) -> [String] {
    collect(paths).files
  }

  /// The files of `paths` to read, and what was passed over in folders: documents in formats
  /// PlanLens does not read yet and sub-folders that cannot be listed (see ``SkippedFile``).
  public func collect(_ paths: [String]) -> FileCollection {
    var collection = FileCollection()
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        collect(folder: path, into: &collection)
      } else {
        collection.files.append(path)
      }
    }
    return collection
  }

  private func collect(folder: String, into collection: inout FileCollection) {
    let root = URL(fileURLWithPath: folder)
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    let base = root.standardizedFileURL.path
    // Keep paths as the user would write them: the folder as given plus the relative part.
    let named = { (url: URL) -> String in
      let full = url.standardizedFileURL.path
      return prefix + (full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent)
    }
    let unlisted = UnlistedFolders()
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles],
        errorHandler: { url, error in
          unlisted.add(SkippedFile(path: named(url), reason: .unlistable(IngestErrorText.reason(of: error))))
          return true
        })
    else {
      collection.skipped.append(SkippedFile(path: folder, reason: .unlistable("cannot be opened")))
      return
    }
    var found: [String] = []
    var skipped: [SkippedFile] = []
    for case let url as URL in walker {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
      let ext = url.pathExtension.lowercased()
      if Self.extensions.contains(ext) {
        found.append(named(url))
      } else if SkippedFile.documentExtensions.contains(ext) {
        skipped.append(SkippedFile(path: named(url), reason: .unsupportedFormat(ext)))
      }
    }
    collection.files += found.sorted()
    collection.skipped += (skipped + unlisted.all).sorted { $0.path < $1.path }
  }
}

/// What ``FileCollector/collect(_:)`` found: files to read, and files passed over.
public struct FileCollection: Sendable, Equatable {
  /// Files to read, in command-line order, each folder's sorted.
  public var files: [String] = []
  /// Files in folders that were not read, sorted within each folder.
  public var skipped: [SkippedFile] = []
}

/// Sub-folders the walk could not list, gathered from FileManager's error handler.
private final class UnlistedFolders: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [SkippedFile] = []

  func add(_ item: SkippedFile) {
    lock.lock()
    items.append(item)
    lock.unlock()
  }

  var all: [SkippedFile] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}

/// One line of error text for a file-system error.
enum IngestErrorText {
  static func reason(of error: any Error) -> String {
    if let error = error as? CocoaError, error.code == .fileReadNoPermission { return "permission denied" }
    return (error as NSError).localizedDescription.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}
