import ArgumentParser
import PlanLensModel

/// The `planlens` command: reads Chinese local-government plans into structured data.
@main
struct PlanLensCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "planlens",
    abstract: "Read Chinese local-government plans into structured data, compare them, diff versions.",
    discussion: """
      Examples:
        planlens extract corpus/shandong-jining-elderly-care-action-plan-2024-2026.txt --format text
        planlens targets corpus/*.txt --format md
      """,
    version: "planlens 0.1.0 (JSON export schemaVersion \(ExtractedDocument.currentSchemaVersion))",
    subcommands: [
      ExtractCommand.self, TargetsCommand.self, DiffCommand.self, IngestCommand.self, SearchCommand.self,
      ListCommand.self, ShowCommand.self, DepartmentsCommand.self, VersionsCommand.self, ExportCommand.self,
      DatabaseCommand.self, GenerateCommand.self, ReportCommand.self, BenchCommand.self,
    ]
  )

  /// Sets the allocator up before any command runs, then runs the command line.
  static func main() {
    AllocatorSetting.apply()
    main(nil)
  }
}
