import PlanLensText
import Testing

@testable import PlanLensExtract

/// Alias lookups of the department table, on a table written for the test.
@Suite("department table")
struct DepartmentTableTests {
  static let table: DepartmentTable = {
    let text = "民政局\t民政局\t民政\n财政局\t财政局\n人民银行\t人民银行\t银行\n"
    do { return try DepartmentTable(table: DataTable(name: "departments.tsv", text: text)) } catch {
      fatalError("test table: \(error)")
    }
  }()

  @Test("the longest alias ending a name wins, with what stands before it")
  func suffix() {
    let match = Self.table.suffixMatch("某县民政局")
    #expect(match?.canonical == "民政局" && match?.prefix == "某县")
    #expect(Self.table.suffixMatch("某县民政")?.prefix == "某县")
    #expect(Self.table.suffixMatch("中国人民银行")?.canonical == "人民银行")
    #expect(Self.table.suffixMatch("某县教育局") == nil)
    #expect(Self.table.suffixMatch("") == nil)
  }

  @Test("the longest alias anywhere in a name, and of equal lengths the one listed first")
  func contained() {
    #expect(Self.table.containedMatch("人民银行某市分行") == "人民银行")
    #expect(Self.table.containedMatch("某县财政局民政局办公室") == "民政局")
    #expect(Self.table.containedMatch("某县银行网点") == "人民银行")
    #expect(Self.table.containedMatch("某县教育局") == nil)
  }
}
