import Testing

@testable import PlanLensCompare

@Suite("ThemeCatalog: which field's table names a report's themes")
struct ThemeCatalogTests {
  let care = [
    ThemeCatalog.Theme(name: "助餐服务", keywords: ["助餐", "食堂"]),
    ThemeCatalog.Theme(name: "康复护理", keywords: ["康复", "护理"]),
    ThemeCatalog.Theme(name: "照护人才", keywords: ["护工"]),
  ]
  let industry = [
    ThemeCatalog.Theme(name: "人才引进", keywords: ["人才", "专家"]),
    ThemeCatalog.Theme(name: "算力网络", keywords: ["算力", "数据中心"]),
    ThemeCatalog.Theme(name: "工业软件", keywords: ["软件"]),
  ]

  @Test("a report of one field is named by its own table; another field's names stay out")
  func oneField() {
    let catalog = ThemeCatalog(tables: [industry, care]).fitted(to: ["助餐", "食堂", "康复", "护理", "护工", "人才"])
    #expect(catalog.name(for: "助餐") == "助餐服务")
    #expect(catalog.name(for: "人才") == nil, "the industry table knows one term of six")
  }

  @Test("a report over two fields is named by both tables, the better fitting first")
  func twoFields() {
    let catalog = ThemeCatalog(tables: [industry, care]).fitted(to: ["助餐", "康复", "护工", "人才", "算力"])
    #expect(catalog.tables.first == care)
    #expect(catalog.name(for: "算力") == "算力网络")
    #expect(catalog.name(for: "康复") == "康复护理")
  }

  @Test("terms no table knows leave no table")
  func noTable() {
    #expect(ThemeCatalog(tables: [industry, care]).fitted(to: ["某词"]).tables.isEmpty)
  }
}
