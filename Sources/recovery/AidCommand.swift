import ArgumentParser
import RecoveryCommandLine
import RecoveryModel

/// `recovery aid AID --from DATE [--to DATE]` or `recovery aid AID --stop [--on DATE]`
struct AidCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "aid",
    abstract: "Log a period on a walking aid, or end the open one with --stop.",
    discussion: """
      Without --from the period starts today, as other entries default to today. --to is the first \
      day without the aid, so a period's length is --to minus --from.
      Examples:
        recovery aid two-crutches --from 2024-10-28 --weight-bearing pwb
        recovery aid two-crutches --stop --on 2024-11-11
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: "Which walking aid.") var aid: WalkingAid
  @OptionGroup var period: AidPeriodOptions
  @Flag(help: "End the open period of this aid (on --on, default today).") var stop = false
  @Option(
    name: .customLong("on"),
    help: ArgumentHelp("With --stop: the day the aid was put away.", valueName: "date"))
  var day: String?
  @OptionGroup var side: SideOption
  @OptionGroup var note: NoteOption

  func validate() throws {
    if stop {
      if period.flags.contains(where: \.given) || side.side != nil || note.note != nil {
        throw ValidationError("--stop takes only --on DATE; to log a whole period use --from and --to.")
      }
    } else {
      if day != nil { throw ValidationError("--on goes with --stop; a period starts with --from DATE.") }
    }
  }

  func run() throws {
    let today = CalendarDay.today()
    if stop {
      let end = try DiaryDate.parse(day, today: today)
      if end > today { throw EntryError.futureDate(end, today: today) }
      guard let (store, patient) = try global.existingStoreAndPatient() else {
        throw EntryError.noOpenPeriod(aid)
      }
      let stopped = try store.stopAid(aid, on: end, for: patient, today: today)
      print("Stopped \(EntryDescription.line(.aid(stopped)).oneLine) (#\(stopped.id!)).")
      return
    }
    let entry = AidPeriod(
      aid: aid, from: try DiaryDate.parse(period.from, today: today),
      to: try period.to.map { try DiaryDate.parse($0, today: today) },
      weightBearing: period.weightBearing, side: side.side, note: note.note)
    try Logging.log(.aid(entry), global: global, today: today)
  }
}
