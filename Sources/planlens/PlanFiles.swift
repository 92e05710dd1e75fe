import Foundation

/// Expands command-line paths: files as given, folders searched recursively for plans.
enum PlanFiles {
  static let extensions: Set<String> = ["txt", "text", "docx", "html", "htm"]

  /// Files first as given; each folder's plans in sorted order. A missing path is kept, so the
  /// reader reports it.
  static func expand(_ paths: [String]) throws -> [String] {
    var out: [String] = []
    let fm = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        out.append(path)
        continue
      }
      let base = URL(fileURLWithPath: path)
      guard let walker = fm.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
      var found: [String] = []
      for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
        found.append((path as NSString).appendingPathComponent(String(url.path.dropFirst(base.path.count + 1))))
      }
      out += found.sorted()
    }
    return out
  }
}
