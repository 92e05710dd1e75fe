import Foundation
import PlanLensExtract
import PlanLensIngest
import PlanLensModel
import PlanLensPipeline

/// Writes synthetic plans for scale tests: provisions of real plans recombined under other
/// places' names, with their numbers perturbed.
///
/// Each plan takes a county (or a city) from the division table, a title of a corpus plan with
/// the place and topic swapped, three to five sections titled like the corpus's, and two to six
/// provisions per section drawn from the corpus, the corpus places replaced by the new ones and
/// every number that is not a year scaled by 0.6–1.6. One family in four has a draft and a final
/// version (the final drops （征求意见稿） and changes a few numbers), so lineages form. The same
/// seed gives the same files; plans are written one at a time.
public struct CorpusGenerator: Sendable {
  /// A provision of the corpus: its text after the label, and the places the corpus named.
  struct Material: Sendable {
    var titles: [String]
    var sectionTitles: [String]
    var provisions: [String]
    /// Corpus place names, longest first, each with the level it stands for and whether it is
    /// the short form (济宁 for 济宁市).
    var places: [(name: String, level: AdministrativeLevel, short: Bool)]
  }

  let material: Material
  let counties: [(province: String, city: String, county: String)]
  let cities: [(province: String, city: String)]

  /// Topics swapped into titles so generated plans spread over several lineages per place.
  static let topics = ["养老服务", "医养结合", "老龄事业", "居家社区养老服务", "智慧养老服务"]

  /// Reads the `.txt` plans in `corpus` (a folder) with the standard pipeline and division table.
  public init(corpus: String) throws {
    try self.init(corpus: corpus, pipeline: ExtractionPipeline(), divisions: AdministrativeDivisions.standard())
  }

  /// Reads the `.txt` plans in `corpus` (a folder) as material.
  public init(corpus: String, pipeline: ExtractionPipeline, divisions: AdministrativeDivisions) throws {
    let files = FileCollector().files(in: [corpus]).filter { $0.hasSuffix(".txt") }
    var titles: [String] = []
    var sections: [String] = []
    var provisions: [String] = []
    var places: [String: (level: AdministrativeLevel, short: Bool)] = [:]
    let reader = DocumentReader()
    for file in files {
      let document = try pipeline.extract(try reader.read(path: file))
      if let title = document.meta.title { titles.append(title) }
      let j = document.meta.jurisdiction
      let named: [(String?, AdministrativeLevel)] = [(j.province, .province), (j.city, .city), (j.county, .county)]
      for (name, level) in named {
        guard let name else { continue }
        places[name] = (level, false)
        let short = String(name.dropLast())
        if short.count >= 2 { places[short] = (level, true) }
      }
      let levels = Dictionary(uniqueKeysWithValues: document.headings.map { ($0.id, $0.level) })
      sections += document.headings.filter { $0.level == 1 && !$0.label.isEmpty && !$0.label.hasPrefix("附件") }
        .map(\.title)
      for p in document.provisions where (levels[p.heading] ?? 1) >= 2 {
        var body = Substring(p.text)
        if body.hasPrefix(p.label) { body = body.dropFirst(p.label.count) }
        let text = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count >= 20 { provisions.append(text) }
      }
    }
    guard !provisions.isEmpty, !titles.isEmpty else { throw GeneratorError.emptyCorpus(path: corpus) }
    var seenSections = Set<String>()
    material = Material(
      titles: titles, sectionTitles: sections.filter { seenSections.insert($0).inserted }, provisions: provisions,
      places: places.map { ($0.key, $0.value.level, $0.value.short) }.sorted {
        $0.name.count != $1.name.count ? $0.name.count > $1.name.count : $0.name < $1.name
      })
    var counties: [(String, String, String)] = []
    var cities: [(String, String)] = []
    for division in divisions.all {
      let chain = divisions.chain(of: division)
      switch division.level {
      case .county:
        if let p = chain.province, let c = chain.city, c.code != p.code {
          counties.append((p.name, c.name, division.name))
        }
      case .city:
        if let p = chain.province { cities.append((p.name, division.name)) }
      case .province, .national, .town:
        break
      }
    }
    self.counties = counties
    self.cities = cities
  }

  /// Writes `count` plans named `plan-000001.txt` … into `folder` (created when missing) and
  /// calls `progress` after each. Returns the paths written.
  @discardableResult
  public func generate(
    count: Int, seed: UInt64, into folder: String, progress: (Int) -> Void = { _ in }
  ) throws(GeneratorError) -> Int {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: folder, reason: error.localizedDescription)
    }
    var written = 0
    var family: UInt64 = 0
    while written < count {
      let versions = family % 4 == 0 ? 2 : 1
      for version in 0..<versions where written < count {
        let text = plan(family: family, version: version, of: versions, seed: seed)
        written += 1
        let path = (folder as NSString).appendingPathComponent(String(format: "plan-%06d.txt", written))
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
          throw .cannotWrite(path: path, reason: "cannot create the file")
        }
        progress(written)
      }
      family += 1
    }
    return written
  }

  /// The text of one plan: version `version` (0 = first) of `versions` of family `family`.
  func plan(family: UInt64, version: Int, of versions: Int, seed: UInt64) -> String {
    var rng = SeededGenerator(seed: seed, index: family)
    let cityPlan = Int.random(in: 0..<4, using: &rng) == 0
    let place: (province: String, city: String, county: String?)
    if cityPlan, let c = cities.randomElement(using: &rng) {
      place = (c.province, c.city, nil)
    } else if let c = counties.randomElement(using: &rng) {
      place = (c.province, c.city, c.county)
    } else {
      place = ("山东省", "济宁市", nil)
    }
    let name = place.city + (place.county ?? "")
    let topic = Self.topics.randomElement(using: &rng) ?? "养老服务"
    var title = material.titles.randomElement(using: &rng) ?? "养老服务发展规划"
    if place.county == nil {
      // A city's plan: the corpus county in a title goes, its city stays.
      for (name, level, short) in material.places where level == .county && !short {
        title = title.replacingOccurrences(of: name, with: "")
      }
    }
    title = swapPlaces(in: title, to: place)
    title = title.replacingOccurrences(of: "养老服务", with: topic)
    if !title.contains(place.city) && !(place.county.map(title.contains) ?? false) { title = name + title }
    let year = Int.random(in: 2016...2025, using: &rng)
    let isDraft = versions > 1 && version == 0
    let issuer = name + (Bool.random(using: &rng) ? "人民政府办公室" : "民政局")

    var out = title + "\n"
    if isDraft { out += "（征求意见稿）\n" }
    out += "\n为深入实施积极应对人口老龄化国家战略，推动\(topic)高质量发展，结合\(name)实际，制定本方案。\n\n"
    // Selection follows `rng` alike in every version; each provision's numbers follow their own
    // stream, which the final version changes for about one provision in four.
    var changes = SeededGenerator(seed: seed, index: family, stream: 1)
    let sectionCount = Int.random(in: 3...5, using: &rng)
    let sections = Array(material.sectionTitles.shuffled(using: &rng).prefix(sectionCount))
    var provision: UInt64 = 0
    for (s, section) in sections.enumerated() {
      out += Self.chineseNumber(s + 1) + "、" + section + "\n"
      for p in 0..<Int.random(in: 2...6, using: &rng) {
        provision += 1
        let body = swapPlaces(in: material.provisions.randomElement(using: &rng) ?? "", to: place)
        let changed = Int.random(in: 0..<4, using: &changes) == 0 && version > 0
        var numbers = SeededGenerator(seed: seed, index: family, stream: (changed ? 20_000 : 10_000) + provision)
        out += "（" + Self.chineseNumber(p + 1) + "）" + Self.perturbNumbers(in: body, using: &numbers) + "\n"
      }
      out += "\n"
    }
    let month = Int.random(in: 1...12, using: &rng)
    let day = Int.random(in: 1...28, using: &rng)
    out += "\(issuer)\n\(year)年\(month)月\(day)日\n"
    return out
  }

  /// `text` with every corpus place replaced by the place of the same level in `place`.
  func swapPlaces(in text: String, to place: (province: String, city: String, county: String?)) -> String {
    var result = text
    for (name, level, short) in material.places where result.contains(name) {
      let full: String
      switch level {
      case .province: full = place.province
      case .city: full = place.city
      case .county, .national, .town: full = place.county ?? place.city
      }
      let replacement = short ? String(full.dropLast()) : full
      result = result.replacingOccurrences(of: name, with: replacement)
    }
    // 济宁市兖州区 in a city's plan became 柳州市柳州市.
    for name in [place.city, place.county].compactMap({ $0 }) {
      result = result.replacingOccurrences(of: name + name, with: name)
    }
    return result
  }

  /// `text` with each number that is not part of a date (4 digits from 1900 to 2099, or followed
  /// by 年, 月, 日 or 号) multiplied by 0.6–1.6; whole numbers stay whole, percentages stay at most 100.
  static func perturbNumbers(in text: String, using rng: inout SeededGenerator) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      guard scalars[i].properties.numericType == .decimal, scalars[i].isASCII else {
        out.append(scalars[i])
        i += 1
        continue
      }
      var j = i
      while j < scalars.count, scalars[j].isASCII, scalars[j].properties.numericType == .decimal || scalars[j] == "." {
        j += 1
      }
      var digits = String(String.UnicodeScalarView(scalars[i..<j]))
      var end = j
      if digits.hasSuffix(".") {
        digits.removeLast()
        end -= 1
      }
      let next = end < scalars.count ? scalars[end] : " "
      let isDate = next == "年" || next == "月" || next == "日" || next == "号"
      let isYear = isDate || (digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20")))
      if isYear || Double(digits) == nil {
        out.append(contentsOf: digits.unicodeScalars)
      } else if let value = Double(digits) {
        var scaled = value * Double.random(in: 0.6...1.6, using: &rng)
        if next == "%" || next == "％" { scaled = min(scaled, 100) }
        let printed =
          digits.contains(".") ? String(format: "%.1f", scaled) : String(max(1, Int(scaled.rounded())))
        out.append(contentsOf: printed.unicodeScalars)
      }
      i = end
    }
    return String(out)
  }

  /// 1 → 一, 12 → 十二 (enough for section and provision numbers).
  static func chineseNumber(_ n: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    if n < 10 { return digits[max(0, n)] }
    if n < 20 { return "十" + digits[n % 10] }
    return digits[(n / 10) % 10] + "十" + digits[n % 10]
  }
}
