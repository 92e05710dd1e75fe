/// Which provision of the new version each provision of the old one became, and how alike they are.
struct DiffProvisionAlignment: Sendable {
  /// For each old provision, the position of its new counterpart.
  var newOfOld: [Int?]
  /// For each new provision, the position of its old counterpart.
  var oldOfNew: [Int?]
  /// For each old provision, the text cosine with its counterpart (0 when unmatched).
  var cosine: [Double]
  /// For each new provision, the old provisions that share words with it (cosine ≥ 0.05).
  var oldCandidatesOfNew: [[Int]]
  /// For each old provision, the new provisions that share words with it.
  var newCandidatesOfOld: [[Int]]

  /// The matched pairs, in old order.
  var pairs: [(old: Int, new: Int)] {
    newOfOld.enumerated().compactMap { i, j in j.map { (i, $0) } }
  }
}
