import ArgumentParser
import PlanLensStore

/// `planlens departments [--canonical NAME] [--db FILE] [--format text|csv|json|md]`.
struct DepartmentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "departments",
    abstract: "List the departments that own tasks across stored plans, or the tasks of one.",
    discussion: """
      Without --canonical: one row per department (canonical name, level, jurisdiction) with the documents naming it, how often it leads or supports, and the names printed for it. With --canonical NAME: one row per task of that department, with document, heading, role and the responsibility as printed.

      Examples:
        planlens departments
        planlens departments --canonical 民政局
        planlens departments --canonical 卫生健康委员会 --format csv
      """
  )

  @Option(help: "Canonical department name, e.g. 民政局 or 卫生健康委员会.")
  var canonical: String?

  @OptionGroup var database: DatabaseOptions

  @Option(help: "Output format: text, csv, json or md.")
  var format: QueryFormat = .text

  func run() throws {
    let store = try database.openReadOnly()
    try StoreCommandFailure.reporting {
      StoreCommandFailure.print(
        try DepartmentQuery(canonical: canonical).table(in: store).render(as: format.outputFormat))
    }
  }
}
