import Foundation
import RecoveryTestSupport
import Testing

/// Free text given on the command line is stored and shown exactly: checked through JSON.
struct FreeTextTests {
  static let texts: [(String, String)] = [
    ("quotes", #"He said "it's 'fine'" and left"#),
    ("SQL", "'; DROP TABLE pain; --"),
    ("line breaks", "line one\nline two\r\nline three"),
    ("emoji", "🦵🏻 hurts 🔥 — better after ice 🧊"),
    ("decomposed accent", "cafe\u{301} and café"),
    ("leading dash", "-5 after stairs"),
    ("shell characters", "$HOME `ls` $(whoami) * ? | & ;"),
    ("backslashes and tabs", "a\\b\tc\\\\"),
    ("100 KB", String(repeating: "groin pain after stairs, \"better\" with ice 🧊; ", count: 2_200)),
  ]

  @Test(arguments: texts.map(\.0))
  func noteIsStoredAndShownExactly(name: String) throws {
    let text = try #require(Self.texts.first { $0.0 == name }?.1)
    try RecoveryTool.with { tool in
      // `--note=TEXT` keeps a note that starts with a dash from being read as an option.
      let confirmations = try [
        ["pain", "4", "--on", "2024-11-20", "--note=\(text)"],
        ["symptom", "stiffness", "--on", "2024-11-20", "--note=\(text)"],
        ["aid", "cane", "--from", "2024-11-20", "--note=\(text)"],
        [
          "treatment", "other", "--on", "2024-11-20", "--name=\(text)", "--agent=\(text)", "--dose=\(text)",
          "--provider=\(text)", "--finding=\(text)", "--note=\(text)",
        ],
      ].map { try tool.succeed($0) }
      for run in confirmations {
        #expect(run.outputLines.count == 1, "confirmation of \(run.arguments.first ?? "")")
      }
      let entries = try tool.listJSON()
      #expect(entries.count == 4)
      var fields = 0
      for entry in entries {
        for key in ["name", "agent", "dose", "provider", "finding", "note"] {
          guard let value = entry[key] else { continue }
          let stored = try #require(value as? String)
          #expect(Array(stored.utf8) == Array(text.utf8), "\(key) of \(entry["type"] ?? "?")")
          fields += 1
        }
      }
      #expect(fields == 9)
      // The table stays one line per entry whatever the note holds.
      #expect(try tool.succeed(["list"]).outputLines.count == 5)
    }
  }

  @Test func patientNameIsKeptExactly() throws {
    try RecoveryTool.with { tool in
      let name = "Zoë O'Brien \"ZB\" 🦵"
      try tool.succeed(["pain", "4", "--on", "2024-11-20", "--patient", name])
      #expect(try tool.succeed(["patients"]).output == name + "\n")
      let entry = try #require(try tool.listJSON(["--patient", name]).first)
      #expect(entry["patient"] as? String == name)
    }
  }
}
