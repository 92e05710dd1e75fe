import ArgumentParser

/// The `planlens` command: reads Chinese local-government plans into structured data.
@main
struct PlanLensCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "planlens",
    abstract: "Read Chinese local-government plans into structured data, compare them, diff versions.",
    discussion: """
      Examples:
        planlens extract corpus/jining-yanzhou-2021-plan.txt --format json
        planlens extract corpus/*.txt --format text
      """,
    subcommands: [ExtractCommand.self, TargetsCommand.self]
  )
}
