import GRDB
import PlanLensExtract
import PlanLensModel

/// Writes a document's jurisdiction into the `jurisdictions` tree (province → city → county) and
/// reads it back as the ``PlanLensModel/Jurisdiction`` of the export.
///
/// With a code from the division table the whole chain of real divisions is recorded, each row
/// once by its 12-digit code; a jurisdiction known only by name gets code-less rows.
struct JurisdictionRecorder: Sendable {
  let divisions: AdministrativeDivisions

  /// The recorded place: the row of the most specific unit and the row standing for each level
  /// (a municipality such as 北京市 stands for both province and city).
  struct Recorded: Sendable {
    var id: Int64?
    var code: String?
    var idsByLevel: [AdministrativeLevel: Int64] = [:]
    var codesByLevel: [AdministrativeLevel: String] = [:]
  }

  /// Inserts the rows `jurisdiction` needs (existing rows are reused).
  func record(_ jurisdiction: Jurisdiction, in db: Database) throws -> Recorded {
    if let code = jurisdiction.code, let division = divisions.division(code: code) {
      var chain: [AdministrativeDivision] = []
      var current: AdministrativeDivision? = division
      while let node = current, chain.count < 4 {
        chain.insert(node, at: 0)
        current = divisions.parent(of: node)
      }
      var recorded = Recorded()
      var parent: Int64?
      for node in chain {
        let id = try row(code: node.code, name: node.name, level: node.level, parent: parent, in: db)
        recorded.idsByLevel[node.level] = id
        recorded.codesByLevel[node.level] = node.code
        parent = id
      }
      // A municipality's districts have the municipality as their city.
      if recorded.idsByLevel[.city] == nil, let province = chain.first, province.level == .province,
        province.name.hasSuffix("市"), division.level == .county
      {
        recorded.idsByLevel[.city] = recorded.idsByLevel[.province]
        recorded.codesByLevel[.city] = province.code
      }
      recorded.id = parent
      recorded.code = division.code
      return recorded
    }
    let levels: [(AdministrativeLevel, String?)] = [
      (.province, jurisdiction.province), (.city, jurisdiction.city), (.county, jurisdiction.county),
    ]
    let named = levels.compactMap { level, name in name.map { (level, $0) } }
    var recorded = Recorded()
    var parent: Int64?
    for (index, (level, name)) in named.enumerated() {
      let code = index == named.count - 1 ? jurisdiction.code : nil
      let id =
        if let code {
          try row(code: code, name: name, level: level, parent: parent, in: db)
        } else {
          try namedRow(name: name, level: level, parent: parent, in: db)
        }
      recorded.idsByLevel[level] = id
      if let code { recorded.codesByLevel[level] = code }
      parent = id
    }
    recorded.id = parent
    recorded.code = named.isEmpty ? nil : jurisdiction.code
    return recorded
  }

  private func row(
    code: String, name: String, level: AdministrativeLevel, parent: Int64?, in db: Database
  ) throws -> Int64 {
    try db.cachedStatement(
      sql: """
        INSERT INTO jurisdictions (code, name, level, parent_id) VALUES (?, ?, ?, ?)
        ON CONFLICT (code) DO NOTHING
        """
    ).execute(arguments: [code, name, level.rawValue, parent])
    guard
      let id = try Int64.fetchOne(
        db.cachedStatement(sql: "SELECT id FROM jurisdictions WHERE code = ?"), arguments: [code])
    else { throw DatabaseError(message: "jurisdiction \(code) was not stored") }
    return id
  }

  private func namedRow(name: String, level: AdministrativeLevel, parent: Int64?, in db: Database) throws -> Int64 {
    let existing = try Int64.fetchOne(
      db.cachedStatement(
        sql: """
          SELECT id FROM jurisdictions
          WHERE code IS NULL AND name = ? AND level = ? AND (parent_id = ? OR (parent_id IS NULL AND ? IS NULL))
          """),
      arguments: [name, level.rawValue, parent, parent])
    if let existing { return existing }
    try db.cachedStatement(sql: "INSERT INTO jurisdictions (code, name, level, parent_id) VALUES (NULL, ?, ?, ?)")
      .execute(arguments: [name, level.rawValue, parent])
    return db.lastInsertedRowID
  }

  /// The jurisdiction of the export, rebuilt from the row `id` and its ancestors.
  static func jurisdiction(id: Int64?, in db: Database) throws -> Jurisdiction {
    guard let id else { return Jurisdiction() }
    var result = Jurisdiction()
    var current: Int64? = id
    var first = true
    var countyParentIsProvince = false
    var steps = 0
    while let rowID = current, steps < 8 {
      steps += 1
      guard
        let row = try Row.fetchOne(
          db.cachedStatement(sql: "SELECT code, name, level, parent_id FROM jurisdictions WHERE id = ?"),
          arguments: [rowID])
      else { break }
      let level = AdministrativeLevel(rawValue: row["level"] as String)
      let name: String = row["name"]
      if first {
        result.code = row["code"]
        first = false
      }
      switch level {
      case .province?:
        result.province = name
        if countyParentIsProvince, result.city == nil, name.hasSuffix("市") { result.city = name }
      case .city?: result.city = name
      default: result.county = name
      }
      let parent: Int64? = row["parent_id"]
      if level == .county, let parent {
        let parentLevel = try String.fetchOne(
          db.cachedStatement(sql: "SELECT level FROM jurisdictions WHERE id = ?"), arguments: [parent])
        countyParentIsProvince = parentLevel.flatMap(AdministrativeLevel.init(rawValue:)) == .province
      }
      current = parent
    }
    return result
  }
}
