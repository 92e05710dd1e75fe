#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether this process may write a database file and the folder that holds its `-wal` and
/// `-shm` companions (the permission bits and mounts as `access(2)` sees them).
enum WritableFile {
  static func check(_ path: String) -> Bool {
    let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    return access(path, W_OK) == 0 && access(folder.isEmpty ? "/" : folder, W_OK) == 0
  }
}
