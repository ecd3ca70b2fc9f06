import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Free text comes back byte for byte: quotes, SQL, line breaks, emoji, and a lot of it.
struct FreeTextTests {
  static let texts: [(String, String)] = [
    ("quotes", #"He said "it's 'fine'" and left"#),
    ("SQL injection", "'; DROP TABLE pain; --"),
    ("SQL placeholders", "? ?1 :name @x $y %s"),
    ("line breaks", "line one\nline two\r\nline three\rend\n"),
    ("tabs and backslashes", "a\tb\\c\\\\d"),
    ("emoji", "🦵🏻 hurts 🔥🔥 — better after ice 🧊"),
    ("decomposed accent", "cafe\u{301} and café"),
    ("right-to-left", "ألم في الورك"),
    ("empty", ""),
    ("only spaces", "   "),
    ("100 KB", String(repeating: "groin pain after stairs, \"better\" with ice; 🧊\n", count: 2_000)),
  ]

  @Test(arguments: texts.map(\.0))
  func freeTextRoundTripsExactly(name: String) throws {
    let text = try #require(Self.texts.first { $0.0 == name }?.1)
    try TemporaryDirectory.with { directory in
      let inputs: [DiaryEntry] = [
        .pain(PainEntry(day: Sample.today, score: 4, note: text)),
        .symptom(SymptomEntry(day: Sample.today, kind: .stiffness, note: text)),
        .aid(AidPeriod(aid: .cane, from: Sample.today, note: text)),
        .treatment(
          Treatment(
            day: Sample.today, kind: .other, name: text.isEmpty ? "x" : text, agent: text, dose: text,
            provider: text, finding: text, note: text)),
      ]
      var numbers: [Int] = []
      do {
        let store = try Sample.store(in: directory)
        let patient = try store.defaultPatient()
        for input in inputs {
          numbers.append(try #require(try store.add(input, for: patient, today: Sample.today).id))
        }
      }
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      var fields: [String?] = []
      for number in numbers {
        switch try store.entry(id: number, for: patient) {
        case .pain(let pain): fields.append(pain.note)
        case .symptom(let symptom): fields.append(symptom.note)
        case .aid(let period): fields.append(period.note)
        case .score(let score): fields.append(score.note)
        case .milestone(let milestone): fields.append(milestone.note)
        case .target(let target): fields.append(target.note)
        case .medication(let medication): fields += [medication.name, medication.note]
        case .treatment(let treatment):
          fields += [treatment.agent, treatment.dose, treatment.provider, treatment.finding, treatment.note]
          if !text.isEmpty { fields.append(treatment.name) }
        }
      }
      #expect(fields.count == (text.isEmpty ? 8 : 9))
      for field in fields {
        let stored = try #require(field)
        // Bytes, not String equality, which would forgive a change of Unicode normalization.
        #expect(Array(stored.utf8) == Array(text.utf8))
      }
      #expect(
        try SQLiteShell.value(store.path, "SELECT count(*) FROM sqlite_schema WHERE name = 'pain'") == "1")
    }
  }
}
