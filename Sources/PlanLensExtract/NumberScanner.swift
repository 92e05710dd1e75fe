import PlanLensText

/// Finds numbers in NFKC-normalised text: Arabic digits with decimals and thousands separators,
/// Chinese numerals (一千二百, 两, 二〇二五), 百分之六十 / 千分之五, 万/亿 multipliers (５万张 →
/// 50000 张; 3000万元 stays 3000 万元), ranges (2-5级, 60%—70%) and infix approximations
/// (700余名). Units come from the `units.tsv` table, and technical units in Latin letters (EFLOPS,
/// dB, cm3/h) from `technical-units.tsv`. Spaces that conversions leave between a number and its
/// unit (10 亿元, 285 项, 1000 万 元) are skipped. The open-class forms of `NumberForms` add
/// ratios and fractions (1∶4000, 1/3, 三分之一), framed Chinese counts (连续两年), magnitudes
/// (百万级, 超千亿) and leave out numbers that are not quantities (如图1所示, 近两年).
///
/// A class: its tables are shared, not copied, by the closures each scan position makes.
final class NumberScanner: Sendable {
  let units: [[Unicode.Scalar]]
  let infixes: [Unicode.Scalar]
  let technical: TechnicalUnitReader?
  let forms: NumberForms
  /// What joins the ends of a range (2-5, 2至5).
  let joiners: ScalarSet

  init(
    units: [[Unicode.Scalar]], infixes: [Unicode.Scalar], technical: TechnicalUnitReader? = nil,
    forms: NumberForms = .none, joiners: RangeJoiners = .dashesOnly
  ) {
    self.units = units
    self.infixes = infixes
    self.technical = technical
    self.forms = forms
    self.joiners = joiners.all
  }

  func scan(_ s: TextScalars, in range: Range<Int>) -> [NumberExpression] {
    var out: [NumberExpression] = []
    var i = range.lowerBound
    while i < range.upperBound {
      // Every reader starts at a digit or a Chinese numeral: elsewhere none is tried.
      guard Self.isDigit(s[i]) || ChineseNumerals.isNumeral(s[i]), var first = number(s, at: i, in: range) else {
        i += 1
        continue
      }
      // A range: number [unit] dash number [unit].
      var j = first.end
      var dashEnd = j
      while dashEnd < range.upperBound, joiners.contains(s[dashEnd]), dashEnd - j < 2 { dashEnd += 1 }
      if dashEnd > j, let second = number(s, at: dashEnd, in: range),
        second.isChinese == first.isChinese, first.unit == nil || first.unit == second.unit, second.value > first.value
      {
        first.valueMax = second.value
        first.unit = second.unit
        first.infix = first.infix ?? second.infix
        first.end = second.end
        first.numberEnd = second.numberEnd
        j = second.end
      }
      if !forms.exclusions.excludes(
        s, start: first.start, numberEnd: first.numberEnd, end: first.end, range: range)
      {
        out.append(first)
      }
      i = max(j, i + 1)
    }
    return out
  }

  /// One number starting at `i`; a Chinese count in a measure frame (连续两年) is read as a
  /// figure (`isChinese` false), since the frame is its context.
  private func number(_ s: TextScalars, at i: Int, in range: Range<Int>) -> NumberExpression? {
    let end = range.upperBound
    // Not in the middle of a number or a word of digits and letters.
    if i > 0, Self.isDigit(s[i - 1]) || s[i - 1] == "." { return nil }
    let afterNumeral = i > 0 && ChineseNumerals.isNumeral(s[i - 1])
    if let (v, e) = forms.ratios.read(
      s, at: i, floor: range.lowerBound, end: end, arabic: { arabic(s, at: $0, end: end) })
    {
      return NumberExpression(
        start: i, end: e, numberEnd: e, value: v, valueMax: nil, unit: "", infix: nil, isChinese: false,
        isFraction: false)
    }
    if !afterNumeral, let (v, e) = forms.ratios.readChinese(s, at: i, end: end) {
      return NumberExpression(
        start: i, end: e, numberEnd: e, value: v, valueMax: nil, unit: "", infix: nil, isChinese: true,
        isFraction: true)
    }
    if !afterNumeral, let (v, e, level) = forms.measures.magnitude(s, at: i, floor: range.lowerBound, end: end) {
      if let level {
        return NumberExpression(
          start: i, end: e, numberEnd: e - level.unicodeScalars.count, value: v, valueMax: nil, unit: level,
          infix: nil, isChinese: false, isFraction: false)
      }
      var n = figure(s, at: i, value: v, numberEnd: e, end: end, isChinese: false)
      n.unit = n.unit ?? ""
      return n
    }
    guard var n = plain(s, at: i, end: end) else { return nil }
    if n.isChinese, !n.isFraction, n.infix == nil, let unit = n.unit,
      forms.measures.frames(s, start: n.start, end: n.end, unit: unit, range: range)
    {
      n.isChinese = false
    }
    return n
  }

  /// One number with its multiplier, infix and unit starting at `i`.
  private func plain(_ s: TextScalars, at i: Int, end: Int) -> NumberExpression? {
    var value: Double
    var j: Int
    var isChinese = false
    var fractionUnit: String? = nil
    if let (v, e) = arabic(s, at: i, end: end) {
      value = v
      j = e
    } else if let (v, e, unit) = fraction(s, at: i, end: end) {
      value = v
      j = e
      isChinese = true
      fractionUnit = unit
    } else if let (v, e) = chinese(s, at: i, end: end) {
      if i > 0, ChineseNumerals.isNumeral(s[i - 1]) { return nil }
      value = v
      j = e
      isChinese = true
    } else {
      return nil
    }
    if let unit = fractionUnit {
      return NumberExpression(
        start: i, end: j, numberEnd: j, value: value, valueMax: nil, unit: unit, infix: nil,
        isChinese: true, isFraction: true)
    }
    return figure(s, at: i, value: value, numberEnd: j, end: end, isChinese: isChinese)
  }

  /// The number whose numerals run `i..<numberEnd`, with its multiplier, infix and unit.
  private func figure(_ s: TextScalars, at i: Int, value: Double, numberEnd: Int, end: Int, isChinese: Bool)
    -> NumberExpression
  {
    var j = numberEnd
    var infix: String? = nil
    j = Self.skipSpaces(s, from: j, end: end)
    if j < end, infixes.contains(s[j]) {
      infix = String(s[j])
      j = Self.skipSpaces(s, from: j + 1, end: end)
    }
    if let unit = unit(s, at: j, end: end) {
      return NumberExpression(
        start: i, end: j + unit.count, numberEnd: numberEnd, value: value, valueMax: nil,
        unit: String(String.UnicodeScalarView(unit)),
        infix: infix, isChinese: isChinese, isFraction: false)
    }
    // 万 / 亿 multiplier before a unit: ５万张 → 50000 张.
    if j < end, let m = ChineseNumerals.largeUnits[s[j]], !isChinese || infix == nil {
      var k = Self.skipSpaces(s, from: j + 1, end: end)
      var infix2 = infix
      if k < end, infixes.contains(s[k]) {
        infix2 = String(s[k])
        k = Self.skipSpaces(s, from: k + 1, end: end)
      }
      if let unit = unit(s, at: k, end: end) {
        return NumberExpression(
          start: i, end: k + unit.count, numberEnd: numberEnd, value: value * Double(m), valueMax: nil,
          unit: String(String.UnicodeScalarView(unit)), infix: infix2, isChinese: isChinese, isFraction: false)
      }
    }
    if infix == nil, !isChinese, let (unit, after) = technical?.unit(s, at: j, end: end) {
      return NumberExpression(
        start: i, end: after, numberEnd: numberEnd, value: value, valueMax: nil, unit: unit, infix: nil,
        isChinese: false, isFraction: false)
    }
    return NumberExpression(
      start: i, end: numberEnd, numberEnd: numberEnd, value: value, valueMax: nil, unit: nil, infix: nil,
      isChinese: isChinese, isFraction: false)
  }

  private func unit(_ s: TextScalars, at i: Int, end: Int) -> [Unicode.Scalar]? {
    units.first { u in
      i + u.count <= end && zip(u, s[i..<(i + u.count)]).allSatisfy { $0 == $1 }
    }
  }

  /// 1200, 1,200, 21.58.
  private func arabic(_ s: TextScalars, at i: Int, end: Int) -> (Double, Int)? {
    guard i < end, Self.isDigit(s[i]) else { return nil }
    var j = i
    var digits = ""
    while j < end {
      if Self.isDigit(s[j]) {
        digits.unicodeScalars.append(s[j])
        j += 1
      } else if s[j] == ",", j + 3 < end || j + 3 == end,
        (1...3).allSatisfy({ j + $0 < end && Self.isDigit(s[j + $0]) }),
        j + 4 >= end || !Self.isDigit(s[j + 4])
      {
        j += 1
      } else if s[j] == ".", j + 1 < end, Self.isDigit(s[j + 1]), !digits.contains(".") {
        digits.append(".")
        j += 1
      } else {
        break
      }
    }
    guard let v = Double(digits) else { return nil }
    return (v, j)
  }

  /// 百分之六十 → (60, %), 千分之五 → (5, ‰), 百分之5 too.
  private func fraction(_ s: TextScalars, at i: Int, end: Int) -> (Double, Int, String)? {
    guard i + 3 < end, s[i + 1] == "分", s[i + 2] == "之" else { return nil }
    let unit: String
    switch s[i] {
    case "百": unit = UnitLexicon.percent
    case "千": unit = UnitLexicon.permille
    default: return nil
    }
    if let (v, e) = arabic(s, at: i + 3, end: end) { return (v, e, unit) }
    if let (v, e) = chinese(s, at: i + 3, end: end) { return (v, e, unit) }
    return nil
  }

  /// A run of Chinese numerals (without 万/亿 at its very end, which may be a multiplier).
  private func chinese(_ s: TextScalars, at i: Int, end: Int) -> (Double, Int)? {
    var j = i
    while j < end, ChineseNumerals.isNumeral(s[j]) { j += 1 }
    // A trailing 万/亿 is left for the multiplier step.
    while j > i, ChineseNumerals.largeUnits[s[j - 1]] != nil { j -= 1 }
    guard j > i, ChineseNumerals.isSmallNumeral(s[i]), let v = ChineseNumerals.value(of: s[i..<j]) else {
      return nil
    }
    return (Double(v), j)
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

  /// Past the spaces (not line breaks) from `i`.
  static func skipSpaces(_ s: TextScalars, from i: Int, end: Int) -> Int {
    var j = i
    while j < end, s[j] == " " { j += 1 }
    return j
  }
}
