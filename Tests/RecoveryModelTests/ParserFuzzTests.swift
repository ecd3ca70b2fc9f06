import RecoveryDemo
import RecoveryModel
import RecoveryTestSupport
import Testing

/// The model's parsers and rules with many thousands of generated inputs, in process: whatever they
/// accept they give back exactly, whatever they refuse they refuse with the error that names it, and
/// nothing traps.
struct ParserFuzzTests {
  private static let rounds = 20_000

  @Test func calendarDaysParseOnlyRealDaysAndPrintThemBackExactly() {
    let seed = TestSeed.fixed(11)
    var input = FuzzInput(seed: seed)
    for _ in 0..<Self.rounds {
      let text = input.date()
      guard let day = CalendarDay(text) else { continue }
      #expect(day.description == text, "\(seed): \(text.debugDescription) read as \(day)")
      let parts = day.components
      #expect(CalendarDay(year: parts.year, month: parts.month, day: parts.day) == day, "\(seed)")
    }
    var random = SplitMix64(seed: seed.value)
    for _ in 0..<Self.rounds {
      let year = random.int(in: -10...10_010)
      let month = random.int(in: -1...14)
      let dayOfMonth = random.int(in: -1...33)
      guard let day = CalendarDay(year: year, month: month, day: dayOfMonth) else { continue }
      #expect(day.components == (year, month, dayOfMonth), "\(seed)")
      #expect(CalendarDay(day.description) == day, "\(seed): \(day)")
    }
    for extreme in [Int.min, Int.min + 1, -1, 0, Int.max] {
      #expect(CalendarDay(year: extreme, month: 1, day: 1) == nil || (1...9999).contains(extreme))
      #expect(CalendarDay(year: 2024, month: extreme, day: 1) == nil || (1...12).contains(extreme))
      #expect(CalendarDay(year: 2024, month: 1, day: extreme) == nil || (1...31).contains(extreme))
    }
  }

  @Test func timesParseOnlyRealTimesAndPrintThemBackExactly() {
    let seed = TestSeed.fixed(12)
    var input = FuzzInput(seed: seed)
    for _ in 0..<Self.rounds {
      let text = input.time()
      guard let time = TimeOfDay(text) else { continue }
      #expect(time.description == text, "\(seed): \(text.debugDescription) read as \(time)")
      #expect((0...23).contains(time.hour) && (0...59).contains(time.minute))
    }
    for hour in -1...25 {
      for minute in [-1, 0, 59, 60] {
        let time = TimeOfDay(hour: hour, minute: minute)
        #expect((time != nil) == ((0...23).contains(hour) && (0...59).contains(minute)))
      }
    }
  }

  private func checkVocabulary<V: Vocabulary>(_: V.Type, _ input: inout FuzzInput, seed: TestSeed) {
    let words = V.allCases.map(\.rawValue)
    for _ in 0..<(Self.rounds / 10) {
      let text = input.word(words)
      do {
        let value = try V.parse(text)
        #expect(value.rawValue == text.lowercased(), "\(seed): words are read in any case")
      } catch {
        #expect(!words.contains(text), "\(seed): \(text.debugDescription) refused")
        #expect(error == .unknownWord(kind: V.vocabularyName, value: text, choices: V.choices))
      }
    }
  }

  @Test func everyVocabularyTakesExactlyItsOwnWords() {
    let seed = TestSeed.fixed(13)
    var input = FuzzInput(seed: seed)
    checkVocabulary(BodyLocation.self, &input, seed: seed)
    checkVocabulary(Side.self, &input, seed: seed)
    checkVocabulary(Activity.self, &input, seed: seed)
    checkVocabulary(SymptomKind.self, &input, seed: seed)
    checkVocabulary(TreatmentKind.self, &input, seed: seed)
    checkVocabulary(TriggerPoint.self, &input, seed: seed)
    checkVocabulary(WalkingAid.self, &input, seed: seed)
    checkVocabulary(WeightBearing.self, &input, seed: seed)
    checkVocabulary(ReleaseLevel.self, &input, seed: seed)
    checkVocabulary(SurgicalApproach.self, &input, seed: seed)
    checkVocabulary(InjectionTarget.self, &input, seed: seed)
    checkVocabulary(ImageGuidance.self, &input, seed: seed)
    checkVocabulary(EntryType.self, &input, seed: seed)
  }

  @Test func numbersAreTakenInRangeAndRefusedOutsideItWithTheNumberNamed() {
    let seed = TestSeed.fixed(14)
    var random = SplitMix64(seed: seed.value)
    let today = TestCalendar.today
    let day = CalendarDay("2024-11-20")!
    let extremes = [Int.min, Int.min + 1, -11, -1, 0, 1, 10, 11, Int.max - 1, Int.max]
    let values = extremes + (0..<Self.rounds).map { _ in random.int(in: -20...30) }
    for value in values {
      let pain = refusal { () throws(EntryError) in
        try PainEntry(day: day, score: value).validate(today: today)
      }
      #expect(
        pain == ((0...10).contains(value) ? nil : .outOfRange(field: .score, value: value, range: 0...10)),
        "\(seed)")
      let severity = refusal { () throws(EntryError) in
        try SymptomEntry(day: day, kind: .stiffness, severity: value).validate(today: today)
      }
      #expect(
        severity
          == ((0...10).contains(value) ? nil : .outOfRange(field: .severity, value: value, range: 0...10)),
        "\(seed)")
      let count = refusal { () throws(EntryError) in
        try SymptomEntry(day: day, kind: .catching, count: value).validate(today: today)
      }
      let countRefusal: EntryError? =
        value < 0
        ? .outOfRange(field: .count, value: value, range: SymptomEntry.countRange)
        : value > SymptomEntry.countLimit
          ? .outOfRange(field: .count, value: value, range: 0...SymptomEntry.countLimit) : nil
      #expect(count == countRefusal, "\(seed)")
      let round = refusal { () throws(EntryError) in
        try Treatment(day: day, kind: .prolotherapy, round: value).validate(today: today)
      }
      #expect(
        round == ((1...100).contains(value) ? nil : .outOfRange(field: .round, value: value, range: 1...100)),
        "\(seed)")
    }
  }

  /// The error `body` throws, or nil when it succeeds.
  private func refusal(_ body: () throws(EntryError) -> Void) -> EntryError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }

  /// Code points of one, two and four UTF-8 bytes, and NUL.
  @Test(arguments: [0x78, 0xE9, 0x1F9B4, 0x0] as [UInt32])
  func textUpToTheLimitIsTakenAndOneByteMoreIsRefused(_ codePoint: UInt32) {
    let unit = String(Character(Unicode.Scalar(codePoint)!))
    let today = TestCalendar.today
    let limit = 1_048_576
    var text = String(repeating: unit, count: limit / unit.utf8.count)
    text += String(repeating: "x", count: limit - text.utf8.count)
    #expect(text.utf8.count == limit)
    let fits = PainEntry(day: today, score: 3, note: text)
    #expect(throws: Never.self) { try fits.validate(today: today) }
    let tooLong = PainEntry(day: today, score: 3, note: text + "x")
    #expect(throws: EntryError.textTooLong(field: .note, bytes: limit + 1, limit: limit)) {
      try tooLong.validate(today: today)
    }
  }
}
