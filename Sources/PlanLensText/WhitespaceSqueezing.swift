extension String {
  /// The text without whitespace, which conversions leave inside Chinese names and numbers
  /// (济南 市 人民政府 → 济南市人民政府).
  public var squeezed: String {
    // Most strings squeezed hold no whitespace: they are returned as they are, not copied.
    guard unicodeScalars.contains(where: ScalarText.isWhitespace) else { return self }
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars where !ScalarText.isWhitespace(scalar) { out.append(scalar) }
    return String(out)
  }
}

extension String {
  /// The text between the first 《 and the last 》 after it (inner 〈〉 kept), or nil when there is
  /// none or it is empty: 关于印发《济宁市养老服务体系建设方案》的通知 → 济宁市养老服务体系建设方案.
  public var bracketedTitle: String? {
    guard let open = firstIndex(of: "《"), let close = self[open...].lastIndex(of: "》") else { return nil }
    let inner = self[index(after: open)..<close]
    return inner.isEmpty ? nil : String(inner)
  }
}
