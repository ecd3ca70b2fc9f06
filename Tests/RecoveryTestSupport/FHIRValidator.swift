import Foundation

/// The independent validator: `validate_bundle.py` beside this file, run by ``TestPython`` (which has
/// the `fhir.resources` package).
package enum FHIRValidator {
  /// The commands that install the validator, run in the package folder.
  package static var installCommands: String { TestPython.installCommands }

  /// Validates the bundle files (or, given `["--ndjson", FOLDER]`, an NDJSON export); throws with the
  /// validator's report when any is invalid.
  package static func validate(_ paths: [String]) throws {
    let outcome = try run(paths)
    guard outcome.succeeded else {
      throw TestFailure("the FHIR validator refused a bundle:\n\(outcome.error)\(outcome.output)")
    }
  }

  /// Runs the validator on the bundle files (one process for all: loading the models takes seconds).
  ///
  /// - Returns: how it ended: status 0 when every bundle is valid, 1 when one is not, its problems on
  ///   standard error, one a line, each starting with the file's path.
  /// - Throws: ``TestFailure`` when the validator cannot run, saying how to install it.
  package static func run(_ paths: [String]) throws -> ProcessOutcome {
    let python = try pythonPath()
    let outcome = try ChildProcess.run(python, [script] + paths)
    if outcome.status == 2 || outcome.signaled {
      throw TestFailure(
        "The FHIR validator could not run with \(python) (\(outcome.error.trimmingCharacters(in: .whitespacesAndNewlines))); in \(packageRoot), run"
          + " `\(installCommands)`.")
    }
    return outcome
  }

  /// The Python to run the validator with.
  package static func pythonPath() throws -> String { try TestPython.path() }

  /// The validator script.
  package static var script: String { TestPython.folder + "/validate_bundle.py" }

  /// The folder holding `Package.swift`.
  package static var packageRoot: String { TestPython.packageRoot }
}
