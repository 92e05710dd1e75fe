import PlanLensText

/// The cues of a grant from `grant-cues.tsv`: what opens the beneficiary (对), the verbs that
/// grant an amount (给予, 奖励) and the nouns that name the grant (奖励, 补助).
struct GrantCues: Sendable {
  let openers: [[Unicode.Scalar]]
  let verbs: [[Unicode.Scalar]]
  let nouns: [[Unicode.Scalar]]
  let adverbs: [[Unicode.Scalar]]

  init(table: DataTable) throws {
    var byKind: [String: [[Unicode.Scalar]]] = [:]
    for (i, row) in table.rows.enumerated() {
      guard row.count >= 2, ["opener", "verb", "noun", "adverb"].contains(row[0]), !row[1].isEmpty else {
        throw DataTableError.badRow(
          table: table.name, row: table.lineNumbers[i], reason: "expected opener, verb, noun or adverb, and a cue")
      }
      byKind[row[0], default: []].append(Array(row[1].unicodeScalars))
    }
    let longestFirst = { (kind: String) in (byKind[kind] ?? []).sorted { $0.count > $1.count } }
    openers = longestFirst("opener")
    verbs = longestFirst("verb")
    nouns = longestFirst("noun")
    adverbs = longestFirst("adverb")
  }
}
