import CICU

/// ICU's rule-based spell-out of numbers (zh: 1200 → 一千二百), used to check PlanLens's own
/// Chinese-numeral grammar against ICU's.
public struct SpelloutNumbers: Sendable {
  public let locale: String

  public init(locale: String = "zh") {
    self.locale = locale
  }

  /// `value` written out in words.
  public func format(_ value: Double) throws -> String {
    var capacity = 64
    while true {
      var dest = [UInt16](repeating: 0, count: capacity)
      let needed = dest.withUnsafeMutableBufferPointer { d in
        pl_spellout_format(locale, value, d.baseAddress, Int32(capacity))
      }
      if needed < 0 { throw TextError.icu(function: "unum_formatDouble", code: -needed) }
      if Int(needed) <= capacity { return String(utf16Units: dest[0..<Int(needed)]) }
      capacity = Int(needed)
    }
  }

  /// The number spelled out at the start of `text`, and how many UTF-16 units it took.
  public func parse(_ text: String) -> (value: Double, length: Int)? {
    let units = Array(text.utf16)
    var value = 0.0
    let consumed = units.withUnsafeBufferPointer { u in
      pl_spellout_parse(locale, u.baseAddress, Int32(u.count), &value)
    }
    return consumed > 0 ? (value, Int(consumed)) : nil
  }
}
