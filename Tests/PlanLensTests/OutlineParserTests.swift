import Testing

@testable import PlanLensStructure

@Suite("Outline: levels, glued headings, notices, attachments")
struct OutlineParserTests {
  @Test("levels come from the order styles appear in, not from a fixed table")
  func levelsFollowTheDocument() {
    let a = TestSupport.outline(
      """
      一、总体要求
      （一）指导思想
      1.坚持党的领导。加强党对养老服务工作的领导。
      二、主要任务
      """)
    #expect(TestSupport.tree(a) == ["1 一、总体要求", "2 （一）指导思想", "3 1.坚持党的领导", "1 二、主要任务"])
    // The same styles in another order give other levels.
    let b = TestSupport.outline(
      """
      （一）总体要求
      一、指导思想
      （二）主要任务
      """)
    #expect(TestSupport.tree(b) == ["1 （一）总体要求", "2 一、指导思想", "1 （二）主要任务"])
  }

  @Test("a heading glued to the previous paragraph is found when it continues its sequence")
  func gluedHeadings() {
    let outline = TestSupport.outline(
      """
      （五）健全老年人关爱服务体系
      1.保障老年人合法权益。重点做好特殊困难老年人群体的法律服务、法律援助和司法救助。(六)加强人才队伍建设
      1.强化专业人才培养。鼓励区域内职业院校设置养老服务相关专业。            2.强化在职人才培训。开展培训。
      """)
    #expect(
      TestSupport.tree(outline) == [
        "1 （五）健全老年人关爱服务体系", "2 1.保障老年人合法权益", "1 (六)加强人才队伍建设", "2 1.强化专业人才培养",
        "2 2.强化在职人才培训",
      ])
  }

  @Test("a glued number that continues nothing stays in its sentence")
  func gluedNonHeading() {
    let outline = TestSupport.outline(
      """
      一、主要任务
      1.建设养老设施。新建设施如下。3.其他设施按规定建设。
      """)
    #expect(TestSupport.tree(outline) == ["1 一、主要任务", "2 1.建设养老设施"])
  }

  @Test("二、 after an unnumbered first section is its sibling, glued or not")
  func unnumberedFirstSection() {
    let outline = TestSupport.outline(
      """
      总体要求

      指导思想。以习近平新时代中国特色社会主义思想为指导。

      发展目标。2025年年底前，养老服务体系更加完善。

      1、服务设施网络更加健全。城乡统筹协调发展取得明显成效。

      2.服务保障能力不断增强。社会力量参与明显增强。           二、主要任务

      (一)完善养老服务保障制度
      """)
    #expect(
      TestSupport.tree(outline) == [
        "1 总体要求", "2 指导思想", "2 发展目标", "3 1、服务设施网络更加健全", "3 2.服务保障能力不断增强", "1 二、主要任务",
        "2 (一)完善养老服务保障制度",
      ])
  }

  @Test("a list restyled mid-way (1、 2、 三、) keeps its level; skipped numbers are tolerated")
  func restyledAndSkipped() {
    let outline = TestSupport.outline(
      """
      1、 总体要求
      坚持以人民为中心。
      2、 基本原则
      （一）坚持党的领导、多元参与。把党的领导贯穿始终。
      三、创建示范内容
      （一）加强组织保障。成立领导小组。
      （三）创新服务制度。健全服务机制。
      """)
    #expect(
      TestSupport.tree(outline) == [
        "1 1、总体要求", "1 2、基本原则", "2 （一）坚持党的领导、多元参与", "1 三、创建示范内容", "2 （一）加强组织保障",
        "2 （三）创新服务制度",
      ])
  }

  @Test("numbering that runs on across sections nests under each section")
  func documentWideNumbering() {
    let outline = TestSupport.outline(
      """
      二、明确基本养老服务对象
      1.按照基本养老服务人人享有的原则，明确基本养老服务对象。
      三、建立基本养老服务分类保障制度
      2.制定落实基本养老服务清单。
      四、强化基本养老服务要素保障
      （一）加强基本养老服务设施建设
      3.落实养老服务设施专项规划。逐步提高人均用地。
      """)
    #expect(
      TestSupport.tree(outline) == [
        "1 二、明确基本养老服务对象", "2 1.按照基本养老服务人人享有的原则，明确基本养老服务对象", "1 三、建立基本养老服务分类保障制度",
        "2 2.制定落实基本养老服务清单", "1 四、强化基本养老服务要素保障", "2 （一）加强基本养老服务设施建设", "3 3.落实养老服务设施专项规划",
      ])
  }

  @Test("inline enumerations and dashes are not headings")
  func inlineEnumerations() {
    let outline = TestSupport.outline(
      """
      第一节  现实基础
      一是健全功能互补四级养老服务体系。分期分批建设48处。
      二是形成运作模式。
      ——形势依然严峻，老龄结构变化。
      """)
    #expect(TestSupport.tree(outline) == ["1 第一节现实基础"])
  }

  @Test("the cover notice is kept apart and attachments are top-level units")
  func noticeAndAttachments() throws {
    let text = """
      泰山政办发〔2021〕9号

      泰安市泰山区人民政府办公室
      关于印发《泰山区养老服务
      实施方案》的通知

      各街道办事处、镇人民政府，区政府有关部门：
      一、这一行在通知里，不是标题
      《泰山区养老服务实施方案》已经区政府同意，现印发给你们。

       泰安市泰山区人民政府办公室
                              2021年8月31日

      泰山区养老服务
      实  施  方  案

      为实施积极应对人口老龄化国家战略，制定本方案。
      一、总体要求
      坚持以人民为中心。
      二、保障措施
      （一）加强组织领导。成立领导小组。

      附件：泰山区养老服务工作领导小组人员名单

      附件

      泰山区养老服务工作领导小组人员名单

      组      长：张某某
      """
    let outline = TestSupport.outline(text)
    #expect(
      TestSupport.tree(outline) == [
        "1 一、总体要求", "1 二、保障措施", "2 （一）加强组织领导", "1 附件泰山区养老服务工作领导小组人员名单",
      ])
    let notice = try #require(outline.notice)
    #expect(TestSupport.slice(text, notice).contains("关于印发"))
    #expect(!TestSupport.slice(text, notice).contains("为实施"))
    // Provisions are the leaves: 一、 (no children), （一）, and the attachment.
    #expect(outline.provisions.map(\.label) == ["一、", "（一）", "附件"])
  }

  @Test("a short unnumbered line heading a numbered list is a heading")
  func shortLineHeading() {
    let outline = TestSupport.outline(
      """
      为推进养老服务发展，制定本方案。
      重点工作
      1.建设养老设施。按规划建设。
      2.培养人才队伍。加强培训。
      """)
    #expect(TestSupport.tree(outline) == ["1 重点工作", "2 1.建设养老设施", "2 2.培养人才队伍"])
  }

  @Test("heading spans slice the source to the label and title, bookmarks removed in between")
  func spansPointIntoTheSource() throws {
    let text = "规划\n\n[bookmark: _Toc16103][bookmark: _Toc30002]第一节  现实基础\n正文。\n"
    let outline = TestSupport.outline(text)
    let h = try #require(outline.headings.first)
    #expect(h.title == "现实基础")
    #expect(TestSupport.slice(text, h.span) == "第一节  现实基础")
    let p = try #require(outline.provisions.first)
    #expect(p.text == "第一节  现实基础\n正文。")
  }
}
