import PlanLensText

/// Splits many texts into ICU words in one pass of the break iterator, each text's tokens apart.
struct DiffTokenizer: Sendable {
  let segmenter: TextSegmenter

  /// The tokens of each text, covering it without gaps.
  func tokens(of texts: [String]) throws -> [[DiffToken]] {
    var joined = String.UnicodeScalarView()
    var bounds: [Range<Int>] = []
    bounds.reserveCapacity(texts.count)
    var count = 0
    for text in texts {
      let length = text.unicodeScalars.count
      joined.append(contentsOf: text.unicodeScalars)
      bounds.append(count..<(count + length))
      joined.append("\n")
      count += length + 1
    }
    let scalars = Array(joined)
    let segments: [TextSegment]
    do {
      segments = try segmenter.words(in: String(joined))
    } catch {
      throw DiffError.segmentation(String(describing: error))
    }
    var out = [[DiffToken]](repeating: [], count: texts.count)
    var t = 0
    for segment in segments {
      while t < bounds.count, bounds[t].upperBound <= segment.range.lowerBound { t += 1 }
      var u = t
      while u < bounds.count, bounds[u].lowerBound < segment.range.upperBound {
        let piece = segment.range.clamped(to: bounds[u])
        if !piece.isEmpty {
          var view = String.UnicodeScalarView()
          view.append(contentsOf: scalars[piece])
          out[u].append(DiffToken(text: String(view), isWord: segment.isWord))
        }
        u += 1
      }
    }
    return out
  }
}
