import ArgumentParser

/// `planlens db …`: maintenance of the database file.
struct DatabaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "db",
    abstract: "Check the PlanLens database.",
    subcommands: [DatabaseCheckCommand.self]
  )
}
