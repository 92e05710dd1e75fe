import PlanLensText

/// The word-level redline of two texts: the standard library's `CollectionDifference` (Myers)
/// over ICU tokens (over sentences first when the texts are long), then made readable:
/// insertions and deletions slid to punctuation, a short stretch kept between two changes folded
/// into them, and each change read as one deletion followed by one insertion.
struct DiffWordDiffer: Sendable {
  /// A kept stretch of at most this many characters between two changes is always folded in.
  static let foldedEquality = 1

  /// Texts with more tokens than this (both together) are diffed sentence by sentence first.
  static let tokenLimit = 1000
  /// A changed stretch of sentences is diffed word by word only up to this many token pairs, and
  /// only when it is `similar`; otherwise it reads as deleted and inserted whole.
  static let regionLimit = 250_000

  func runs(old: [DiffToken], new: [DiffToken]) -> [TextRun] {
    Self.fold(Self.coalesce(Self.slide(Self.editScript(old, new)))).flatMap(\.runs)
  }

  /// The token edit script: Myers over all tokens for ordinary provisions; for long texts,
  /// Myers over sentences first, then over the tokens of each changed stretch of sentences, so
  /// the work stays near linear in the length.
  private static func editScript(_ old: [DiffToken], _ new: [DiffToken]) -> [Op] {
    if old.count + new.count <= tokenLimit { return tokenScript(old, new) }
    let a = sentences(old)
    let b = sentences(new)
    var ops: [Op] = []
    var pendingOld: [DiffToken] = []
    var pendingNew: [DiffToken] = []
    func flush() {
      if pendingOld.isEmpty || pendingNew.isEmpty || pendingOld.count * pendingNew.count > regionLimit
        || !similar(pendingOld, pendingNew)
      {
        ops += pendingOld.map { Op(kind: .delete, token: $0) } + pendingNew.map { Op(kind: .insert, token: $0) }
      } else {
        ops += tokenScript(pendingOld, pendingNew)
      }
      pendingOld.removeAll()
      pendingNew.removeAll()
    }
    for step in script(a.map { $0.map(\.text).joined() }, b.map { $0.map(\.text).joined() }) {
      switch step {
      case .delete(let i): pendingOld += a[i]
      case .insert(let j): pendingNew += b[j]
      case .equal(let i, _):
        flush()
        ops += a[i].map { Op(kind: .equal, token: $0) }
      }
    }
    flush()
    return ops
  }

  /// Whether two stretches share enough tokens to be a rewording rather than a replacement: their
  /// longest common subsequence is at most their multiset intersection, so when that leaves more
  /// than half of the tokens changed a word-level redline would be noise (and Myers, whose cost
  /// grows with the changes, slow).
  private static func similar(_ old: [DiffToken], _ new: [DiffToken]) -> Bool {
    var counts: [String: Int] = [:]
    for token in old { counts[token.text, default: 0] += 1 }
    var shared = 0
    for token in new {
      if let n = counts[token.text], n > 0 {
        counts[token.text] = n - 1
        shared += 1
      }
    }
    return old.count + new.count - 2 * shared <= (old.count + new.count) / 2
  }

  /// Myers over single tokens.
  private static func tokenScript(_ old: [DiffToken], _ new: [DiffToken]) -> [Op] {
    script(old.map(\.text), new.map(\.text)).map { step in
      switch step {
      case .delete(let i): return Op(kind: .delete, token: old[i])
      case .insert(let j): return Op(kind: .insert, token: new[j])
      case .equal(let i, _): return Op(kind: .equal, token: old[i])
      }
    }
  }

  /// One step of an edit script, by position in the old or new sequence.
  private enum Step {
    case equal(Int, Int)
    case delete(Int)
    case insert(Int)
  }

  /// The steps turning `old` into `new` in reading order, deletions before insertions, from the
  /// standard library's `CollectionDifference`.
  private static func script(_ old: [String], _ new: [String]) -> [Step] {
    var removed = Set<Int>()
    var inserted = Set<Int>()
    for change in new.difference(from: old) {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): inserted.insert(offset)
      }
    }
    var out: [Step] = []
    out.reserveCapacity(old.count + inserted.count)
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, removed.contains(i) || j >= new.count {
        out.append(.delete(i))
        i += 1
      } else if j < new.count, inserted.contains(j) || i >= old.count {
        out.append(.insert(j))
        j += 1
      } else {
        out.append(.equal(i, j))
        i += 1
        j += 1
      }
    }
    return out
  }

  /// Tokens grouped into sentences, each ending with its 。；！？ or line break.
  private static func sentences(_ tokens: [DiffToken]) -> [[DiffToken]] {
    var out: [[DiffToken]] = []
    var current: [DiffToken] = []
    for token in tokens {
      current.append(token)
      if let last = token.text.unicodeScalars.last, sentenceEnds.contains(last) {
        out.append(current)
        current = []
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// One token of the edit script.
  private struct Op {
    var kind: TextRunKind
    var token: DiffToken
  }

  /// Insertions and deletions slid along the kept words around them to where they begin or end
  /// at punctuation: "达效{+，切实提高服务质效+}。" rather than "达{+效，切实提高服务质+}效。".
  /// A run can slide when the word it would take in on one side equals the one it gives up on
  /// the other, so both texts stay the same.
  private static func slide(_ ops: [Op]) -> [Op] {
    var ops = ops
    var start = 0
    while start < ops.count {
      guard ops[start].kind != .equal else {
        start += 1
        continue
      }
      var end = start
      while end < ops.count, ops[end].kind == ops[start].kind { end += 1 }
      guard end == ops.count || ops[end].kind == .equal, start == 0 || ops[start - 1].kind == .equal else {
        start = end
        continue
      }
      // Slide left as far as possible, then try every position to the right.
      let kind = ops[start].kind
      var a = start
      var b = end
      while a > 0, ops[a - 1].kind == .equal, ops[a - 1].token.text == ops[b - 1].token.text {
        ops[b - 1].kind = .equal
        ops[a - 1].kind = kind
        a -= 1
        b -= 1
      }
      var best = (score: boundaryScore(ops, a, b), at: a)
      var (x, y) = (a, b)
      while y < ops.count, ops[y].kind == .equal, ops[y].token.text == ops[x].token.text {
        ops[y].kind = kind
        ops[x].kind = .equal
        x += 1
        y += 1
        let score = boundaryScore(ops, x, y)
        if score > best.score { best = (score, x) }
      }
      // Back to the best position.
      while x > best.at {
        ops[y - 1].kind = .equal
        ops[x - 1].kind = kind
        x -= 1
        y -= 1
      }
      start = y
    }
    return ops
  }

  /// How well a run fits between ops `a` and `b`: each edge scores 2 at the text's edge or
  /// right after a sentence end (。；！？ or a line break), 1 at other punctuation or spaces, 0
  /// inside words. So an added sentence reads "。{+开展…整治。+}", an added clause "{+，切实…+}。".
  private static func boundaryScore(_ ops: [Op], _ a: Int, _ b: Int) -> Int {
    func endsSentence(_ k: Int) -> Bool { sentenceEnds.contains(ops[k].token.text.unicodeScalars.last ?? " ") }
    let left = a == 0 || endsSentence(a - 1) ? 2 : (!ops[a - 1].token.isWord || !ops[a].token.isWord ? 1 : 0)
    let right = b == ops.count || endsSentence(b - 1) ? 2 : (!ops[b].token.isWord || !ops[b - 1].token.isWord ? 1 : 0)
    return left + right
  }

  private static let sentenceEnds = Punctuation.sentenceEnds.union(Punctuation.lineBreaks)

  /// A kept stretch, or a change read as "delete this, insert that"; tokens are joined only at
  /// the end, and lengths are kept as tokens are added, so merging stays linear.
  private struct Piece {
    var isEqual: Bool
    /// The kept tokens of an equal piece, or the deleted ones of a change.
    var old: [String] = []
    /// The inserted tokens of a change.
    var new: [String] = []
    var oldLength = 0
    var newLength = 0
    /// Characters of an equal piece that are not white space.
    var visible = 0

    init(_ op: Op) {
      isEqual = op.kind == .equal
      add(op)
    }

    mutating func add(_ op: Op) {
      let length = op.token.text.unicodeScalars.count
      if op.kind == .insert {
        new.append(op.token.text)
        newLength += length
      } else {
        old.append(op.token.text)
        oldLength += length
        if op.kind == .equal {
          visible += op.token.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        }
      }
    }

    /// Characters changed: the longer of the two sides.
    var weight: Int { max(oldLength, newLength) }

    var runs: [TextRun] {
      if isEqual { return old.isEmpty ? [] : [TextRun(kind: .equal, text: old.joined())] }
      return (old.isEmpty ? [] : [TextRun(kind: .delete, text: old.joined())])
        + (new.isEmpty ? [] : [TextRun(kind: .insert, text: new.joined())])
    }
  }

  /// Neighbouring ops of the same kind (kept, or changed) joined into pieces.
  private static func coalesce(_ ops: [Op]) -> [Piece] {
    var out: [Piece] = []
    for op in ops {
      if let last = out.last, last.isEqual == (op.kind == .equal) {
        out[out.count - 1].add(op)
      } else {
        out.append(Piece(op))
      }
    }
    return out
  }

  /// Kept stretches between two changes folded into them when they are no longer than the
  /// smaller change (or a single character), until none is left to fold. One pass over the
  /// pieces with the output as a stack: a fold can only enable another fold to its left.
  private static func fold(_ pieces: [Piece]) -> [Piece] {
    var out: [Piece] = []
    out.reserveCapacity(pieces.count)
    for piece in pieces {
      out.append(piece)
      while out.count >= 3, !out[out.count - 1].isEqual, out[out.count - 2].isEqual, !out[out.count - 3].isEqual {
        let kept = out[out.count - 2]
        guard
          kept.visible <= foldedEquality || kept.visible <= min(out[out.count - 3].weight, out[out.count - 1].weight)
        else { break }
        let right = out.removeLast()
        out.removeLast()
        out[out.count - 1].old += kept.old + right.old
        out[out.count - 1].new += kept.old + right.new
        out[out.count - 1].oldLength += kept.oldLength + right.oldLength
        out[out.count - 1].newLength += kept.oldLength + right.newLength
      }
    }
    return out
  }
}
