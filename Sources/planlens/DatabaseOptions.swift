import ArgumentParser
import PlanLensStore

/// The `--db FILE` option of the store commands.
struct DatabaseOptions: ParsableArguments {
  @Option(name: .long, help: "The PlanLens database (SQLite). Default: planlens.sqlite in the working directory.")
  var db: String = "planlens.sqlite"

  /// The store at `db`: created when `create`, else it must exist. Errors are printed as
  /// `error: …` and end the command with status 1.
  func open(create: Bool = false) throws -> PlanStore {
    do {
      return try PlanStore.open(path: db, create: create)
    } catch {
      StandardError.print("error: \(error.description)")
      throw ExitCode(1)
    }
  }

  /// The store at `db`, which must exist, opened read-only (for the commands that only query
  /// it, so a read-only share or another user's file can be read). Errors as for ``open(create:)``.
  func openReadOnly() throws -> PlanStore {
    do {
      return try PlanStore.openReadOnly(path: db)
    } catch {
      StandardError.print("error: \(error.description)")
      throw ExitCode(1)
    }
  }

  /// Opens the store read-only and prints what `render` makes of it; a failure is printed as one
  /// `error: …` line and ends the command with status 1.
  func print(_ render: (PlanStore) throws -> String) throws {
    let store = try openReadOnly()
    try StoreCommandFailure.reporting { StoreCommandFailure.print(try render(store)) }
  }
}
