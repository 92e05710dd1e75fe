import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The processes a program started, found through Linux's `/proc`, so that a program stopped
/// for taking too long takes its helpers with it (LibreOffice's launcher runs `soffice.bin`).
enum ProcessTree {
  /// The ids of every descendant of `root` (children, their children …); empty where there
  /// is no `/proc`.
  static func descendants(of root: Int32) -> [Int32] {
    var children: [Int32: [Int32]] = [:]
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for entry in entries {
      guard let pid = Int32(entry), let parent = parentID(of: pid) else { continue }
      children[parent, default: []].append(pid)
    }
    var found: [Int32] = []
    var queue = [root]
    while let next = queue.popLast() {
      for child in children[next] ?? [] where !found.contains(child) {
        found.append(child)
        queue.append(child)
      }
    }
    return found
  }

  /// The parent id from `/proc/PID/stat`: the fourth field, after the command name in
  /// parentheses (which may itself hold spaces and parentheses, hence the last ")").
  private static func parentID(of pid: Int32) -> Int32? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    return fields.count > 1 ? Int32(fields[1]) : nil
  }

  /// Sends SIGKILL to `pids` (ids that no longer exist are passed over).
  static func killAll(_ pids: [Int32]) {
    for pid in pids { _ = kill(pid, SIGKILL) }
  }
}
