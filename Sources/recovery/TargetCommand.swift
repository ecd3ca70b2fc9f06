import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `recovery target KIND --days N [--after ID]`
struct TargetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "target",
    abstract: "Log a surgeon's target: a milestone, or off crutches, N days after a surgery.",
    discussion: """
      The days count from the surgery --after names (its entry id, as list shows it), else from the \
      surgery the target was most plausibly set for: the first surgery within 90 days after the \
      target's day (--on, default today), else the most recent on or before it. The confirmation \
      names the surgery; recovery check flags a target whose surgery was removed, or which a surgery \
      on the other side soon followed.
      Examples:
        recovery target off-crutches --days 14
        recovery target drive --days 42 --after 7
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "What is to be reached: a milestone, or off-crutches.") var kind: TargetKind
  @OptionGroup var target: TargetOptions
  @Option(
    name: .customLong("on"),
    help: ArgumentHelp(
      "The day the target was set: YYYY-MM-DD, today or yesterday (default: today).", valueName: "date"))
  var day: String?
  @OptionGroup var note: NoteOption

  func validate() throws {
    if target.days == nil {
      throw ValidationError(
        "Missing --days N: the number of days after the surgery, from \(MilestoneTarget.daysRange.lowerBound)"
          + " to \(MilestoneTarget.daysRange.upperBound).")
    }
  }

  func run() throws {
    let today = CalendarDay.today()
    let day = try DiaryDate.parse(day, today: today)
    // Checked before the database is opened, with a stand-in surgery, so bad input touches nothing.
    var entry = MilestoneTarget(
      day: day, kind: kind, days: target.days ?? 0, surgery: UUID(), note: note.note)
    try entry.validate(today: today)
    guard let (store, patient) = try global.existingStoreAndPatient() else {
      if let after = target.after {
        throw StoreError.noSuchEntry(id: after.value, patient: global.patientNameForMessages)
      }
      throw EntryError.noSurgery(onOrBefore: day)
    }
    let surgery = try TargetSurgery.find(after: target.after?.value, day: day, in: store, for: patient)
    entry.surgery = surgery.uid
    let stored = try store.add(.target(entry), for: patient, today: today)
    print(
      "Logged \(EntryDescription.what(stored).oneLine) #\(surgery.id!) (\(surgery.label.oneLine),"
        + (surgery.side.map { $0 == .both ? " both sides," : " \($0.rawValue)," } ?? "")
        + " \(surgery.day)), \(stored.day) (#\(stored.id!)).")
  }
}
