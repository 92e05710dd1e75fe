import Foundation
import PlanLensModel
import PlanLensText
import Testing

@testable import PlanLensExtract

/// The typed levels and statuses write exactly the export's words (export-json.md).
@Suite("Administrative level and document status")
struct ModelEnumTests {
  @Test("the levels are the export's meta.level and department level words")
  func levels() {
    #expect(AdministrativeLevel.allCases.map(\.rawValue) == ["national", "province", "city", "county", "town"])
    #expect("\(AdministrativeLevel.city)" == "city")
  }

  @Test("the statuses are the export's meta.status words")
  func statuses() {
    #expect(DocumentStatus.allCases.map(\.rawValue) == ["draft", "final"])
    #expect("\(DocumentStatus.final)" == "final")
  }

  @Test("metadata and departments encode their level and status as the plain words")
  func encoding() throws {
    let meta = DocumentMeta(level: .county, status: .draft)
    let json = try #require(String(data: try JSONEncoder().encode(meta), encoding: .utf8))
    #expect(json.contains(#""level":"county""#))
    #expect(json.contains(#""status":"draft""#))
    let department = Department(name: "各街道镇", canonical: "乡镇人民政府", level: .town)
    let encoded = try #require(String(data: try JSONEncoder().encode(department), encoding: .utf8))
    #expect(encoded.contains(#""level":"town""#))
  }

  @Test("a department-levels.tsv row with an unknown level is refused with a badRow naming the row")
  func unknownDepartmentLevel() {
    let table = DataTable(name: "department-levels.tsv", text: "marker\t省\tprovince\nmarker\t村\tvillage\n")
    #expect(throws: DataTableError.self) { try DepartmentLevels(table: table) }
    do {
      _ = try DepartmentLevels(table: table)
    } catch let error as DataTableError {
      guard case .badRow(let name, let row, _) = error else {
        Issue.record("expected badRow, got \(error)")
        return
      }
      #expect(name == "department-levels.tsv" && row == 2)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
