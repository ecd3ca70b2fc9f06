import Foundation

/// The independent validator: `validate_bundle.py` beside this file, run by a Python that has the
/// `fhir.resources` package.
///
/// The Python is `$RECOVERY_FHIR_PYTHON`, else `.venv-fhir/bin/python` in the package folder (where
/// `.ci/run` makes it). When neither exists, the first validation makes that virtual environment with
/// `python3` and pip, once per test run; when that fails too (no `python3`, no network), the
/// validation fails, saying how to make it: a missing validator must never pass for a valid bundle.
package enum FHIRValidator {
  /// The commands that install the validator, run in the package folder.
  package static let installCommands =
    "python3 -m venv .venv-fhir && .venv-fhir/bin/pip install 'fhir.resources>=8,<9'"

  /// Validates the bundle files; throws with the validator's report when any is invalid.
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
  package static func pythonPath() throws -> String {
    if let given = ProcessInfo.processInfo.environment["RECOVERY_FHIR_PYTHON"], !given.isEmpty {
      guard FileManager.default.isExecutableFile(atPath: given) else {
        throw TestFailure(
          "RECOVERY_FHIR_PYTHON is \(given), which is not an executable; unset it or run"
            + " `\(installCommands)` in \(packageRoot).")
      }
      return given
    }
    let local = packageRoot + "/.venv-fhir/bin/python"
    if !FileManager.default.isExecutableFile(atPath: local), let problem = installation {
      throw TestFailure(
        "The FHIR validator is not installed, and installing it failed (\(problem)). In \(packageRoot), run:\n"
          + "  python3 -m venv .venv-fhir\n  .venv-fhir/bin/pip install 'fhir.resources>=8,<9'\n"
          + "(or set RECOVERY_FHIR_PYTHON to a python that has fhir.resources 8).")
    }
    return local
  }

  /// Makes `.venv-fhir` in the package folder with `fhir.resources`, the first time it is asked for;
  /// nil when that worked, else what went wrong. A static constant, so it runs once however many tests
  /// ask at the same time.
  private static let installation: String? = {
    let venv = packageRoot + "/.venv-fhir"
    let steps: [(String, [String])] = [
      ("/usr/bin/env", ["python3", "-m", "venv", venv]),
      (venv + "/bin/pip", ["install", "--quiet", "fhir.resources>=8,<9"]),
    ]
    for (program, arguments) in steps {
      guard let outcome = try? ChildProcess.run(program, arguments), outcome.succeeded else {
        try? FileManager.default.removeItem(atPath: venv)
        return "`\(([program] + arguments).joined(separator: " "))` did not succeed"
      }
    }
    return nil
  }()

  /// The validator script.
  package static var script: String { folder + "/validate_bundle.py" }

  /// This file's folder.
  private static var folder: String { (#filePath as NSString).deletingLastPathComponent }

  /// The folder holding `Package.swift`.
  package static var packageRoot: String {
    var folder = folder
    while folder != "/", !FileManager.default.fileExists(atPath: folder + "/Package.swift") {
      folder = (folder as NSString).deletingLastPathComponent
    }
    return folder
  }
}
