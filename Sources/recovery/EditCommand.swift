import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

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
        recovery edit 23 --answers "2 1 1 1 1 1"
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The entry's id, as shown by list (42 or #42).") var id: EntryID

  @Option(
    help: ArgumentHelp(
      "Treatment, symptom, milestone or target: a new kind. Treatments:"
        + " \(TreatmentKind.allValueStrings.joined(separator: ", "))."
        + " Symptoms: \(SymptomKind.allValueStrings.joined(separator: ", "))."
        + " Milestones: \(MilestoneKind.allValueStrings.joined(separator: ", ")) (targets also off-crutches).",
      valueName: "kind"),
    completion: .list(
      TreatmentKind.allValueStrings + SymptomKind.allValueStrings + TargetKind.allValueStrings))
  var kind: String?
  @Option(parsing: .unconditional, help: ArgumentHelp("Pain: a new score, 0-10.", valueName: "score"))
  var score: PainScore?
  @Option(help: "Aid period: a new walking aid.") var aid: WalkingAid?
  @OptionGroup(title: "Treatment, pain or symptom") var when: EditTimeOptions
  @OptionGroup(title: "Any entry") var side: SideOption
  @OptionGroup(title: "Any entry") var note: NoteOption
  @OptionGroup(title: "Pain or symptom") var place: PlaceOptions
  @OptionGroup(title: "Symptom") var symptom: SymptomOptions
  @OptionGroup(title: "Treatment") var treatment: TreatmentOptions
  @OptionGroup(title: "Aid period") var period: AidPeriodOptions
  @OptionGroup(title: "Score") var questionnaire: ScoreEditOptions
  @OptionGroup(title: "Target") var target: TargetOptions
  @OptionGroup(title: "Medication") var medication: MedicationOptions
  @Option(help: "Medication: a new drug.") var drug: Drug?

  func run() throws {
    let today = CalendarDay.today()
    let (store, patient) = try global.existingStoreAndPatient(holding: id.value)
    // The surgery a target is to count from is looked up before the edit: the edit's closure runs
    // while the store is busy with it and may not call the store.
    var surgery: UUID?
    if let after = target.after,
      case .target(let goal) = try apply(
        to: store.entry(id: id.value, for: patient), today: today)
    {
      surgery = try TargetSurgery.find(after: after.value, day: goal.day, in: store, for: patient).uid
    }
    let (before, after) = try store.edit(id: id.value, for: patient, today: today) { entry in
      entry = try apply(to: entry, today: today)
      if case .target(var goal) = entry, let surgery {
        goal.surgery = surgery
        entry = .target(goal)
      }
    }
    let changes = EntryDiff.changes(from: before, to: after, patient: patient.name)
    print("Edited #\(id.value): \(changes.joined(separator: "; ").oneLine).")
  }

  /// Each option group with the entry types it applies to, in declaration order.
  private var groups: [(flags: [(name: String, given: Bool)], types: Set<EntryType>)] {
    [
      ([("--kind", kind != nil)], [.treatment, .symptom, .milestone, .target]),
      ([("--score", score != nil)], [.pain]),
      ([("--aid", aid != nil)], [.aid]),
      ([("--drug", drug != nil)], [.medication]),
      (
        when.flags.filter { $0.name == "--on" },
        [.treatment, .pain, .symptom, .score, .milestone, .target, .medication]
      ),
      (
        when.flags.filter { $0.name != "--on" },
        [.treatment, .pain, .symptom, .score, .milestone, .medication]
      ),
      (side.flags, Set(EntryType.allCases).subtracting([.target, .medication])),
      (note.flags, Set(EntryType.allCases)),
      (place.flags, [.pain, .symptom]),
      (symptom.flags, [.symptom]),
      (treatment.flags.filter { $0.name != "--name" && $0.name != "--dose" }, [.treatment]),
      (treatment.flags.filter { $0.name == "--name" || $0.name == "--dose" }, [.treatment, .medication]),
      (period.flags.filter { $0.name != "--weight-bearing" }, [.aid, .medication]),
      (period.flags.filter { $0.name == "--weight-bearing" }, [.aid]),
      (medication.flags, [.medication]),
      (questionnaire.flags, [.score]),
      (target.flags, [.target]),
    ]
  }

  /// The entry with the given options applied; an option that does not fit the entry's type is an
  /// error naming the options that do.
  func apply(to entry: DiaryEntry, today: CalendarDay) throws -> DiaryEntry {
    let fits = groups.filter { $0.types.contains(entry.type) }.flatMap(\.flags).map(\.name)
    if let misfit = groups.flatMap(\.flags).first(where: { $0.given && !fits.contains($0.name) }) {
      let type = entry.type.rawValue
      let article = type.first.map { "aeiou".contains($0) } == true ? "an" : "a"
      throw ValidationError(
        "\(misfit.name) does not apply to #\(id.value), \(article) \(type) entry: use \(fits.joined(separator: ", "))."
      )
    }
    let day = try when.resolvedDay(today: today)
    let time = try when.resolvedTime()
    switch entry {
    case .treatment(var t):
      if let kind { t.kind = try TreatmentKind.parse(kind) }
      t.day = day ?? t.day
      t.time = time ?? t.time
      t.side = side.side ?? t.side
      treatment.apply(to: &t)
      t.note = note.note ?? t.note
      return .treatment(t)
    case .pain(var p):
      p.score = score?.value ?? p.score
      p.day = day ?? p.day
      p.time = time ?? p.time
      p.location = place.location ?? p.location
      p.side = side.side ?? p.side
      p.activity = place.activity ?? p.activity
      p.note = note.note ?? p.note
      return .pain(p)
    case .symptom(var s):
      if let kind { s.kind = try SymptomKind.parse(kind) }
      s.day = day ?? s.day
      s.time = time ?? s.time
      s.count = symptom.count ?? s.count
      s.severity = symptom.severity ?? s.severity
      s.point = symptom.point ?? s.point
      s.location = place.location ?? s.location
      s.side = side.side ?? s.side
      s.activity = place.activity ?? s.activity
      s.note = note.note ?? s.note
      return .symptom(s)
    case .aid(var a):
      a.aid = aid ?? a.aid
      a.from = try period.from.map { try DiaryDate.parse($0, today: today) } ?? a.from
      a.to = try period.to.map { try DiaryDate.parse($0, today: today) } ?? a.to
      a.weightBearing = period.weightBearing ?? a.weightBearing
      a.side = side.side ?? a.side
      a.note = note.note ?? a.note
      return .aid(a)
    case .score(var q):
      q.day = day ?? q.day
      q.time = time ?? q.time
      q.side = side.side ?? q.side
      q.note = note.note ?? q.note
      return .score(try questionnaire.apply(to: q))
    case .milestone(var m):
      if let kind { m.kind = try MilestoneKind.parse(kind) }
      m.day = day ?? m.day
      m.time = time ?? m.time
      m.side = side.side ?? m.side
      m.note = note.note ?? m.note
      return .milestone(m)
    case .target(var t):
      if let kind { t.kind = try TargetKind.parse(kind) }
      t.day = day ?? t.day
      t.days = target.days ?? t.days
      t.note = note.note ?? t.note
      return .target(t)
    case .medication(var m):
      m.drug = drug ?? m.drug
      m.name = treatment.name ?? m.name
      if let dose = treatment.dose {
        guard let milligrams = Double(dose) else {
          throw ValidationError(
            "--dose of a medication is one dose in mg, a number such as 5 or 7.5, not \"\(dose)\".")
        }
        m.dose = milligrams
      }
      if m.isCourse {
        m.day = try period.from.map { try DiaryDate.parse($0, today: today) } ?? m.day
        m.to = try period.to.map { try DiaryDate.parse($0, today: today) } ?? m.to
      } else {
        if period.from != nil || period.to != nil {
          throw ValidationError(
            "--from and --to apply to a course; #\(id.value) is doses on a day: use --on.")
        }
        m.day = day ?? m.day
        m.time = time ?? m.time
      }
      if m.isCourse, time != nil || day != nil {
        throw ValidationError("#\(id.value) is a course, which covers whole days: use --from and --to.")
      }
      medication.apply(to: &m)
      m.note = note.note ?? m.note
      return .medication(m)
    }
  }
}
