import RecoveryModel
import RecoveryTestSupport
import Testing

/// `validate(today:)` of every record type, as tables of entries and the error each should raise (nil
/// for a valid entry).
struct ValidationTests {
  /// One entry and what validating it should give.
  struct Case: Sendable, CustomTestStringConvertible {
    let name: String
    let record: DiaryEntry
    let expected: EntryError?

    init(_ name: String, _ record: DiaryEntry, _ expected: EntryError? = nil) {
      self.name = name
      self.record = record
      self.expected = expected
    }

    var testDescription: String { name }
  }

  static let today = TestCalendar.today
  static let tomorrow = CalendarDay("2024-11-21")!
  static let past = CalendarDay("2024-10-28")!
  static let limit = 1_048_576
  static let surgeries: [TreatmentKind] = [
    .hipResurfacing, .psoasRelease, .totalHipReplacement, .hipArthroscopy, .revision,
  ]
  static let injections: [TreatmentKind] = [.cortisone, .prp, .prolotherapy]

  static func treatment(
    _ kind: TreatmentKind, day: CalendarDay = past, name: String? = nil, level: ReleaseLevel? = nil,
    approach: SurgicalApproach? = nil, target: InjectionTarget? = nil, guidance: ImageGuidance? = nil,
    round: Int? = nil, agent: String? = nil, note: String? = nil
  ) -> DiaryEntry {
    .treatment(
      Treatment(
        day: day, kind: kind, name: name ?? (kind == .other ? "acupuncture" : nil), level: level,
        approach: approach, target: target, guidance: guidance, agent: agent, round: round, note: note))
  }

  static func pain(_ score: Int, day: CalendarDay = past, note: String? = nil) -> DiaryEntry {
    .pain(PainEntry(day: day, score: score, location: .groin, side: .right, note: note))
  }

  static func symptom(
    _ kind: SymptomKind, day: CalendarDay = past, count: Int? = nil, severity: Int? = nil,
    point: TriggerPoint? = nil, note: String? = nil
  ) -> DiaryEntry {
    .symptom(SymptomEntry(day: day, kind: kind, count: count, severity: severity, point: point, note: note))
  }

  static func aid(_ from: CalendarDay, _ to: CalendarDay?, note: String? = nil) -> DiaryEntry {
    .aid(AidPeriod(aid: .twoCrutches, from: from, to: to, weightBearing: .pwb, note: note))
  }

  static let nonSurgeries = TreatmentKind.allCases.filter { $0.category != .surgery }
  static let nonInjections = TreatmentKind.allCases.filter { $0.category != .injection }

  static let treatmentCases: [Case] =
    [
      Case(
        "psoas release with level and approach",
        treatment(.psoasRelease, level: .centralCompartment, approach: .arthroscopic)),
      Case("dated today", treatment(.physiotherapy, day: today)),
      Case("dated tomorrow", treatment(.physiotherapy, day: tomorrow), .futureDate(tomorrow, today: today)),
      Case("other with a name", treatment(.other, name: "acupuncture")),
      Case("other without a name", .treatment(Treatment(day: past, kind: .other)), .nameRequired),
      Case("other with an empty name", treatment(.other, name: ""), .nameRequired),
      Case("a name on a non-other kind", treatment(.cortisone, name: "Kenalog")),
      Case(
        "cortisone with target and guidance",
        treatment(.cortisone, target: .iliopsoasBursa, guidance: .ultrasound)),
      Case("guidance none", treatment(.prp, target: .hipJoint, guidance: ImageGuidance.none)),
      Case("prolotherapy round 1", treatment(.prolotherapy, round: 1)),
      Case("prolotherapy round 3", treatment(.prolotherapy, round: 3)),
      Case(
        "round 0", treatment(.prolotherapy, round: 0), .outOfRange(field: .round, value: 0, range: 1...100)),
      Case(
        "round -1", treatment(.prolotherapy, round: -1), .outOfRange(field: .round, value: -1, range: 1...100)
      ),
      Case("note at the limit", treatment(.physiotherapy, note: String(repeating: "a", count: limit))),
      Case(
        "note over the limit", treatment(.physiotherapy, note: String(repeating: "a", count: limit + 1)),
        .textTooLong(field: .note, bytes: limit + 1, limit: limit)),
      Case(
        "agent over the limit (bytes, not characters)",
        treatment(.cortisone, agent: String(repeating: "é", count: limit / 2 + 1)),
        .textTooLong(field: .agent, bytes: limit + 2, limit: limit)),
    ]
    + TreatmentKind.allCases.filter { $0 != .psoasRelease }.map { kind in
      Case(
        "release level on \(kind.rawValue)", treatment(kind, level: .lesserTrochanter),
        .detailNotApplicable(field: .level, kind: kind, appliesTo: [.psoasRelease]))
    }
    + TreatmentKind.allCases.filter { $0.category == .surgery }.map { kind in
      Case("approach on \(kind.rawValue)", treatment(kind, approach: .open))
    }
    + nonSurgeries.map { kind in
      Case(
        "approach on \(kind.rawValue)", treatment(kind, approach: .arthroscopic),
        .detailNotApplicable(field: .approach, kind: kind, appliesTo: surgeries))
    }
    + nonInjections.map { kind in
      Case(
        "target on \(kind.rawValue)", treatment(kind, target: .iliopsoasTendon),
        .detailNotApplicable(field: .target, kind: kind, appliesTo: injections))
    }
    + nonInjections.map { kind in
      Case(
        "guidance on \(kind.rawValue)", treatment(kind, guidance: .fluoroscopy),
        .detailNotApplicable(field: .guidance, kind: kind, appliesTo: injections))
    }
    + TreatmentKind.allCases.filter { $0.category == .injection }.map { kind in
      Case(
        "target and guidance on \(kind.rawValue)", treatment(kind, target: .trochantericBursa, guidance: .ct))
    }

  static let painCases: [Case] =
    (0...10).map { Case("score \($0)", pain($0)) }
    + [-1, 11, 100, -100, Int.max, Int.min].map {
      Case("score \($0)", pain($0), .outOfRange(field: .score, value: $0, range: 0...10))
    }
    + [
      Case("dated today", pain(5, day: today)),
      Case("dated tomorrow", pain(5, day: tomorrow), .futureDate(tomorrow, today: today)),
      Case(
        "dated next year", pain(5, day: CalendarDay("2025-01-01")!),
        .futureDate(CalendarDay("2025-01-01")!, today: today)),
      Case(
        "note over the limit", pain(5, note: String(repeating: "x", count: limit + 1)),
        .textTooLong(field: .note, bytes: limit + 1, limit: limit)),
    ]

  static let symptomCases: [Case] =
    [
      Case("count 0", symptom(.catching, count: 0)),
      Case("count 1", symptom(.catching, count: 1)),
      Case("count 40", symptom(.clicking, count: 40)),
      Case(
        "count -1", symptom(.catching, count: -1),
        .outOfRange(field: .count, value: -1, range: SymptomEntry.countRange)),
      Case(
        "count -7", symptom(.locking, count: -7),
        .outOfRange(field: .count, value: -7, range: SymptomEntry.countRange)),
      Case("severity 0", symptom(.stiffness, severity: 0)),
      Case("severity 10", symptom(.stiffness, severity: 10)),
      Case(
        "severity -1", symptom(.stiffness, severity: -1),
        .outOfRange(field: .severity, value: -1, range: 0...10)),
      Case(
        "severity 11", symptom(.swelling, severity: 11),
        .outOfRange(field: .severity, value: 11, range: 0...10)),
      Case("no count and no severity", symptom(.numbness)),
      Case("trigger point without the point", symptom(.triggerPoint), .triggerPointRequired),
      Case("dated today", symptom(.snapping, day: today)),
      Case("dated tomorrow", symptom(.snapping, day: tomorrow), .futureDate(tomorrow, today: today)),
      Case(
        "note over the limit", symptom(.snapping, note: String(repeating: "x", count: limit + 1)),
        .textTooLong(field: .note, bytes: limit + 1, limit: limit)),
    ]
    + TriggerPoint.allCases.map { point in
      Case("trigger point at \(point.rawValue)", symptom(.triggerPoint, severity: 6, point: point))
    }
    + SymptomKind.allCases.filter { $0 != .triggerPoint }.map { kind in
      Case("point on \(kind.rawValue)", symptom(kind, point: .iliacus), .pointNotApplicable(kind))
    }

  static let aidCases: [Case] = [
    Case("open period", aid(past, nil)),
    Case("closed period", aid(past, today)),
    Case("one-day period", aid(past, past.adding(days: 1))),
    Case("period ending the day it starts", aid(past, past), .emptyPeriod(on: past)),
    Case("period starting today", aid(today, nil)),
    Case("period starting tomorrow", aid(tomorrow, nil), .futureDate(tomorrow, today: today)),
    Case("period ending tomorrow", aid(past, tomorrow), .futureDate(tomorrow, today: today)),
    Case(
      "period ending the day before it starts", aid(past, past.adding(days: -1)),
      .periodEndsBeforeStart(from: past, to: past.adding(days: -1))),
    Case(
      "period ending a year before it starts", aid(today, today.adding(days: -365)),
      .periodEndsBeforeStart(from: today, to: today.adding(days: -365))),
    Case(
      "note over the limit", aid(past, nil, note: String(repeating: "x", count: limit + 1)),
      .textTooLong(field: .note, bytes: limit + 1, limit: limit)),
  ]

  @Test(arguments: treatmentCases)
  func treatmentRules(_ check: Case) {
    expectValidation(check)
  }

  @Test(arguments: painCases)
  func painRules(_ check: Case) {
    expectValidation(check)
  }

  @Test(arguments: symptomCases)
  func symptomRules(_ check: Case) {
    expectValidation(check)
  }

  @Test(arguments: aidCases)
  func aidPeriodRules(_ check: Case) {
    expectValidation(check)
  }

  @Test func theFutureIsCheckedAgainstTheGivenTodayNotTheClock() throws {
    let farFuture = try #require(CalendarDay("2999-01-01"))
    #expect(throws: Never.self) { try Self.pain(5, day: farFuture).validate(today: farFuture) }
    let error = #expect(throws: EntryError.self) {
      try Self.pain(5, day: farFuture).validate(today: Self.today)
    }
    #expect(error == .futureDate(farFuture, today: Self.today))
  }

  @Test func treatmentCategoryFollowsTheKind() {
    let categories = Dictionary(
      uniqueKeysWithValues: TreatmentKind.allCases.map { ($0.rawValue, $0.category) })
    #expect(
      categories == [
        "hip-resurfacing": .surgery, "psoas-release": .surgery, "total-hip-replacement": .surgery,
        "hip-arthroscopy": .surgery, "revision": .surgery, "cortisone": .injection, "prp": .injection,
        "prolotherapy": .injection, "physiotherapy": .therapy, "self-massage": .therapy, "other": .therapy,
      ])
  }

  @Test func withoutATodayOnlyTheFutureDateRuleIsSkipped() {
    let future = CalendarDay("9999-12-31")!
    let entries: [DiaryEntry] = [
      .pain(PainEntry(day: future, score: 4)), .treatment(Treatment(day: future, kind: .cortisone)),
      .symptom(SymptomEntry(day: future, kind: .catching)),
      .aid(AidPeriod(aid: .cane, from: future, to: nil)),
    ]
    for entry in entries {
      #expect(throws: Never.self) { try entry.validate(today: nil) }
      #expect(throws: EntryError.futureDate(future, today: Self.today)) {
        try entry.validate(today: Self.today)
      }
    }
    #expect(throws: EntryError.outOfRange(field: .score, value: 11, range: PainEntry.scoreRange)) {
      try DiaryEntry.pain(PainEntry(day: future, score: 11)).validate(today: nil)
    }
  }

  private func expectValidation(_ check: Case, sourceLocation: SourceLocation = #_sourceLocation) {
    if let expected = check.expected {
      let error = #expect(throws: EntryError.self, sourceLocation: sourceLocation) {
        try check.record.validate(today: Self.today)
      }
      #expect(error == expected, sourceLocation: sourceLocation)
    } else {
      #expect(throws: Never.self, sourceLocation: sourceLocation) {
        try check.record.validate(today: Self.today)
      }
    }
  }
}
