import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Generated entries, good and bad, straight into the store: whatever it accepts reads back exactly,
/// byte for byte, in the entry and in its history; whatever it refuses it refuses with the model's own
/// error and leaves no trace. Text includes NUL, control characters and the replacement characters that
/// bytes which are not UTF-8 decode to.
///
/// Seeds are fixed (`RECOVERY_TEST_SEED` overrides them) and printed with every failure.
struct StoreFuzzTests {
  private let today = TestCalendar.today

  private static let pieces: [String] = [
    "a", " ", "\"", "'", "\\", ";", "'); DROP TABLE pain; --", "\n", "\r\n", "\t", "\u{0}", "a\u{0}b",
    "\u{1}",
    "\u{1b}[2J", "\u{7f}", "\u{2028}", "\u{feff}", "e\u{301}", "é", "🦴", "👩🏽‍⚕️", "\u{10FFFF}", "עברית",
    String(decoding: [0xFF, 0xFE], as: UTF8.self), String(decoding: [0x61, 0xC3], as: UTF8.self),
    String(decoding: [0xED, 0xA0, 0x80], as: UTF8.self), "{\"json\": [1, 2]}", "null",
  ]

  private func text(_ random: inout SplitMix64, maxBytes: Int = 300) -> String {
    // One text in twenty is long: a piece repeated up to 100 KB.
    if random.int(in: 0...19) == 0 {
      let piece = random.pick(Self.pieces)
      return String(repeating: piece, count: max(1, random.int(in: 1...100_000) / max(piece.utf8.count, 1)))
    }
    var text = ""
    for _ in 0..<random.int(in: 0...10) { text += random.pick(Self.pieces) }
    while text.utf8.count > maxBytes { text.removeLast() }
    return text
  }

  /// Whether an optional field is given: two times in three.
  private func given(_ random: inout SplitMix64) -> Bool {
    random.int(in: 0...2) != 0
  }

  private func word<V: Vocabulary>(_ random: inout SplitMix64, _: V.Type) -> V? {
    guard given(&random) else { return nil }
    let words = Array(V.allCases)
    return words[random.int(in: 0...(words.count - 1))]
  }

  private func note(_ random: inout SplitMix64, maxBytes: Int = 300) -> String? {
    given(&random) ? text(&random, maxBytes: maxBytes) : nil
  }

  private func number(_ random: inout SplitMix64, _ range: ClosedRange<Int>) -> Int? {
    given(&random) ? random.int(in: range) : nil
  }

  /// An entry of any type, sometimes breaking a rule.
  private func entry(_ random: inout SplitMix64) -> DiaryEntry {
    let day = CalendarDay("2024-01-01")!.adding(days: random.int(in: 0...380))
    let time = given(&random) ? TimeOfDay(hour: random.int(in: 0...23), minute: random.int(in: 0...59)) : nil
    switch random.int(in: 0...3) {
    case 0:
      let score = random.int(in: -2...12)
      let location = word(&random, BodyLocation.self)
      let side = word(&random, Side.self)
      let activity = word(&random, Activity.self)
      let note = note(&random)
      return .pain(
        PainEntry(
          day: day, time: time, score: score, location: location, side: side, activity: activity, note: note))
    case 1:
      let kind = word(&random, SymptomKind.self) ?? .catching
      let breaksPointRule = random.int(in: 0...3) == 0
      let point: TriggerPoint? = (kind == .triggerPoint) != breaksPointRule ? .lowerPsoas : nil
      let count = random.int(in: 0...9) == 0 ? Int.max : number(&random, -2...1_000)
      let severity = number(&random, -1...11)
      let location = word(&random, BodyLocation.self)
      let note = note(&random)
      return .symptom(
        SymptomEntry(
          day: day, time: time, kind: kind, count: count, severity: severity, point: point,
          location: location,
          note: note))
    case 2:
      let kind = word(&random, TreatmentKind.self) ?? .other
      let name = note(&random, maxBytes: 40)
      let side = word(&random, Side.self)
      let level: ReleaseLevel? = random.int(in: 0...5) == 0 ? .lesserTrochanter : nil
      let agent = note(&random)
      let dose = note(&random)
      let round = number(&random, -1...4)
      let provider = note(&random)
      let finding = note(&random)
      let note = note(&random)
      return .treatment(
        Treatment(
          day: day, time: time, kind: kind, name: name, side: side, level: level, agent: agent, dose: dose,
          round: round, provider: provider, finding: finding, note: note))
    default:
      let to = given(&random) ? day.adding(days: random.int(in: -3...30)) : nil
      let aid = word(&random, WalkingAid.self) ?? .cane
      let bearing = word(&random, WeightBearing.self)
      let note = note(&random)
      return .aid(AidPeriod(aid: aid, from: day, to: to, weightBearing: bearing, note: note))
    }
  }

  /// Every free-text field of an entry as bytes: `==` on strings would hide a change of normalization.
  private func texts(_ entry: DiaryEntry) -> [[UInt8]?] {
    let fields: [String?] =
      switch entry {
      case .pain(let p): [p.note]
      case .symptom(let s): [s.note]
      case .treatment(let t): [t.name, t.agent, t.dose, t.provider, t.finding, t.note]
      case .aid(let a): [a.note]
      case .score(let s): [s.note]
      case .milestone(let m): [m.note]
      case .target(let t): [t.note]
      case .medication(let m): [m.name, m.note]
      }
    return fields.map { $0.map { Array($0.utf8) } }
  }

  private func modelRefusal(_ entry: DiaryEntry) -> EntryError? {
    do {
      try entry.validate(today: today)
      return nil
    } catch {
      return error
    }
  }

  @Test func whateverTheStoreTakesReadsBackExactlyAndWhatItRefusesLeavesNoTrace() throws {
    let seed = TestSeed.fixed(21)
    var random = SplitMix64(seed: seed.value)
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    var storedCount = 0
    var adds = 0

    for round in 0..<400 {
      let useBatch = round % 10 == 9
      let entries = useBatch ? (0..<random.int(in: 1...12)).map { _ in entry(&random) } : [entry(&random)]
      let refusals = entries.compactMap(modelRefusal)
      var stored: [DiaryEntry] = []
      do {
        try store.add(contentsOf: entries, for: me, today: today) { stored.append($0) }
        #expect(refusals.isEmpty, "\(seed), round \(round): stored despite \(refusals)")
        storedCount += entries.count
        adds += 1
        for (given, saved) in zip(entries, stored) {
          let read = try store.entry(id: try #require(saved.id), for: me)
          #expect(read == saved, "\(seed), round \(round)")
          #expect(texts(read) == texts(given), "\(seed), round \(round): text changed on the way")
          #expect(read.uid == given.uid)
        }
      } catch let error as StoreError {
        guard case .invalidEntry(let entryError) = error else {
          Issue.record("\(seed), round \(round): unexpected \(error)")
          continue
        }
        if case .overlappingPeriod = entryError {
          #expect(entries.contains { $0.type == .aid }, "\(seed), round \(round)")
        } else {
          #expect(entryError == refusals.first, "\(seed), round \(round): \(entryError) vs \(refusals)")
        }
      }
      #expect(
        try store.entries(for: me, matching: EntryQuery(includeRemoved: true)).count == storedCount,
        "\(seed), round \(round): a refused write left entries behind")
    }
    #expect(try SQLiteShell.rowCount("change", in: fixture.database) == adds)
    #expect(try store.check() == [], "\(seed)")
  }

  @Test func everyVersionOfAnyTextIsKeptExactlyInTheHistory() throws {
    let seed = TestSeed.fixed(22)
    var random = SplitMix64(seed: seed.value)
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    let first = text(&random)
    let added = try store.add(Sample.pain(5, note: first), for: me, today: today)
    let id = try #require(added.id)
    var notes = [first]

    for _ in 0..<120 {
      var next = text(&random)
      if next == notes.last { next += "." }
      try store.edit(id: id, for: me, today: today) { edited in
        guard case .pain(var entry) = edited else { return }
        entry.note = next
        edited = .pain(entry)
      }
      notes.append(next)
    }
    let reason = text(&random)
    try store.remove(id: id, for: me, reason: reason)
    try store.undo(for: me)

    let history = try store.history(id: id, for: me)
    #expect(history.count == notes.count + 2)
    let versions = history.prefix(notes.count).map { change -> [UInt8]? in
      guard case .pain(let entry)? = change.entry else { return nil }
      return entry.note.map { Array($0.utf8) }
    }
    #expect(versions == notes.map { Array($0.utf8) }, "\(seed)")
    #expect(history[notes.count].reason.map { Array($0.utf8) } == Array(reason.utf8), "\(seed)")
    guard case .pain(let now) = try store.entry(id: id, for: me) else {
      Issue.record("entry #\(id) is not pain any more")
      return
    }
    #expect(now.note.map { Array($0.utf8) } == notes.last.map { Array($0.utf8) }, "\(seed)")
    for _ in notes.dropFirst() { try store.undo(for: me) }
    guard case .pain(let original) = try store.entry(id: id, for: me) else { return }
    #expect(original.note.map { Array($0.utf8) } == Array(first.utf8), "\(seed): undo did not restore")
  }
}
