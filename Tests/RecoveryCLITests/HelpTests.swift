import Foundation
import RecoveryModel
import RecoveryTestSupport
import Testing

/// Every command has help, and closed vocabularies list their choices in it.
struct HelpTests {
  static let commands: [([String], [String])] = [
    (
      ["treatment"],
      TreatmentKind.allCases.map(\.rawValue) + Side.allCases.map(\.rawValue)
        + ReleaseLevel.allCases.map(\.rawValue)
        + SurgicalApproach.allCases.map(\.rawValue) + InjectionTarget.allCases.map(\.rawValue)
        + ImageGuidance.allCases.map(\.rawValue) + [
          "--on", "--time", "--name", "--round", "--db", "--patient",
        ]
    ),
    (
      ["pain"],
      BodyLocation.allCases.map(\.rawValue) + Side.allCases.map(\.rawValue)
        + Activity.allCases.map(\.rawValue)
        + ["--on", "--time", "--note", "--db", "--patient"]
    ),
    (
      ["symptom"],
      SymptomKind.allCases.map(\.rawValue) + TriggerPoint.allCases.map(\.rawValue)
        + BodyLocation.allCases.map(\.rawValue) + Activity.allCases.map(\.rawValue)
        + ["--count", "--severity", "--point"]
    ),
    (
      ["aid"],
      WalkingAid.allCases.map(\.rawValue) + WeightBearing.allCases.map(\.rawValue)
        + Side.allCases.map(\.rawValue)
        + ["--from", "--to", "--stop", "--on"]
    ),
    (
      ["list"],
      EntryType.allCases.map(\.rawValue) + ["table", "json", "csv", "--since", "--until", "--type"]
    ),
    (["patients"], ["--db"]),
    ([], ["treatment", "pain", "symptom", "aid", "list", "patients"]),
  ]

  @Test(arguments: commands)
  func helpExitsCleanlyAndListsTheChoices(command: [String], words: [String]) throws {
    try RecoveryTool.with { tool in
      let run = try tool.run(command + ["--help"], database: false)
      #expect(run.status == 0)
      #expect(run.error.isEmpty)
      // Help wraps at word boundaries: compare whole words, whatever the line breaks.
      let tokens = Set(
        run.output.split(whereSeparator: { $0.isWhitespace || ",;.()|[]".contains($0) })
          .map(String.init))
      for word in words {
        #expect(tokens.contains(word), "\(command) --help should list \(word)")
      }
      #expect(!FileManager.default.fileExists(atPath: tool.database))
    }
  }
}
