/// The `DeltaX` / `DeltaY` attribute of an OFD `TextCode`: the offsets from each character to
/// the next, with `g N D` standing for N times D ("g 3 4.2 2.1" is 4.2 4.2 4.2 2.1).
struct OFDDeltaList: Sendable, Equatable {
  /// More repetitions than this in one `g` group is not a real line of text (a hostile file).
  static let maximumRepeat = 100_000

  var values: [Double]

  /// The offsets `attribute` lists; an item that is not a number ends the list there.
  init(_ attribute: String?) {
    values = []
    guard let attribute else { return }
    var tokens = attribute.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })[...]
    while let token = tokens.popFirst() {
      if token == "g" {
        guard let count = tokens.popFirst().flatMap({ Int($0) }), let value = tokens.popFirst().flatMap({ Double($0) }),
          count >= 0, count <= Self.maximumRepeat
        else { return }
        values += Array(repeating: value, count: count)
      } else {
        guard let value = Double(token) else { return }
        values.append(value)
      }
    }
  }

  /// The offset after character `index`, or `fallback` when the list is shorter.
  func offset(after index: Int, fallback: Double) -> Double {
    index < values.count ? values[index] : fallback
  }
}
