extension DataTable {
  /// The words of a table whose rows are `kind<TAB>word…`, by kind, each kind's words longest
  /// first. A row of another kind, or without a word, is a `DataTableError.badRow` naming it.
  public func wordsByKind(_ kinds: Set<String>) throws -> [String: [[Unicode.Scalar]]] {
    var out: [String: [[Unicode.Scalar]]] = [:]
    for (i, row) in rows.enumerated() {
      guard row.count >= 2, kinds.contains(row[0]), !row[1].isEmpty else {
        throw DataTableError.badRow(
          table: name, row: lineNumbers[i],
          reason: "expected one of \(kinds.sorted().joined(separator: ", ")) and a word")
      }
      out[row[0], default: []].append(Array(row[1].unicodeScalars))
    }
    return out.mapValues { $0.sorted { $0.count > $1.count } }
  }
}
