import PlanLensText
import Testing

@Suite("DocumentNumberScanner: 文号")
struct DocumentNumberScannerTests {
  @Test(
    "numbers in every bracket style, with 第 and full-width digits",
    arguments: [
      "某政发〔2031〕4号", "某办字[2031]12号", "某卫发（2031）第3号", "某教发【2031】105号", "某府办﹝２０３１﹞７号",
    ])
  func whole(number: String) {
    #expect(DocumentNumberScanner.isWhole(number), "\(number)")
  }

  @Test("what is not a number: no issuer, a short year, a long serial, no 号")
  func notNumbers() {
    #expect(!DocumentNumberScanner.isWhole("〔2031〕4号"))
    #expect(!DocumentNumberScanner.isWhole("某政发〔231〕4号"))
    #expect(!DocumentNumberScanner.isWhole("某政发〔2031〕123456号"))
    #expect(!DocumentNumberScanner.isWhole("某政发〔2031〕4"))
    #expect(!DocumentNumberScanner.isWhole("某政发〔2031〕4号文"))
  }

  @Test("the first number inside a longer text")
  func first() {
    #expect(DocumentNumberScanner.first(in: "文号：某市政办发〔2031〕9号 ") == "某市政办发〔2031〕9号")
    #expect(DocumentNumberScanner.first(in: "根据某政发〔2031〕4号文件精神") == "根据某政发〔2031〕4号")
    #expect(DocumentNumberScanner.first(in: "没有文号") == nil)
  }
}
