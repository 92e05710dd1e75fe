import Foundation
import PlanLensModel
import Testing

@testable import PlanLensIngest

/// Arbitrary or damaged input never traps: it reads, or fails with an ``IngestError``.
@Suite struct IngestRobustnessTests {
  /// A small deterministic generator (SplitMix64), so failures reproduce.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Reads `bytes` as `path` and checks the outcome is coherent either way.
  func expectCoherent(_ bytes: [UInt8], path: String) {
    let result = Result { () throws(IngestError) -> SourceDocument in
      try DocumentReader().read(data: Data(bytes), path: path)
    }
    switch result {
    case .success(let document):
      let formats: Set<String> = ["txt", "docx", "html"]
      let hasText = document.text.unicodeScalars.contains { !$0.properties.isWhitespace }
      #expect(hasText)
      #expect(document.info.sha256.count == 64)
      #expect(formats.contains(document.info.format))
    case .failure(let error):
      #expect(error.path == path)
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func randomBytesInEveryFormat() {
    var random = SplitMix(state: 20_211_231)
    let alphabet: [UInt8] = Array("<>/=\"' &;#x0a<p><div>一、".utf8) + [0x00, 0x0A, 0x80, 0xFF, 0xD6, 0xD0, 0xFE]
    for round in 0..<300 {
      let count = Int.random(in: 1...300, using: &random)
      let bytes = (0..<count).map { _ in
        round % 2 == 0
          ? UInt8.random(in: 0...255, using: &random)
          : alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
      }
      for ext in ["txt", "html", "docx", "bin", ""] {
        expectCoherent(bytes, path: ext.isEmpty ? "file\(round)" : "file\(round).\(ext)")
      }
    }
  }

  @Test func damagedDocxNeverTraps() throws {
    let original = try [UInt8](IngestDocxTests.docx(body: IngestDocxTests.body))
    var random = SplitMix(state: 7)
    for _ in 0..<200 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
      }
      if Bool.random(using: &random) {
        bytes = Array(bytes.prefix(Int.random(in: 1..<bytes.count, using: &random)))
      }
      expectCoherent(bytes, path: "damaged.docx")
    }
  }
}
