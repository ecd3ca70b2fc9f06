import Foundation

/// The Python that runs the tests' independent references: `validate_bundle.py` (with the
/// `fhir.resources` and `fhirpathpy` packages) and `statsmodels_reference.py` (with `statsmodels`), and
/// the browser tests' `browser_flows.py` (with `selenium` and `axe-selenium-python`).
///
/// The Python is `$RECOVERY_TEST_PYTHON` (or the older `$RECOVERY_FHIR_PYTHON`), else
/// `.venv/bin/python` in the package folder, where `.ci/run` makes it. When that environment lacks a
/// package of ``requirements``, the first test that asks installs them with `python3` and pip, once
/// per test run; when that fails too (no `python3`, no network), the test fails, saying how to install
/// them: a missing reference must never pass.
package enum TestPython {
  /// The packages the references import, as pip takes them.
  package static let requirements = [
    "fhir.resources>=8,<9", "fhirpathpy", "statsmodels>=0.14", "numpy", "selenium>=4.10",
    "axe-selenium-python",
  ]

  /// The commands that install the references, run in the package folder.
  package static var installCommands: String {
    "python3 -m venv .venv && .venv/bin/pip install "
      + requirements.map { "'\($0)'" }.joined(separator: " ")
  }

  /// The Python to run a reference with.
  package static func path() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    for variable in ["RECOVERY_TEST_PYTHON", "RECOVERY_FHIR_PYTHON"] {
      guard let given = environment[variable], !given.isEmpty else { continue }
      guard FileManager.default.isExecutableFile(atPath: given) else {
        throw TestFailure(
          "\(variable) is \(given), which is not an executable; unset it or run"
            + " `\(installCommands)` in \(packageRoot).")
      }
      return given
    }
    if let problem = installation {
      throw TestFailure(
        "The tests' Python references are not installed, and installing them failed (\(problem)). In"
          + " \(packageRoot), run:\n  \(installCommands)\n(or set RECOVERY_TEST_PYTHON to a python that"
          + " has them).")
    }
    return local
  }

  /// Runs a script of this folder with the reference Python.
  package static func run(_ script: String, _ arguments: [String]) throws -> ProcessOutcome {
    try ChildProcess.run(try path(), [folder + "/" + script] + arguments)
  }

  /// `.venv/bin/python` in the package folder.
  private static var local: String { packageRoot + "/.venv/bin/python" }

  /// Makes `.venv` in the package folder and installs ``requirements`` into it, when it cannot import
  /// them yet; nil when that worked, else what went wrong. A static constant, so it runs once however
  /// many tests ask at the same time.
  private static let installation: String? = {
    let venv = packageRoot + "/.venv"
    let check = (
      local, ["-c", "import fhir.resources, fhirpathpy, statsmodels, numpy, selenium, axe_selenium_python"]
    )
    if FileManager.default.isExecutableFile(atPath: local),
      let outcome = try? ChildProcess.run(check.0, check.1), outcome.succeeded
    {
      return nil
    }
    var steps: [(String, [String])] = []
    if !FileManager.default.isExecutableFile(atPath: local) {
      steps.append(("/usr/bin/env", ["python3", "-m", "venv", venv]))
    }
    steps.append((venv + "/bin/pip", ["install", "--quiet"] + requirements))
    for (program, arguments) in steps {
      guard let outcome = try? ChildProcess.run(program, arguments), outcome.succeeded else {
        return "`\(([program] + arguments).joined(separator: " "))` did not succeed"
      }
    }
    return nil
  }()

  /// This file's folder.
  static var folder: String { (#filePath as NSString).deletingLastPathComponent }

  /// The folder holding `Package.swift`.
  package static var packageRoot: String {
    var folder = folder
    while folder != "/", !FileManager.default.fileExists(atPath: folder + "/Package.swift") {
      folder = (folder as NSString).deletingLastPathComponent
    }
    return folder
  }
}
