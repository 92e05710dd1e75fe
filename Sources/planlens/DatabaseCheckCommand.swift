import ArgumentParser
import PlanLensStore

/// `planlens db check [--db FILE]`.
struct DatabaseCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Run SQLite's integrity and foreign-key checks and FTS5's index check.",
    discussion: """
      Prints each check with its result, the schema migrations applied and the rows per table; exits with 1 when a check fails.

      Example:
        planlens db check --db planlens.sqlite
      """
  )

  @OptionGroup var database: DatabaseOptions

  func run() throws {
    let store = try database.openReadOnly()
    let report = try StoreCommandFailure.reporting { try IntegrityReport.check(store) }
    StoreCommandFailure.print(report.lines.joined(separator: "\n") + "\n")
    if !report.isSound { throw ExitCode(1) }
  }
}
