import ArgumentParser
import Foundation
import PlanLensStore

/// Runs a store command's body, printing a failure as one `error: …` line and exiting with 1.
enum StoreCommandFailure {
  static func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as StoreError {
      StandardError.print("error: \(error.description)")
      throw ExitCode(1)
    } catch let error as ExitCode {
      throw error
    } catch {
      StandardError.print("error: \(error)")
      throw ExitCode(1)
    }
  }

  /// Prints `text` to standard output.
  static func print(_ text: String) {
    StandardOutput.write(Data(text.utf8))
  }
}
