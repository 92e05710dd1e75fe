/// Decodes HTML character references: the named entities Chinese government pages use and
/// decimal or hex numeric references. Unknown references stay as written.
enum HTMLEntityDecoder {
  /// Named entities, without `&` and `;`.
  static let named: [String: String] = [
    "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
    "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{AD}",
    "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'",
    "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
    "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}",
    "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
    "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "middot": "\u{B7}",
    "bull": "\u{2022}", "prime": "\u{2032}", "Prime": "\u{2033}", "oline": "\u{203E}",
    "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "sect": "\u{A7}", "para": "\u{B6}",
    "deg": "\u{B0}", "plusmn": "\u{B1}", "times": "\u{D7}", "divide": "\u{F7}",
    "le": "\u{2264}", "ge": "\u{2265}", "ne": "\u{2260}", "asymp": "\u{2248}",
    "minus": "\u{2212}", "permil": "\u{2030}", "infin": "\u{221E}", "radic": "\u{221A}",
    "sup1": "\u{B9}", "sup2": "\u{B2}", "sup3": "\u{B3}", "frac12": "\u{BD}", "frac14": "\u{BC}",
    "frac34": "\u{BE}", "micro": "\u{B5}", "yen": "\u{A5}", "cent": "\u{A2}", "pound": "\u{A3}",
    "euro": "\u{20AC}", "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}",
    "darr": "\u{2193}", "harr": "\u{2194}", "hArr": "\u{21D4}", "rArr": "\u{21D2}",
    "iexcl": "\u{A1}", "iquest": "\u{BF}", "ordf": "\u{AA}", "ordm": "\u{BA}",
    "dagger": "\u{2020}", "Dagger": "\u{2021}", "loz": "\u{25CA}",
    "alpha": "\u{3B1}", "beta": "\u{3B2}", "gamma": "\u{3B3}", "delta": "\u{3B4}",
    "mu": "\u{3BC}", "pi": "\u{3C0}", "sigma": "\u{3C3}", "Omega": "\u{3A9}",
  ]

  /// Entities browsers accept without the closing `;`.
  static let legacyWithoutSemicolon: Set<String> = [
    "nbsp", "lt", "gt", "amp", "quot", "copy", "reg", "middot", "times", "deg",
  ]

  /// What numeric references to 0x80–0x9F mean: the Windows-1252 characters (as browsers do).
  static let windows1252: [UInt32: UInt32] = [
    0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020,
    0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152,
    0x8E: 0x017D, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022,
    0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC, 0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A,
    0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
  ]

  /// `text` with every character reference it recognises replaced.
  static func decode(_ text: String) -> String {
    guard text.unicodeScalars.contains("&") else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      if scalars[i] == "&", let (replacement, next) = reference(in: scalars, at: i) {
        out.append(contentsOf: replacement.unicodeScalars)
        i = next
      } else {
        out.append(scalars[i])
        i += 1
      }
    }
    return String(out)
  }

  /// The reference starting with the `&` at `start`: its text and the index just past it.
  private static func reference(in s: [Unicode.Scalar], at start: Int) -> (String, Int)? {
    var i = start + 1
    guard i < s.count else { return nil }
    if s[i] == "#" {
      i += 1
      var hex = false
      if i < s.count, s[i] == "x" || s[i] == "X" {
        hex = true
        i += 1
      }
      let digitsStart = i
      var value: UInt32 = 0
      while i < s.count, let digit = Self.digit(s[i], hex: hex) {
        value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)
        i += 1
      }
      guard i > digitsStart else { return nil }
      if i < s.count, s[i] == ";" { i += 1 }
      return (String(Character(numeric(value))), i)
    }
    let nameStart = i
    while i < s.count, i - nameStart < 32, s[i].isASCII,
      s[i].properties.isAlphabetic || ("0"..."9").contains(s[i])
    {
      i += 1
    }
    guard i > nameStart else { return nil }
    var name = String.UnicodeScalarView()
    name.append(contentsOf: s[nameStart..<i])
    let key = String(name)
    if i < s.count, s[i] == ";", let text = named[key] { return (text, i + 1) }
    // `&nbsp` without `;` and the like: take the longest known legacy prefix.
    for length in stride(from: key.unicodeScalars.count, through: 2, by: -1) {
      let prefix = String(key.unicodeScalars.prefix(length))
      if legacyWithoutSemicolon.contains(prefix), let text = named[prefix] {
        return (text, nameStart + length)
      }
    }
    return nil
  }

  private static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
    switch c {
    case "0"..."9": return c.value - 0x30
    case "a"..."f" where hex: return c.value - 0x61 + 10
    case "A"..."F" where hex: return c.value - 0x41 + 10
    default: return nil
    }
  }

  /// The scalar a numeric reference stands for; invalid values become U+FFFD.
  private static func numeric(_ value: UInt32) -> Unicode.Scalar {
    if let mapped = windows1252[value], let scalar = Unicode.Scalar(mapped) { return scalar }
    guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
    return scalar
  }
}
