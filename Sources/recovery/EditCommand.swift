import ArgumentParser
import RecoveryModel
import RecoveryStore

/// `recovery edit N [options]`
struct EditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit",
    abstract: "Correct entry #N; the earlier version stays in its history.",
    discussion: """
      Takes the options of the command that logged #N, plus --kind, --score and --aid for the value \
      that command took first. Only the options given change.
      Examples:
        recovery edit 42 --score 5
        recovery edit 17 --to 2024-11-11
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The entry's number, as shown by list (with or without #).") var number: EntryNumber

  @Option(help: ArgumentHelp("A new kind (treatment kind or symptom).", valueName: "kind")) var kind: String?
  @Option(parsing: .unconditional, help: ArgumentHelp("Pain: a new score, 0-10.", valueName: "score"))
  var score: Int?
  @Option(help: "Aid period: a new walking aid.") var aid: WalkingAid?
  @OptionGroup var when: EntryTimeOptions
  @Option(help: ArgumentHelp("Aid period: a new first day.", valueName: "date")) var from: String?
  @Option(help: ArgumentHelp("Aid period: a new last day (the day it was put away).", valueName: "date"))
  var to: String?
  @Option(help: "A new side.") var side: Side?
  @Option(help: "Pain or symptom: a new location.") var location: BodyLocation?
  @Option(help: "Pain or symptom: a new activity.") var activity: Activity?
  @Option(help: ArgumentHelp("A new note.", valueName: "text")) var note: String?
  @Option(parsing: .unconditional, help: ArgumentHelp("Symptom: a new episode count.", valueName: "n"))
  var count: Int?
  @Option(parsing: .unconditional, help: ArgumentHelp("Symptom: a new severity, 0-10.", valueName: "0-10"))
  var severity: Int?
  @Option(help: "Symptom: a new trigger point.") var point: TriggerPoint?
  @Option(help: "Aid period: a new weight-bearing instruction.") var weightBearing: WeightBearing?
  @Option(help: "Treatment: a new release level.") var level: ReleaseLevel?
  @Option(help: "Treatment: a new approach.") var approach: SurgicalApproach?
  @Option(help: "Treatment: a new injection target.") var target: InjectionTarget?
  @Option(help: "Treatment: new image guidance.") var guidance: ImageGuidance?
  @Option(help: ArgumentHelp("Treatment: a new agent.", valueName: "text")) var agent: String?
  @Option(help: ArgumentHelp("Treatment: a new dose.", valueName: "text")) var dose: String?
  @Option(parsing: .unconditional, help: ArgumentHelp("Treatment: a new round number.", valueName: "n"))
  var round: Int?
  @Option(help: ArgumentHelp("Treatment: a new provider.", valueName: "text")) var provider: String?
  @Option(help: ArgumentHelp("Treatment: a new name.", valueName: "text")) var name: String?
  @Option(help: ArgumentHelp("Treatment: a new finding.", valueName: "text")) var finding: String?

  func run() throws {
    let today = CalendarDay.today()
    guard let (store, patient) = try global.existingStoreAndPatient() else {
      throw StoreError.noSuchEntry(id: number.value, patient: global.patientNameForMessages)
    }
    let (before, after) = try store.edit(id: number.value, for: patient, today: today) { record in
      record = try apply(to: record, today: today)
    }
    let changes = EntryDiff.changes(from: before, to: after, patient: patient.name)
    print("Edited #\(number.value): \(changes.joined(separator: "; ").oneLine).")
  }

  /// The record with the given options applied; an option that does not fit the record's type is an
  /// error naming the options that do.
  func apply(to record: DiaryEntry, today: CalendarDay) throws -> DiaryEntry {
    let day = try when.day.map { try DiaryDate.parse($0, today: today) }
    let time = try when.resolvedTime()
    let given: [(String, Bool)] = [
      ("--kind", kind != nil), ("--score", score != nil), ("--aid", aid != nil), ("--on", day != nil),
      ("--time", time != nil), ("--from", from != nil), ("--to", to != nil), ("--side", side != nil),
      ("--location", location != nil), ("--activity", activity != nil), ("--note", note != nil),
      ("--count", count != nil), ("--severity", severity != nil), ("--point", point != nil),
      ("--weight-bearing", weightBearing != nil), ("--level", level != nil), ("--approach", approach != nil),
      ("--target", target != nil), ("--guidance", guidance != nil), ("--agent", agent != nil),
      ("--dose", dose != nil), ("--round", round != nil), ("--provider", provider != nil),
      ("--name", name != nil), ("--finding", finding != nil),
    ]
    let allowed: [EntryType: [String]] = [
      .treatment: [
        "--kind", "--on", "--time", "--side", "--level", "--approach", "--target", "--guidance", "--agent",
        "--dose", "--round", "--provider", "--name", "--finding", "--note",
      ],
      .pain: ["--score", "--on", "--time", "--location", "--side", "--activity", "--note"],
      .symptom: [
        "--kind", "--on", "--time", "--count", "--severity", "--point", "--location", "--side", "--activity",
        "--note",
      ],
      .aid: ["--aid", "--from", "--to", "--weight-bearing", "--side", "--note"],
    ]
    let fits = allowed[record.type]!
    if let misfit = given.first(where: { $0.1 && !fits.contains($0.0) }) {
      throw CommandFailure(
        "\(misfit.0) does not apply to #\(number.value), a \(record.type.rawValue) entry: use \(fits.joined(separator: ", "))."
      )
    }
    switch record {
    case .treatment(var t):
      if let kind { t.kind = try TreatmentKind.parse(kind) }
      t.day = day ?? t.day
      t.time = time ?? t.time
      t.side = side ?? t.side
      t.level = level ?? t.level
      t.approach = approach ?? t.approach
      t.target = target ?? t.target
      t.guidance = guidance ?? t.guidance
      t.agent = agent ?? t.agent
      t.dose = dose ?? t.dose
      t.round = round ?? t.round
      t.provider = provider ?? t.provider
      t.name = name ?? t.name
      t.finding = finding ?? t.finding
      t.note = note ?? t.note
      return .treatment(t)
    case .pain(var p):
      p.score = score ?? p.score
      p.day = day ?? p.day
      p.time = time ?? p.time
      p.location = location ?? p.location
      p.side = side ?? p.side
      p.activity = activity ?? p.activity
      p.note = note ?? p.note
      return .pain(p)
    case .symptom(var s):
      if let kind { s.kind = try SymptomKind.parse(kind) }
      s.day = day ?? s.day
      s.time = time ?? s.time
      s.count = count ?? s.count
      s.severity = severity ?? s.severity
      s.point = point ?? s.point
      s.location = location ?? s.location
      s.side = side ?? s.side
      s.activity = activity ?? s.activity
      s.note = note ?? s.note
      return .symptom(s)
    case .aid(var a):
      a.aid = aid ?? a.aid
      a.from = try from.map { try DiaryDate.parse($0, today: today) } ?? a.from
      a.to = try to.map { try DiaryDate.parse($0, today: today) } ?? a.to
      a.weightBearing = weightBearing ?? a.weightBearing
      a.side = side ?? a.side
      a.note = note ?? a.note
      return .aid(a)
    }
  }
}

/// An entry number as typed: `42` or `#42`.
struct EntryNumber: ExpressibleByArgument {
  let value: Int

  init?(argument: String) {
    let digits = argument.hasPrefix("#") ? String(argument.dropFirst()) : argument
    guard let value = Int(digits), value > 0 else { return nil }
    self.value = value
  }
}
