import Foundation
import Testing

@testable import PlanLensIngest

/// HTML pages from government sites: charset from `<meta>`, main content, entities, layout.
@Suite struct IngestHTMLTests {
  @Test func gb2312PageGivesTheArticleLines() throws {
    let path = try IngestTestSupport.fixture("gov-page.gb2312.html").path
    let document = try DocumentReader().read(path: path)
    #expect(document.info.format == "html")
    #expect(document.info.encoding == "GB18030")
    let expected = [
      "兖州区人民政府办公室关于印发养老服务发展规划的通知",
      "为全面贯彻落实党的十九届五中全会关于“实施积极应对人口老龄化国家战略”的重大决策部署……",
      "一、总体要求",
      "（一）指导思想",
      "到2025年，护理型床位占比≥55%，养老机构数量达到12家&以上——全区统筹·协调推进。",
      "",
      "序号\t任务",
      "1\t建设<智慧养老>平台",
      "第一行",
      "第二行",
      "第三行",
      "（二）基本原则",
    ]
    #expect(
      document.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == expected)
    #expect(document.text.hasSuffix("平台\n第一行\n第二行\n第三行\n（二）基本原则\n"))
    for dropped in ["不是正文", "nope", "注释", "首页", "请启用脚本", "隐藏", "版权所有", "font-size", "分享到"] {
      #expect(!document.text.contains(dropped), "\(dropped) should be dropped")
    }
  }

  @Test func bodyIsUsedWhenNoContentContainerStandsOut() {
    let html = """
      <html><head><title>通知</title></head><body>
      <div class="content-nav">导航</div>
      <div class="main"><p>一、总体要求</p><p>坚持以人民为中心的发展思想，推动养老服务高质量发展。</p></div>
      </body></html>
      """
    let text = HTMLTextExtractor().extract(html)
    #expect(text == "通知\n导航\n一、总体要求\n坚持以人民为中心的发展思想，推动养老服务高质量发展。\n")
  }

  @Test func innermostArticleContainerHoldingTheTextIsPreferred() {
    let html = """
      <html><body><div class="nav">首页</div><div class="content">
      <div class="breadcrumb">当前位置：政务公开</div>
      <div class="article"><p>一、总体要求</p><p>坚持以人民为中心的发展思想，推动养老服务高质量发展，满足老年人多层次需求。</p></div>
      </div><div class="footer">版权所有</div></body></html>
      """
    let text = HTMLTextExtractor().extract(html)
    #expect(text == "一、总体要求\n坚持以人民为中心的发展思想，推动养老服务高质量发展，满足老年人多层次需求。\n")
  }

  @Test func declaredCharsetIsFound() {
    let sniffer = HTMLCharsetSniffer()
    #expect(sniffer.declaredCharset(in: Array("<meta charset='GBK'>".utf8)) == "GB18030")
    #expect(
      sniffer.declaredCharset(
        in: Array("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=UTF-8\">".utf8))
        == "UTF-8")
    #expect(sniffer.declaredCharset(in: Array("<html><body>没有声明</body></html>".utf8)) == nil)
  }

  @Test func utf8PageMisdeclaredAsGB2312IsReadAsUTF8() throws {
    let html = "<html><head><meta charset=\"gb2312\"></head><body><p>一、总体要求</p></body></html>"
    let document = try DocumentReader().read(data: Data(html.utf8), path: "page.htm")
    #expect(document.info.encoding == "UTF-8")
    #expect(document.text == "一、总体要求\n")
  }

  @Test func gbPageWithoutDeclarationIsDetected() throws {
    let html = "<html><body><p>一、总体要求</p></body></html>"
    let bytes = try #require(html.data(using: TextBytesDecoder.foundationGB18030))
    let document = try DocumentReader().read(data: bytes, path: "page.html")
    #expect(document.info.encoding == "GB18030")
    #expect(document.text == "一、总体要求\n")
  }

  @Test func entitiesDecode() {
    #expect(HTMLEntityDecoder.decode("&lt;p&gt; &amp;amp; &quot;x&quot;") == "<p> &amp; \"x\"")
    #expect(HTMLEntityDecoder.decode("&#20013;&#x6587;&#X6587;") == "中文文")
    #expect(HTMLEntityDecoder.decode("a&nbsp;b&ensp;c&emsp;d") == "a\u{A0}b\u{2002}c\u{2003}d")
    #expect(HTMLEntityDecoder.decode("&ldquo;十四五&rdquo;&mdash;&hellip;&middot;") == "“十四五”—…·")
    #expect(HTMLEntityDecoder.decode("&nbsp&copy2021") == "\u{A0}©2021")
    #expect(HTMLEntityDecoder.decode("&unknown; & &#; R&D") == "&unknown; & &#; R&D")
    #expect(HTMLEntityDecoder.decode("&#150;&#0;") == "–\u{FFFD}")
  }

  @Test func tolerantTokenizerKeepsStrayMarkupAsText() {
    let html = "<P CLASS=x>a < b<br>c<unclosed attr=\"1\">d</p><SCRIPT>if (a<b) {}</SCRIPT>e"
    let tokens = HTMLTokenizer.tokens(of: html)
    #expect(tokens.contains(.text("a < b")))
    #expect(tokens.contains(.rawText("if (a<b) {}")))
    #expect(tokens.contains(.endTag("script")))
    let text = HTMLTextExtractor().extract(html)
    #expect(text == "a < b\ncd\ne\n")
  }

  @Test func whitespaceCollapsesAndPreKeepsIt() {
    let html = "<body><p>  一、\n   总体\t要求  </p><pre>第一行\n第二行  两个空格</pre></body>"
    #expect(HTMLTextExtractor().extract(html) == "一、 总体 要求\n第一行\n第二行  两个空格\n")
  }

  @Test func blankLinesCollapseToOne() {
    let html = "<body><p>甲</p><p>&nbsp;</p><p>&nbsp;</p><br><br><br><p>乙</p></body>"
    #expect(HTMLTextExtractor().extract(html) == "甲\n\n乙\n")
  }

  @Test func pageWithoutTextIsAnError() {
    let html = "<html><head><title></title><script>var a=1;</script></head><body> </body></html>"
    #expect(throws: IngestError.noText(path: "empty.html", format: "html")) {
      try DocumentReader().read(data: Data(html.utf8), path: "empty.html")
    }
  }
}
