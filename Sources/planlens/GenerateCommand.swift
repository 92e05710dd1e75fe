import ArgumentParser
import PlanLensGenerate

/// `planlens generate --count N --out DIR [--seed S] [--corpus DIR]`.
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write synthetic plans for scale tests by recombining corpus provisions.",
    discussion: """
      Each plan is placed in a county or city drawn from the division table, titled after a corpus plan with place and topic swapped, and made of sections of corpus provisions with the corpus places replaced and numbers (not years) scaled. One family in four comes as a draft and a final version. The same --seed writes the same files; plans are written one at a time.

      Examples:
        planlens generate --count 1000 --out /tmp/plans
        planlens generate --count 50 --out /tmp/plans --seed 7 --corpus corpus
      """
  )

  @Option(help: "How many plans to write.")
  var count: Int

  @Option(help: "Folder for plan-000001.txt … (created when missing).")
  var out: String

  @Option(help: "Seed of the random choices.")
  var seed: UInt64 = 1

  @Option(help: "Folder of .txt plans to recombine.")
  var corpus: String = "corpus"

  func validate() throws {
    if count < 0 { throw ValidationError("--count must be 0 or more") }
  }

  func run() throws {
    try StoreCommandFailure.reporting {
      let generator = try CorpusGenerator(corpus: corpus)
      let written = try generator.generate(count: count, seed: seed, into: out)
      StandardError.print("wrote \(written) plans to \(out)")
    }
  }
}
