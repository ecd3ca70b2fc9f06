import Foundation
import RecoveryModel
import RecoveryTestSupport
import Testing

/// Property tests of every parser of user input, through the built tool: each input is either stored
/// exactly as given (read back with `list --format json`) or refused with one line on standard error,
/// without a crash and without writing anything.
///
/// Inputs come from ``FuzzInput`` with a fixed seed per test (`RECOVERY_TEST_SEED` overrides it);
/// the seed is in every failure message. Each test launches the tool a few dozen times.
struct InputFuzzTests {
  private typealias Tool = RecoveryTool

  /// One invocation and what it must do.
  private struct Attempt {
    let arguments: [String]
    /// true: must be stored; false: must be refused; nil: either.
    let mustStore: Bool?
    /// Whether the stored entry is what was given.
    let matches: (Tool.Entry) -> Bool
  }

  /// Runs the attempts in order against a fresh database and checks each outcome, then that exactly
  /// the accepted ones were stored, each as given.
  private func run(_ attempts: [Attempt], seed: TestSeed, patient: String? = nil) throws {
    let tool = try Tool()
    defer { tool.remove() }
    var stored: [Attempt] = []
    for attempt in attempts {
      let outcome = try tool.recovery(arguments: attempt.arguments + ["--db", tool.database])
      #expect(!outcome.signaled, "\(seed): crashed: \(outcome.summary)")
      if outcome.succeeded {
        #expect(attempt.mustStore != false, "\(seed): accepted what must be refused: \(outcome.summary)")
        stored.append(attempt)
      } else {
        #expect(outcome.failedWithOneLine, "\(seed): not a one-line refusal: \(outcome.summary)")
        #expect(attempt.mustStore != true, "\(seed): refused what must be stored: \(outcome.summary)")
      }
    }
    let entries = try tool.entries(patient: patient).sorted { $0.id < $1.id }
    #expect(entries.count == stored.count, "\(seed): \(entries.count) stored, \(stored.count) accepted")
    for (entry, attempt) in zip(entries, stored) {
      #expect(attempt.matches(entry), "\(seed): \(attempt.arguments) was stored as \(entry)")
    }
  }

  // MARK: - Oracles, written apart from the code under test

  private static let today = TestCalendar.clockToday()

  private static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The date `text` names, as the tool must store it, or nil when it must be refused.
  private static func expectedDate(_ text: String) -> String? {
    if text.allSatisfy(\.isASCII) {
      if text.lowercased() == "today" { return today.description }
      if text.lowercased() == "yesterday" { return today.adding(days: -1).description }
    }
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    let digits = [0, 1, 2, 3, 5, 6, 8, 9]
    guard digits.allSatisfy({ (48...57).contains(bytes[$0]) }) else { return nil }
    let number = { (range: [Int]) in range.reduce(0) { $0 * 10 + Int(bytes[$1] - 48) } }
    let year = number([0, 1, 2, 3])
    let month = number([5, 6])
    let day = number([8, 9])
    let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard year >= 1, (1...12).contains(month), (1...lengths[month - 1]).contains(day) else { return nil }
    return text <= today.description ? text : nil
  }

  /// Whether the tool must accept `text` as a time.
  private static func isTime(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 5, bytes[2] == UInt8(ascii: ":") else { return false }
    guard [0, 1, 3, 4].allSatisfy({ (48...57).contains(bytes[$0]) }) else { return false }
    return Int(bytes[0] - 48) * 10 + Int(bytes[1] - 48) <= 23
      && Int(bytes[3] - 48) * 10 + Int(bytes[4] - 48) <= 59
  }

  // MARK: - Dates, times, numbers

  @Test func datesAreStoredAsGivenOrRefused() throws {
    let seed = TestSeed.fixed(1)
    var input = FuzzInput(seed: seed)
    let fixed = [
      "today", "YESTERDAY", "2024-02-29", "2023-02-29", "0001-01-01", "0000-12-31", "9999-12-31", "",
    ]
    let texts = fixed + (0..<45).map { _ in input.date() }
    let attempts = texts.map { text in
      let expected = Self.expectedDate(text)
      return Attempt(arguments: ["pain", "5", "--on=\(text)"], mustStore: expected != nil) {
        $0.date == expected
      }
    }
    try run(attempts, seed: seed)
  }

  @Test func timesAreStoredAsGivenOrRefused() throws {
    let seed = TestSeed.fixed(2)
    var input = FuzzInput(seed: seed)
    let texts = ["00:00", "23:59", "24:00", "12:60"] + (0..<30).map { _ in input.time() }
    let attempts = texts.map { text in
      Attempt(arguments: ["pain", "5", "--on=2024-11-20", "--time=\(text)"], mustStore: Self.isTime(text)) {
        $0.time == text
      }
    }
    try run(attempts, seed: seed)
  }

  @Test func painScoresAreStoredAsGivenOrRefused() throws {
    let seed = TestSeed.fixed(3)
    var input = FuzzInput(seed: seed)
    let texts = ["0", "10", "11", "-1", "-0", "+5", "05"] + (0..<35).map { _ in input.integer() }
    let attempts = texts.map { text in
      let value = Int(text)
      return Attempt(
        // A leading minus reads as an option, so even "-0" is refused rather than stored as 0.
        arguments: ["pain", text, "--on=2024-11-20"],
        mustStore: !text.hasPrefix("-") && (value.map { (0...10).contains($0) } ?? false)
      ) {
        $0.score == value.map(Double.init)
      }
    }
    try run(attempts, seed: seed)
  }

  @Test func episodeCountsAndSeveritiesAreStoredAsGivenOrRefused() throws {
    let seed = TestSeed.fixed(4)
    var input = FuzzInput(seed: seed)
    let attempts = (0..<50).map { index in
      let text = input.integer()
      let value = Int(text)
      if index.isMultiple(of: 2) {
        return Attempt(
          arguments: ["symptom", "catching", "--on=2024-11-20", "--count=\(text)"],
          mustStore: value.map { (0...SymptomEntry.countLimit).contains($0) } ?? false
        ) { $0.count == value }
      }
      return Attempt(
        arguments: ["symptom", "stiffness", "--on=2024-11-20", "--severity=\(text)"],
        mustStore: value.map { (0...10).contains($0) } ?? false
      ) { $0.severity == value }
    }
    try run(attempts, seed: seed)
  }

  // MARK: - Vocabulary

  private static func words<V: Vocabulary>(_: V.Type) -> [String] {
    V.allCases.map(\.rawValue)
  }

  @Test func locationsSidesAndActivitiesAreStoredAsGivenOrRefused() throws {
    let seed = TestSeed.fixed(5)
    var input = FuzzInput(seed: seed)
    // Words are read in any case and stored in lowercase.
    let attempts = (0..<40).map { _ in
      let location = input.chance(80) ? input.word(Self.words(BodyLocation.self)) : nil
      let side = input.chance(80) ? input.word(Self.words(Side.self)) : nil
      let activity = input.chance(80) ? input.word(Self.words(Activity.self)) : nil
      var arguments = ["pain", "4", "--on=2024-11-20"]
      if let location { arguments.append("--location=\(location)") }
      if let side { arguments.append("--side=\(side)") }
      if let activity { arguments.append("--activity=\(activity)") }
      let valid =
        location.map { BodyLocation(rawValue: $0.lowercased()) != nil } ?? true
        && side.map { Side(rawValue: $0.lowercased()) != nil } ?? true
        && activity.map { Activity(rawValue: $0.lowercased()) != nil } ?? true
      return Attempt(arguments: arguments, mustStore: valid) {
        $0.location == location?.lowercased() && $0.side == side?.lowercased()
          && $0.activity == activity?.lowercased()
      }
    }
    try run(attempts, seed: seed)
  }

  @Test func symptomKindsAndTriggerPointsAreStoredAsGivenOrRefused() throws {
    let seed = TestSeed.fixed(6)
    var input = FuzzInput(seed: seed)
    let attempts = (0..<30).map { _ in
      let kind = input.word(Self.words(SymptomKind.self))
      let point = input.chance(40) ? input.word(Self.words(TriggerPoint.self)) : nil
      var arguments = ["symptom", kind, "--on=2024-11-20"]
      if let point { arguments.append("--point=\(point)") }
      let valid =
        SymptomKind(rawValue: kind.lowercased()) != nil
        && point.map { TriggerPoint(rawValue: $0.lowercased()) != nil } ?? true
        && (kind.lowercased() == "trigger-point") == (point != nil)
      return Attempt(arguments: arguments, mustStore: valid) {
        $0.kind == kind.lowercased() && $0.point == point?.lowercased()
      }
    }
    try run(attempts, seed: seed)
  }

  @Test func treatmentKindsAndWalkingAidsAreStoredAsGivenOrRefused() throws {
    let seed = TestSeed.fixed(7)
    var input = FuzzInput(seed: seed)
    var attempts = (0..<20).map { _ in
      let kind = input.word(Self.words(TreatmentKind.self))
      let name = input.chance(50) ? input.text(maxBytes: 30) : nil
      // The same surgery on the same day is refused unless --again; the fuzz logs many on one day.
      var arguments = ["treatment", kind, "--on=2024-11-20", "--again"]
      if let name { arguments.append("--name=\(name)") }
      let valid =
        TreatmentKind(rawValue: kind.lowercased()) != nil
        && (kind.lowercased() != "other" || !(name ?? "").isEmpty)
      return Attempt(arguments: arguments, mustStore: valid) {
        $0.kind == kind.lowercased() && $0.name == name
      }
    }
    // Each period on days of its own, so no two can overlap.
    let start = CalendarDay("2020-01-01")!
    attempts += (0..<20).map { index in
      let aid = input.word(Self.words(WalkingAid.self))
      let bearing = input.chance(60) ? input.word(Self.words(WeightBearing.self)) : nil
      let from = start.adding(days: 3 * index).description
      let to = start.adding(days: 3 * index + 2).description
      var arguments = ["aid", aid, "--from=\(from)", "--to=\(to)"]
      if let bearing { arguments.append("--weight-bearing=\(bearing)") }
      let valid =
        WalkingAid(rawValue: aid.lowercased()) != nil
        && bearing.map { WeightBearing(rawValue: $0.lowercased()) != nil } ?? true
      return Attempt(arguments: arguments, mustStore: valid) {
        $0.aid == aid.lowercased() && $0.weightBearing == bearing?.lowercased() && $0.from == from
          && $0.to == to
      }
    }
    try run(attempts, seed: seed)
  }

  // MARK: - Free text

  @Test(.tags(.slow), .skippedWhenAskedToSkipSlowTests)
  func freeTextIsStoredExactlyAsGiven() throws {
    let seed = TestSeed.fixed(8)
    var input = FuzzInput(seed: seed)
    let fixed = ["", " ", "-x", "--", "'); DROP TABLE pain; --", "a\u{1}b\u{1b}[31mc\r\nd", "e\u{301} é 🦴👩🏽‍⚕️"]
    let texts = fixed + (0..<50).map { index in input.text(maxBytes: index % 10 == 0 ? 100_000 : 200) }
    let attempts = texts.enumerated().map { index, text in
      // The argument parser may refuse (but must not mangle) `--note TEXT` when TEXT starts with a dash,
      // and `--note=TEXT` when TEXT is empty or starts with a mark that joins the "=" into one character.
      let joined = index.isMultiple(of: 3) == false
      let arguments = ["pain", "5", "--on=2024-11-20"] + (joined ? ["--note=\(text)"] : ["--note", text])
      let mayBeRefused = joined ? text.isEmpty || ("=" + text).first != "=" : text.hasPrefix("-")
      return Attempt(arguments: arguments, mustStore: mayBeRefused ? nil : true) {
        $0.note.map { Array($0.utf8) } == Array(text.utf8)
      }
    }
    try run(attempts, seed: seed)
  }

  @Test func everyTextFieldOfATreatmentIsStoredExactlyAsGiven() throws {
    let seed = TestSeed.fixed(9)
    var input = FuzzInput(seed: seed)
    let attempts = (0..<12).map { _ in
      let fields = (0..<6).map { _ in "x" + input.text(maxBytes: 3000) }
      let arguments = [
        "treatment", "other", "--on=2024-11-20", "--name=\(fields[0])", "--agent=\(fields[1])",
        "--dose=\(fields[2])", "--provider=\(fields[3])", "--finding=\(fields[4])", "--note=\(fields[5])",
      ]
      return Attempt(arguments: arguments, mustStore: true) { entry in
        [entry.name, entry.agent, entry.dose?.text, entry.provider, entry.finding, entry.note].map {
          $0.map { Array($0.utf8) } ?? []
        } == fields.map { Array($0.utf8) }
      }
    }
    try run(attempts, seed: seed)
  }

  @Test func patientNamesAreKeptExactlyOrRefused() throws {
    let seed = TestSeed.fixed(10)
    var input = FuzzInput(seed: seed)
    // Grapheme clusters of several code points: 150 characters to Swift, 300 or more to SQLite.
    let fixed = [
      String(repeating: "e\u{301}", count: 150), String(repeating: "👩🏽‍⚕️", count: 60),
      String(repeating: "p", count: 200),
      String(repeating: "p", count: 201), "Ana María", "'; DROP TABLE patient; --",
    ]
    let names = fixed + (0..<10).map { _ in "n" + input.text(maxBytes: 300) }
    for name in names {
      let tool = try Tool()
      defer { tool.remove() }
      let outcome = try tool.recovery(arguments: [
        "pain", "5", "--on=2024-11-20", "--patient=\(name)", "--db", tool.database,
      ])
      #expect(!outcome.signaled, "\(seed): \(outcome.summary)")
      if outcome.succeeded {
        let entries = try tool.entries(patient: name)
        #expect(entries.count == 1, "\(seed): \(outcome.summary)")
        #expect(entries.first.map { Array($0.patient.utf8) } == Array(name.utf8), "\(seed)")
      } else {
        #expect(outcome.failedWithOneLine, "\(seed): \(outcome.summary)")
        #expect(
          !outcome.error.contains("SQLite error"), "\(seed): not a clear message: \(outcome.summary)")
        // SQLite's length() counts code points, and so does the limit.
        #expect(
          name.unicodeScalars.count > 200,
          "\(seed): refused a name of \(name.unicodeScalars.count) code points: \(outcome.summary)")
      }
    }
  }

  /// Diaries made only of values the tool accepts, at the edges of what it accepts.
  enum ExtremeDiary: String, CaseIterable, Sendable {
    case largestEpisodeCount, twoLargestEpisodeCountsOnOneDay, firstDayOfTheCalendar

    var commands: [[String]] {
      switch self {
      case .largestEpisodeCount:
        [
          ["pain", "5", "--on", "2024-11-20"],
          ["symptom", "catching", "--count", "\(Int.max)", "--on", "2024-11-20"],
        ]
      case .twoLargestEpisodeCountsOnOneDay:
        [
          ["pain", "5", "--on", "2024-11-20"],
          ["symptom", "catching", "--count", "\(Int.max)", "--on", "2024-11-20"],
          ["symptom", "catching", "--count", "\(Int.max)", "--on", "2024-11-20"],
        ]
      case .firstDayOfTheCalendar:
        [
          ["pain", "5", "--on", "0001-01-01"], ["treatment", "cortisone", "--on", "0001-01-02"],
          ["aid", "cane", "--from", "0001-01-01"], ["pain", "3", "--on", "2024-11-20"],
        ]
      }
    }
  }

  @Test(.tags(.slow), .skippedWhenAskedToSkipSlowTests, arguments: ExtremeDiary.allCases)
  func whateverWasAcceptedNeverCrashesTheCommandsThatReadIt(_ diary: ExtremeDiary) throws {
    let tool = try Tool()
    defer { tool.remove() }
    for command in diary.commands {
      let outcome = try tool.recovery(arguments: command + ["--db", tool.database])
      #expect(outcome.succeeded || outcome.failedWithOneLine, "\(diary): \(outcome.summary)")
    }

    for command in [
      ["report"], ["report", "--format", "json"], ["report", "--format", "markdown"],
      ["report", "--format", "html", "--output", tool.path("report.html")], ["list"],
      ["list", "--format", "csv"],
      ["check"],
    ] {
      let outcome = try tool.recovery(arguments: command + ["--db", tool.database])
      #expect(!outcome.signaled, "\(diary): crashed: \(outcome.summary.prefix(600))")
      #expect(outcome.succeeded || outcome.failedWithOneLine, "\(diary): \(outcome.summary.prefix(600))")
    }
  }

  /// Bytes that are not UTF-8, which a shell passes on as they are.
  static let invalidUTF8: [[UInt8]] = [
    [0xFF], [0x61, 0xC3], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    [0x6F, 0x6B, 0xFE, 0xFF, 0x20, 0x6F, 0x6B],
  ]

  @Test(arguments: invalidUTF8)
  func textThatIsNotUTF8IsStoredByteForByteOrRefused(_ bytes: [UInt8]) throws {
    let tool = try Tool()
    defer { tool.remove() }
    let file = tool.path("note.bin")
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let script = #""$0" pain 5 --on 2024-11-20 --db "$1" --note "$(cat "$2")""#

    let outcome = try tool.run(
      program: "/bin/bash", ["-c", script, try Tool.executable(), tool.database, file])

    #expect(!outcome.signaled, "\(outcome.summary)")
    if outcome.succeeded {
      let stored = try SQLiteShell.output(tool.database, "SELECT hex(note) FROM pain")
      let given = bytes.map { String(format: "%02X", $0) }.joined()
      #expect(stored == given, "the note \(given) was stored as \(stored), neither as given nor refused")
    } else {
      #expect(outcome.failedWithOneLine, "\(outcome.summary)")
      #expect(try tool.entries().isEmpty)
    }
  }

  @Test func aDatabasePathThatIsNotUTF8IsUsedAsGivenOrRefused() throws {
    let tool = try Tool()
    defer { tool.remove() }
    // The shell builds the path from raw bytes; afterwards it says whether that very file exists.
    let script =
      #""$0" pain 5 --on 2024-11-20 --db "$1/diary"$'\xff'".sqlite"; echo "exit $?"; "#
      + #"[ -e "$1/diary"$'\xff'".sqlite" ] && echo "exists""#

    let outcome = try tool.run(program: "/bin/bash", ["-c", script, try Tool.executable(), tool.folder])

    let lines = outcome.output.split(separator: "\n").map(String.init)
    #expect(lines.contains("exit 0") == lines.contains("exists"), "\(outcome.summary)")
  }
}
