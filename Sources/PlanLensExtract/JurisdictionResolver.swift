import PlanLensModel
import PlanLensText

/// Decides which government a plan belongs to from the places it names.
///
/// The title speaks first (济宁市兖州区…规划, 数字山东…), then the issuing office, then the
/// cover notice; a central issuer or addressee (国务院, 各省、自治区、直辖市) makes it national.
/// A plan that names no place there is placed by how it refers to itself (我市 → a city,
/// 我国 → national) and which place of that level its text names most.
struct JurisdictionResolver: Sendable {
  let divisions: AdministrativeDivisions
  let cues: MetadataCues
  let shortNames: JurisdictionShortNames

  init(divisions: AdministrativeDivisions, cues: MetadataCues) {
    self.divisions = divisions
    self.cues = cues
    shortNames = JurisdictionShortNames(divisions: divisions, endings: cues.divisionEndings)
  }

  func resolve(title: String, issuer: String?, notice: String, body: String) -> (
    jurisdiction: Jurisdiction, level: AdministrativeLevel?
  ) {
    let context = divisions.mentions(
      in: title + "\n" + (issuer ?? "") + "\n" + notice + "\n" + String(body.prefix(20000)))
    let contextDivisions = context.flatMap(\.candidates)
    if let d = deepest(in: divisions.mentions(in: title), context: contextDivisions) { return describe(d) }
    for level in [AdministrativeLevel.city, .province] {
      if let d = shortNames.mentions(in: title, level: level).first { return describe(d) }
    }
    if let issuer, !issuer.isEmpty {
      if let d = deepest(in: divisions.mentions(in: issuer), context: contextDivisions) { return describe(d) }
      if isNational(issuer: issuer) { return (Jurisdiction(), .national) }
    }
    if let d = deepest(in: divisions.mentions(in: notice), context: contextDivisions) { return describe(d) }
    if selfReferenceLevel(in: notice) == .national { return (Jurisdiction(), .national) }

    // No place in the title, issuer or notice: the body's own level and its most named place.
    let level = selfReferenceLevel(in: body)
    if level == .national { return (Jurisdiction(), .national) }
    var counts: [String: (AdministrativeDivision, Int)] = [:]
    var named = divisions.mentions(in: body).compactMap {
      divisions.disambiguate($0.candidates, context: contextDivisions)
    }
    if level == .province || level == .city {
      named += shortNames.mentions(in: body, level: .province)
      if level == .city { named += shortNames.mentions(in: body, level: .city) }
    }
    for d in named { counts[d.code, default: (d, 0)].1 += 1 }
    let ranked = counts.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.code < $1.0.code }
    if let level, let best = ranked.first(where: { $0.0.level == level }) {
      return describe(best.0)
    }
    if let best = ranked.first { return describe(best.0) }
    return (Jurisdiction(), level)
  }

  /// 国务院办公厅, 某某部: a central office that names no place.
  func isNational(issuer: String) -> Bool {
    cues.nationalIssuers.contains(where: issuer.contains)
      || (cues.nationalIssuerSuffixes.contains(where: issuer.hasSuffix) && divisions.mentions(in: issuer).isEmpty
        && !cues.localIssuerPrefixes.contains(where: issuer.hasPrefix))
  }

  /// The most specific place among `mentions` whose ancestors do not contradict the others.
  private func deepest(in mentions: [DivisionMention], context: [AdministrativeDivision]) -> AdministrativeDivision? {
    let resolved = mentions.compactMap { divisions.disambiguate($0.candidates, context: context) }
    let rank: (AdministrativeDivision) -> Int = { d in
      switch d.level {
      case .national: return -1
      case .province: return 0
      case .city: return 1
      case .county: return 2
      case .town: return 3
      }
    }
    return resolved.max { rank($0) < rank($1) }
  }

  private func describe(_ d: AdministrativeDivision) -> (Jurisdiction, AdministrativeLevel?) {
    let chain = divisions.chain(of: d)
    let j = Jurisdiction(
      province: chain.province?.name, city: chain.city?.name, county: chain.county?.name, code: d.code)
    return (j, d.level)
  }

  /// 我市 / 全市 → city, 我省 → province, 我国 / 各地区 → national: the most frequent wins.
  func selfReferenceLevel(in text: String) -> AdministrativeLevel? {
    var counts: [AdministrativeLevel: Int] = [:]
    for (cue, level) in cues.selfReferences {
      counts[level, default: 0] += text.occurrences(of: cue)
    }
    return counts.filter { $0.value > 0 }.max {
      $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue
    }?.key
  }
}
