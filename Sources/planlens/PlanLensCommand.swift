import ArgumentParser

@main
struct PlanLensCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "planlens")
}
