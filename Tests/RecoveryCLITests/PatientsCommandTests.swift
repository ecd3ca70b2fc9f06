import RecoveryTestSupport
import Testing

/// `recovery patients` prints one line per patient, whatever their names hold.
struct PatientsCommandTests {
  @Test func namesWithEscapesAndLineBreaksPrintAsOneSafeLineEach() throws {
    try RecoveryTool.with { tool in
      let names = ["ann\u{1B}[2J\u{1B}[31mred", "bob\nmallory", "carl\u{7}\tdoe"]
      for name in names {
        try tool.succeed(["pain", "5", "--on", "2024-11-01", "--patient", name])
      }
      let run = try tool.succeed(["patients"])
      #expect(!run.output.contains("\u{1B}"))
      #expect(!run.output.contains("\u{7}"))
      #expect(run.outputLines == ["ann?[2J?[31mred", "bob mallory", "carl? doe"])
      // The names are stored as typed: each still finds its diary.
      for name in names {
        #expect(try tool.listJSON(["--patient", name]).count == 1)
      }
    }
  }
}
