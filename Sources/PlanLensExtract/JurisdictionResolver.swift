import PlanLensModel
import PlanLensText

/// Decides which government a plan belongs to from the places it names.
///
/// The title speaks first (济宁市兖州区…规划), then the issuing office, then the cover notice;
/// a plan that names no place there (关于推进…的实施意见) is placed by how it refers to itself
/// (我市 → a city) and which place of that level its text names most.
struct JurisdictionResolver: Sendable {
  let divisions: AdministrativeDivisions
  let cues: MetadataCues

  func resolve(title: String, issuer: String?, notice: String, body: String) -> (
    jurisdiction: Jurisdiction, level: String?
  ) {
    let context = divisions.mentions(
      in: title + "\n" + (issuer ?? "") + "\n" + notice + "\n" + String(body.prefix(20000)))
    let contextDivisions = context.flatMap(\.candidates)
    for source in [title, issuer ?? "", notice] where !source.isEmpty {
      if let d = deepest(in: divisions.mentions(in: source), context: contextDivisions) {
        return describe(d)
      }
    }
    // No place in the title, issuer or notice: the body's own level and its most named place.
    let level = selfReferenceLevel(in: body)
    var counts: [String: (AdministrativeDivision, Int)] = [:]
    for m in divisions.mentions(in: body) {
      guard let d = divisions.disambiguate(m.candidates, context: contextDivisions) else { continue }
      counts[d.code, default: (d, 0)].1 += 1
    }
    let ranked = counts.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.code < $1.0.code }
    if let level, let best = ranked.first(where: { $0.0.level.rawValue == level }) {
      return describe(best.0)
    }
    if let best = ranked.first { return describe(best.0) }
    return (Jurisdiction(), level)
  }

  /// The most specific place among `mentions` whose ancestors do not contradict the others.
  private func deepest(in mentions: [DivisionMention], context: [AdministrativeDivision]) -> AdministrativeDivision? {
    let resolved = mentions.compactMap { divisions.disambiguate($0.candidates, context: context) }
    let rank: (AdministrativeDivision) -> Int = { d in
      switch d.level {
      case .province: return 0
      case .city: return 1
      case .county: return 2
      }
    }
    return resolved.max { rank($0) < rank($1) }
  }

  private func describe(_ d: AdministrativeDivision) -> (Jurisdiction, String?) {
    let chain = divisions.chain(of: d)
    let j = Jurisdiction(
      province: chain.province?.name, city: chain.city?.name, county: chain.county?.name, code: d.code)
    return (j, d.level.rawValue)
  }

  /// 我市 / 全市 → city, 我区 / 我县 → county, 我省 → province: the most frequent wins.
  private func selfReferenceLevel(in body: String) -> String? {
    var counts: [String: Int] = [:]
    for (text, level) in cues.selfReferences where text.hasPrefix("我") {
      counts[level, default: 0] += body.occurrences(of: text)
    }
    return counts.filter { $0.value > 0 }.max { $0.value < $1.value }?.key
  }
}
