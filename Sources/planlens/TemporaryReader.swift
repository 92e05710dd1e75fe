import Foundation
import PlanLensModel
// TEMPORARY until PlanLensIngest.DocumentReader lands.
struct DocumentReader {
  func read(path: String) throws -> SourceDocument {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return SourceDocument(info: SourceInfo(path: path, sha256: "", encoding: "UTF-8", format: "txt"), text: text)
  }
}
