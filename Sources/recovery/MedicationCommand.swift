import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryStore

/// `recovery medication DRUG [--dose MG] [--times N] [--on DATE] [--time HH:MM] [--prn]`, a course with
/// `--from DATE [--to DATE]`, or `recovery medication DRUG --stop [--on DATE]`
struct MedicationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "medication",
    abstract: "Log doses of a drug taken on a day, or a regular course with --from.",
    discussion: """
      Doses on a day: --dose mg taken --times times (default once) on --on (default today). A course: \
      --dose mg --times a day from --from, up to --to, the first day without it; --stop ends the open \
      course of the drug. Opioids count in morphine milligram equivalents (MME, CDC 2022 factors): an \
      estimate to describe use, never dosing advice.
      Drugs: \(Drug.allValueStrings.joined(separator: ", ")) (other needs --name).
      Examples:
        recovery medication oxycodone --dose 5 --times 3 --on 2024-10-29 --prn
        recovery medication paracetamol --dose 1000 --times 4 --from 2024-10-28
        recovery medication paracetamol --stop --on 2024-11-18
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Which drug, by its generic name.") var drug: Drug
  @Option(help: ArgumentHelp("One dose in mg, for example 5 or 7.5.", valueName: "mg")) var dose: Double?
  @OptionGroup var amount: MedicationOptions
  @Option(
    name: .customLong("on"),
    help: ArgumentHelp(
      "The day of the doses, or with --stop the first day without the drug.", valueName: "date"))
  var day: String?
  @Option(help: ArgumentHelp("The time of day of the doses, HH:MM.", valueName: "HH:MM")) var time: String?
  @Option(help: ArgumentHelp("A course's first day: YYYY-MM-DD, today or yesterday.", valueName: "date"))
  var from: String?
  @Option(
    help: ArgumentHelp("A course's first day without the drug (omit while still taken).", valueName: "date"))
  var to: String?
  @Flag(help: "End the open course of this drug (on --on, default today).") var stop = false
  @Option(help: ArgumentHelp("The drug's name; required for other.", valueName: "text")) var name: String?
  @OptionGroup var note: NoteOption

  func validate() throws {
    if stop {
      if from != nil || to != nil || time != nil || name != nil || note.note != nil
        || dose != nil || amount.flags.contains(where: \.given)
      {
        throw ValidationError("--stop takes only --on DATE; to log a whole course use --from and --to.")
      }
    } else if from != nil || to != nil {
      if day != nil || time != nil {
        throw ValidationError(
          "A course (--from, --to) covers whole days: --on and --time go with doses on a day.")
      }
      if from == nil { throw ValidationError("--to ends a course: give its first day with --from.") }
    }
  }

  func run() throws {
    let today = CalendarDay.today()
    if stop {
      try stopCourse(today: today)
      return
    }
    var entry: MedicationEntry
    if let from {
      entry = MedicationEntry(
        drug: drug, name: name, day: try DiaryDate.parse(from, today: today), isCourse: true,
        to: try to.map { try DiaryDate.parse($0, today: today) }, note: note.note)
    } else {
      entry = MedicationEntry(
        drug: drug, name: name, day: try DiaryDate.parse(day, today: today),
        time: try DiaryDate.parseTime(time), note: note.note)
    }
    entry.dose = dose
    amount.apply(to: &entry)
    try Logging.log(.medication(entry), global: global, today: today)
  }

  /// Ends the open course of the drug: its `to` becomes `--on` (default today).
  private func stopCourse(today: CalendarDay) throws {
    let end = try DiaryDate.parse(day, today: today)
    if end > today { throw EntryError.futureDate(end, today: today) }
    guard let (store, patient) = try global.existingStoreAndPatient() else {
      throw ValidationError("There is no open \(drug.rawValue) course to stop.")
    }
    let open = try store.entries(for: patient, matching: EntryQuery(types: [.medication])).compactMap {
      entry -> MedicationEntry? in
      guard case .medication(let medication) = entry, medication.drug == drug, medication.isCourse,
        medication.to == nil
      else { return nil }
      return medication
    }
    guard let course = open.last, let id = course.id else {
      throw ValidationError("There is no open \(drug.rawValue) course to stop.")
    }
    let (_, after) = try store.edit(id: id, for: patient, today: today) { entry in
      guard case .medication(var medication) = entry else { return }
      medication.to = end
      entry = .medication(medication)
    }
    print("Stopped \(EntryDescription.line(after).oneLine) (#\(id)).")
  }
}
