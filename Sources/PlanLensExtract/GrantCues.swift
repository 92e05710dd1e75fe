import PlanLensText

/// The cues of a grant from `grant-cues.tsv`: what opens the beneficiary (对), the verbs that
/// grant an amount (给予, 奖励), the nouns that name the grant (奖励, 补助) and the adverbs
/// between beneficiary and verb (最高; 分别, which gives each listed beneficiary its own amount;
/// 一次性, which stays with the grant's noun).
struct GrantCues: Sendable {
  let openers: [[Unicode.Scalar]]
  let verbs: [[Unicode.Scalar]]
  let nouns: [[Unicode.Scalar]]
  /// Every adverb, the two kinds below included.
  let adverbs: [[Unicode.Scalar]]
  /// 分别: the amounts listed go one to one to the beneficiaries listed.
  let respectively: [[Unicode.Scalar]]
  /// 一次性: part of the grant's noun (一次性奖励).
  let nounPrefixes: [[Unicode.Scalar]]
  /// Particles that close a modifier (的), from the word lexicon: a beneficiary clause without 对
  /// is a modified noun (新认定的企业).
  var modifierParticles: ScalarSet = []
  /// Words that close a list of examples (等), from the word lexicon: 实验室、研究中心等|研发机构.
  var examplesClosers: ScalarSet = []

  static let kinds = ["opener", "verb", "noun", "adverb", "respectively", "nounPrefix"]

  init(table: DataTable) throws {
    let byKind = try table.wordsByKind(Set(Self.kinds))
    let longestFirst = { (kind: String) in byKind[kind] ?? [] }
    openers = longestFirst("opener")
    verbs = longestFirst("verb")
    nouns = longestFirst("noun")
    respectively = longestFirst("respectively")
    nounPrefixes = longestFirst("nounPrefix")
    adverbs = (longestFirst("adverb") + respectively + nounPrefixes).sorted { $0.count > $1.count }
  }
}
