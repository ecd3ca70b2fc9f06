import RecoveryTestSupport
import Testing

/// The logging commands and `edit` declare each entry option once and share it: `edit --help` lists
/// every option once, with the help text the logging command shows for it.
struct SharedOptionTests {
  /// Each option of a help screen with its help text (continuation lines joined), in order.
  static func options(in help: String) -> [(name: String, text: String)] {
    var result: [(name: String, text: String)] = []
    for line in help.split(separator: "\n") {
      var words = line.split(separator: " ").map(String.init)
      guard let first = words.first else { continue }
      if first.hasPrefix("-"), line.hasPrefix("  "), !line.hasPrefix("      ") {
        words.removeFirst()
        if first == "-h,", words.first == "--help" { words.removeFirst() }
        if words.first?.hasPrefix("<") == true { words.removeFirst() }
        result.append((first == "-h," ? "-h" : first, words.joined(separator: " ")))
      } else if line.hasPrefix("      "), !result.isEmpty {
        let text = result[result.count - 1].text
        result[result.count - 1].text = ((text.isEmpty ? [] : [text]) + words).joined(separator: " ")
      }
    }
    return result
  }

  func help(_ tool: RecoveryTool, _ command: String) throws -> String {
    try tool.succeed([command, "--help"], database: false).output
  }

  @Test func editListsEveryOptionOnce() throws {
    try RecoveryTool.with { tool in
      let names = Self.options(in: try help(tool, "edit")).map(\.name)
      #expect(names.count == Set(names).count, "\(names)")
      let expected: Set = [
        "--db", "--patient", "--kind", "--score", "--aid", "--on", "--time", "--side", "--note", "--location",
        "--activity", "--count", "--severity", "--point", "--level", "--approach", "--target", "--guidance",
        "--agent", "--dose", "--round", "--provider", "--name", "--finding", "--from", "--to",
        "--weight-bearing", "--answers", "--total", "--days", "--after", "-h", "--new-patient", "--version",
        "--drug", "--times", "--prn",
      ]
      #expect(Set(names) == expected)
    }
  }

  @Test(arguments: ["treatment", "pain", "symptom", "aid", "score", "milestone", "target"])
  func editShowsTheLoggingCommandsHelpForEachOption(command: String) throws {
    try RecoveryTool.with { tool in
      let edit = Dictionary(Self.options(in: try help(tool, "edit")).map { ($0.name, $0.text) }) { $1 }
      let logging = Self.options(in: try help(tool, command))
      // `aid --on` is the day for --stop, not the day of an entry. `edit --on` and `--time` keep the
      // entry's day and time when left out, where a logging command takes today and no time.
      // `treatment --again` logs a second copy of a surgery, which an edit never makes.
      let ownHelp: Set = ["--on", "--time", "--stop", "--again"]
      let shared = logging.filter { !ownHelp.contains($0.name) }
      #expect(shared.count >= 4)
      for option in shared {
        #expect(edit[option.name] == option.text, "\(command) \(option.name)")
      }
      #expect(edit["--on"]?.hasSuffix("(default: the entry's day stays).") == true, "\(edit["--on"] ?? "")")
      #expect(
        edit["--time"]?.hasSuffix("(default: the entry's time stays).") == true, "\(edit["--time"] ?? "")")
    }
  }

  @Test func anEditOptionThatDoesNotFitNamesThoseThatDo() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["pain", "5", "--on", "2024-11-01"])
      let run = try tool.run(["edit", "1", "--count", "3"])
      #expect(run.status != 0)
      #expect(
        run.error
          == "recovery: --count does not apply to #1, a pain entry: use --score, --on, --time, --side, --note, --location, --activity.\n"
      )
      try tool.succeed(["aid", "cane", "--from", "2024-10-01"])
      let aid = try tool.run(["edit", "2", "--on", "2024-10-02"])
      #expect(
        aid.error
          == "recovery: --on does not apply to #2, an aid entry: use --aid, --side, --note, --from, --to, --weight-bearing.\n"
      )
    }
  }

  @Test func everyEntryTypeTakesItsOptions() throws {
    try RecoveryTool.with { tool in
      try tool.succeed(["treatment", "prolotherapy", "--on", "2024-01-01"])
      try tool.succeed(["symptom", "catching", "--on", "2024-01-01"])
      try tool.succeed(["aid", "cane", "--from", "2024-01-01"])
      try tool.succeed([
        "edit", "1", "--round", "2", "--agent", "dextrose 15%", "--side", "right", "--time", "09:00",
      ])
      try tool.succeed([
        "edit", "2", "--count", "3", "--location", "groin", "--activity", "car", "--note", "n",
      ])
      try tool.succeed(["edit", "3", "--to", "2024-01-10", "--weight-bearing", "pwb", "--side", "left"])
      let entries = try tool.listJSON()
      #expect(entries.count == 3)
      let byID = Dictionary(entries.map { ($0["id"] as? Int ?? 0, $0) }) { $1 }
      #expect(byID[1]?["round"] as? Int == 2)
      #expect(byID[1]?["agent"] as? String == "dextrose 15%")
      #expect(byID[1]?["time"] as? String == "09:00")
      #expect(byID[2]?["count"] as? Int == 3)
      #expect(byID[2]?["activity"] as? String == "car")
      #expect(byID[3]?["to"] as? String == "2024-01-10")
      #expect(byID[3]?["weightBearing"] as? String == "pwb")
      #expect(byID[3]?["side"] as? String == "left")
    }
  }
}
