import Foundation
import Testing

@testable import PlanLensExtract

@Suite struct AdministrativeDivisionsTests {
  let table: AdministrativeDivisions

  init() throws {
    table = try AdministrativeDivisions.standard()
  }

  private func only(_ name: String) throws -> AdministrativeDivision {
    let found = table.divisions(named: name)
    #expect(found.count == 1, "\(name): \(found.map(\.code))")
    return try #require(found.first)
  }

  private func text(_ source: String, _ range: Range<Int>) -> String {
    let scalars = Array(source.unicodeScalars)[range]
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  @Test func yanzhouChainsToJiningAndShandong() throws {
    let yanzhou = try only("兖州区")
    #expect(yanzhou.code == "370812000000")
    #expect(yanzhou.level == .county)
    let chain = table.chain(of: yanzhou)
    #expect(chain.county == yanzhou)
    #expect(chain.city?.name == "济宁市")
    #expect(chain.city?.code == "370800000000")
    #expect(chain.province?.name == "山东省")
    #expect(table.parent(of: yanzhou)?.name == "济宁市")
  }

  @Test func currentNamesResolveToTheirCities() throws {
    #expect(table.parent(of: try only("茌平区"))?.name == "聊城市")
    #expect(table.parent(of: try only("泰山区"))?.name == "泰安市")
    let qingdao = try only("青岛市")
    #expect(qingdao.level == .city)
    #expect(table.parent(of: qingdao)?.name == "山东省")
    #expect(table.chain(of: qingdao).county == nil)
    #expect(table.divisions(named: "茌平县").isEmpty)  // old name, now 茌平区
  }

  @Test func shandongHasAllSixteenCitiesWithCounties() throws {
    let shandong = try only("山东省")
    #expect(shandong.level == .province)
    #expect(shandong.parentCode == nil)
    let cities = table.children(of: shandong).filter { $0.level == .city }
    let expected: Set<String> = [
      "济南市", "青岛市", "淄博市", "枣庄市", "东营市", "烟台市", "潍坊市", "济宁市",
      "泰安市", "威海市", "日照市", "临沂市", "德州市", "聊城市", "滨州市", "菏泽市",
    ]
    #expect(Set(cities.map(\.name)) == expected)
    #expect(cities.count == 16, "Shandong has 16 prefecture-level cities")
    for city in cities {
      #expect(!table.children(of: city).isEmpty, "\(city.name) has no counties")
    }
    let counties = cities.flatMap { table.children(of: $0) }
    #expect(counties.allSatisfy { $0.level == .county })
    #expect(counties.count == 136, "Shandong has 136 county-level divisions in the table")
  }

  @Test func lookupByTwelveAndSixDigitCodes() throws {
    #expect(table.division(code: "370812000000")?.name == "兖州区")
    #expect(table.division(code: "370812")?.name == "兖州区")
    #expect(table.division(code: "999999") == nil)
    #expect(table.division(code: "") == nil)
  }

  @Test func municipalityDistrictDisambiguatesWithMunicipalityInContext() throws {
    let chaoyang = table.divisions(named: "朝阳区")
    #expect(chaoyang.count >= 2)
    #expect(table.disambiguate(chaoyang, context: []) == nil)
    let beijing = try only("北京市")
    #expect(beijing.level == .province)
    let picked = try #require(table.disambiguate(chaoyang, context: [beijing]))
    #expect(picked.code == "110105000000")
    let chain = table.chain(of: picked)
    #expect(chain.province == beijing)
    #expect(chain.city == beijing)
    #expect(chain.county == picked)

    let changchun = try only("长春市")
    #expect(table.disambiguate(chaoyang, context: [changchun])?.parentCode == changchun.code)
  }

  @Test func disambiguatePrefersTheNearestMentionedAncestor() throws {
    let shizhong = table.divisions(named: "市中区")
    #expect(shizhong.count == 4, "市中区 names a district in four cities of the table")
    let shandong = try only("山东省")
    #expect(table.disambiguate(shizhong, context: [shandong]) == nil)  // 济南 and 枣庄 tie
    let zaozhuang = try only("枣庄市")
    #expect(table.disambiguate(shizhong, context: [shandong, zaozhuang])?.parentCode == zaozhuang.code)
    let gulou = table.divisions(named: "鼓楼区")
    let nanjing = try only("南京市")
    #expect(table.disambiguate(gulou, context: [nanjing])?.code.hasPrefix("3201") == true)
    let tai = try only("泰山区")
    #expect(table.disambiguate([tai], context: []) == tai)
    #expect(table.disambiguate([], context: [nanjing]) == nil)
  }

  @Test func provinceAdministeredCountyHasNoCity() throws {
    let jiyuan = try only("济源市")
    #expect(jiyuan.level == .county)
    let chain = table.chain(of: jiyuan)
    #expect(chain.province?.name == "河南省")
    #expect(chain.city == nil)
    #expect(chain.county == jiyuan)
  }

  @Test func tableHasNoPlaceholdersAndEveryParentExists() throws {
    #expect(table.divisions(named: "市辖区").isEmpty)
    #expect(table.divisions(named: "省直辖县级行政区划").isEmpty)
    #expect(table.divisions(named: "北京市").count == 1)
    #expect(table.divisions(named: "重庆市").count == 1)
    let byLevel = Dictionary(grouping: table.all, by: \.level).mapValues(\.count)
    #expect(byLevel[.province] == 34)
    #expect((byLevel[.city] ?? 0) > 330)
    #expect((byLevel[.county] ?? 0) > 2800)
    for division in table.all {
      if division.level == .province {
        #expect(division.parentCode == nil)
      } else {
        let parent = try #require(table.parent(of: division), "\(division.name) lost its parent")
        #expect(division.level == .city ? parent.level == .province : parent.level != .county)
      }
    }
  }

  @Test func mentionsInAPlanTitle() throws {
    let title = "济宁市兖州区“十四五”养老服务发展规划"
    let found = table.mentions(in: title)
    #expect(found.map(\.name) == ["济宁市", "兖州区"])
    #expect(found.map(\.range) == [0..<3, 3..<6])
    #expect(found.last?.candidates.map(\.code) == ["370812000000"])
    for mention in found { #expect(text(title, mention.range) == mention.name) }
  }

  @Test func mentionsUseScalarOffsetsAndLongestNames() throws {
    let sentence = "📄 关于印发《西安市新城区、山东省泰安市泰山区和北京市朝阳区工作方案》的通知"
    let found = table.mentions(in: sentence)
    #expect(found.map(\.name) == ["西安市", "新城区", "山东省", "泰安市", "泰山区", "北京市", "朝阳区"])
    #expect(found.first?.range == 7..<10)  // the emoji is one scalar
    for mention in found { #expect(text(sentence, mention.range) == mention.name) }
    for (a, b) in zip(found, found.dropFirst()) { #expect(a.range.upperBound <= b.range.lowerBound) }
    #expect(!found.contains { $0.name == "城区" })
  }

  @Test func mentionsNeedFullNames() throws {
    #expect(table.mentions(in: "兖州、茌平、泰山、青岛的养老服务").isEmpty)
    #expect(table.mentions(in: "").isEmpty)
    #expect(table.mentions(in: "县").isEmpty)
  }

  @Test func shortNamesNeedABoundary() throws {
    let prose = "创建国家级示范县，提高县级统筹能力，推进中心城区更新，省、市和县三级联动"
    #expect(table.mentions(in: prose).isEmpty)
    #expect(
      Set(table.mentions(in: prose, guardShortNames: false).map(\.name)).isSuperset(of: ["范县", "高县", "城区", "和县"]))
    #expect(table.mentions(in: "河南省濮阳市范县人民政府").map(\.name) == ["河南省", "濮阳市", "范县"])
    #expect(table.mentions(in: "莘县“十四五”规划").map(\.name) == ["莘县"])
    #expect(table.mentions(in: "阳泉市城区、（城区）").map(\.name) == ["阳泉市", "城区", "城区"])
  }

  @Test func mentionsScanThirtyKilobytesQuickly() throws {
    let paragraph = "为贯彻落实山东省济宁市兖州区“十四五”养老服务发展规划，创建示范县，推进中心城区和茌平区、泰山区协同发展。"
    let document = String(repeating: paragraph, count: 30_000 / paragraph.utf8.count + 1)
    #expect(document.utf8.count >= 30_000)
    let clock = ContinuousClock()
    var found: [DivisionMention] = []
    let elapsed = clock.measure { found = table.mentions(in: document) }
    #expect(found.count == 5 * (30_000 / paragraph.utf8.count + 1))
    // Debug builds are ~10x slower than release; release stays well under 5 ms.
    #expect(elapsed < .milliseconds(250), "\(elapsed)")
  }

  @Test func standardIsCached() throws {
    let clock = ContinuousClock()
    let elapsed = try clock.measure { _ = try AdministrativeDivisions.standard() }
    #expect(elapsed < .milliseconds(5), "\(elapsed)")
    #expect(try AdministrativeDivisions.standard().all.count == table.all.count)
  }

  @Test func customTablePrefersLongestName() throws {
    let custom = AdministrativeDivisions(divisions: [
      AdministrativeDivision(code: "1", name: "甲省", level: .province, parentCode: nil),
      AdministrativeDivision(code: "2", name: "甲省乙市", level: .city, parentCode: "1"),
      AdministrativeDivision(code: "2", name: "duplicate code is ignored", level: .city, parentCode: "1"),
    ])
    #expect(custom.all.count == 2)
    #expect(custom.mentions(in: "在甲省乙市，甲省").map(\.name) == ["甲省乙市", "甲省"])
    #expect(custom.mentions(in: "在甲省乙市，甲省").map(\.range) == [1..<5, 6..<8])
  }
}
