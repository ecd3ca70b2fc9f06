import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes an export as FHIR Bulk Data NDJSON: one resource a line, one file per resource type
/// (`Patient.ndjson`, `Observation.ndjson`, ...), for registries that load files rather than post
/// transactions.
///
/// The resources are those of ``FHIRBundleWriter``, in the same order; each has `id` its uid, and
/// references are relative (`Patient/<uid>`), resolving among the files of one export. Call
/// ``begin()``, ``add(patient:)`` and ``add(_:of:removed:)``, then ``end()``, and append each returned
/// line to the file its ``Line/type`` names.
public struct FHIRNDJSONWriter: Sendable {
  /// One NDJSON line and the resource type whose file it belongs in.
  public struct Line: Sendable, Equatable {
    /// The resource type, such as `Observation`: the file is `Observation.ndjson`.
    public var type: String
    /// The resource as one line of JSON, ending in a line feed.
    public var text: String
  }

  private var stream: FHIRResourceStream

  /// A writer that writes times as ``FHIRBundleWriter/systemLocalTime()`` does, for the program
  /// `software`, as made at `recorded`, with goals judged by `goals`.
  public init(
    software: FHIRSoftware, recorded: Date = Date(), goals: FHIRGoalContext = FHIRGoalContext(today: .today())
  ) {
    self.init(
      dates: FHIRDateTime(zone: FHIRDateTime.systemLocalTime), software: software, recorded: recorded,
      goals: goals)
  }

  /// A writer that writes times with the offsets of `timeZone` (or dates only when nil).
  public init(
    timeZone: TimeZone?, software: FHIRSoftware, recorded: Date = Date(),
    goals: FHIRGoalContext = FHIRGoalContext(today: .today())
  ) {
    self.init(dates: FHIRDateTime(timeZone: timeZone), software: software, recorded: recorded, goals: goals)
  }

  private init(dates: FHIRDateTime, software: FHIRSoftware, recorded: Date, goals: FHIRGoalContext) {
    stream = FHIRResourceStream(
      mapping: FHIRMapping(dates: dates, references: .relative), goals: goals,
      provenance: FHIRProvenanceContext(date: recorded, software: software))
  }

  /// The surgeries and milestones of the export, for its goals (see ``FHIRGoalContext``).
  public var goals: FHIRGoalContext {
    get { stream.goals }
    set { stream.goals = newValue }
  }

  /// The exporting program's `Device`. Call it once, first.
  public mutating func begin() -> [Line] { lines(stream.begin()) }

  /// The patient's `Patient`, or nothing when it has already been written.
  public mutating func add(patient: Patient) -> [Line] { lines(stream.add(patient: patient)) }

  /// The resources of `entry`, as ``FHIRBundleWriter/add(_:of:removed:)`` writes them.
  /// - Throws: ``FHIRExportError`` for an entry that no FHIR resource can hold.
  public mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool = false
  )
    throws(FHIRExportError) -> [Line]
  {
    lines(try stream.add(entry, of: patient, removed: removed))
  }

  /// The last `Provenance`.
  public mutating func end() -> [Line] { lines(stream.end()) }

  private func lines(_ resources: [FHIRResource]) -> [Line] {
    resources.map { resource in
      var text = ""
      resource.standalone.render(into: &text)
      return Line(type: resource.type, text: text + "\n")
    }
  }
}
