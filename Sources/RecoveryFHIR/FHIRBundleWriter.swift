import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes a FHIR R4 `transaction` Bundle piece by piece, so that a diary of any length is exported in
/// constant memory.
///
/// Call ``begin()`` once, then ``add(patient:)`` and ``add(_:of:removed:)`` in any order, then
/// ``end()``, and write each returned string as it comes: together they are one JSON Bundle, one
/// bundle entry a line.
///
/// ```swift
/// var writer = FHIRBundleWriter.systemLocalTime()
/// writer.software = FHIRSoftware(name: "recovery", version: "0.1.0")
/// output.write(writer.begin())
/// try store.forEachEntry(for: patient, matching: EntryQuery(includeRemoved: true)) { entry, removed in
///   output.write(try writer.add(entry, of: patient, removed: removed))
/// }
/// output.write(writer.end())
/// ```
///
/// Every resource carries the identifier `urn:uuid:<uid>` (system `urn:ietf:rfc:3986`); its bundle
/// entry has that as `fullUrl` and a conditional update on it (`PUT Observation?identifier=...`), so
/// that posting the same export twice creates nothing the second time, and posting a newer export
/// updates what changed. Pass removed entries too: they are written with the status
/// `entered-in-error`. References point at `fullUrl`s in the bundle. Goals learn their surgery and
/// whether they were met from ``goals``: see ``FHIRGoalContext``.
public struct FHIRBundleWriter: Sendable {
  private var stream: FHIRResourceStream
  private var hasEntries = false

  /// The program written as the agent of the bundle's `Provenance`.
  public var software: FHIRSoftware {
    get { stream.provenanceContext.software }
    set { stream.provenanceContext.software = newValue }
  }

  /// The moment written as the `Provenance`'s `recorded`; the time the writer was made unless set.
  public var recorded: Date = Date() {
    didSet { stream.provenanceContext = FHIRProvenanceContext(date: recorded, software: software) }
  }

  /// The surgeries and milestones of the export, for its goals: fill it in a first pass before
  /// writing the entries (see ``FHIRGoalContext/note(_:)``).
  public var goals: FHIRGoalContext {
    get { stream.goals }
    set { stream.goals = newValue }
  }

  /// A writer that gives observations and procedures their date only: diary times carry no time zone,
  /// and a FHIR `dateTime` with a time needs an offset.
  public init() {
    self.init(dates: FHIRDateTime(timeZone: nil))
  }

  /// A writer that gives entries with a time of day a `dateTime` with that time and the offset
  /// `timeZone` had then, such as `2024-11-20T08:30:00+01:00`.
  ///
  /// - Parameter timeZone: the zone the diary was kept in. For a diary kept on this machine, use
  ///   ``systemLocalTime()`` rather than `TimeZone.current`, which is UTC in a program that links
  ///   FoundationEssentials without the rest of Foundation.
  public init(timeZone: TimeZone) {
    self.init(dates: FHIRDateTime(timeZone: timeZone))
  }

  /// A writer that gives entries with a time of day the offset this machine's local time had then, as
  /// the C library reads it (`TZ`, else `/etc/localtime`).
  ///
  /// That is the zone a diary kept on this machine was recorded in: `CalendarDay.today()` reads the
  /// day there too.
  public static func systemLocalTime() -> FHIRBundleWriter {
    FHIRBundleWriter(dates: FHIRDateTime(zone: FHIRDateTime.systemLocalTime))
  }

  private init(dates: FHIRDateTime) {
    let now = Date()
    stream = FHIRResourceStream(
      mapping: FHIRMapping(dates: dates), goals: FHIRGoalContext(today: CalendarDay.today()),
      provenance: FHIRProvenanceContext(date: now, software: FHIRSoftware.unnamed))
    recorded = now
  }

  /// Opens the Bundle, with the exporting program's `Device`. Call it once, first.
  public mutating func begin() -> String {
    hasEntries = false
    return #"{"resourceType":"Bundle","type":"transaction""# + entries(stream.begin())
  }

  /// The patient's `Patient` resource, or nothing when it has already been written.
  public mutating func add(patient: Patient) -> String {
    entries(stream.add(patient: patient))
  }

  /// The resources that record `entry`: a `Procedure`, an `Observation` (with a
  /// `QuestionnaireResponse` for a score with answers), a `Goal`, a `MedicationStatement`, or a
  /// `Device` and a `DeviceUseStatement`; preceded by the patient's `Patient` and the instrument's
  /// `Questionnaire` when not written yet, and followed by a `Provenance` when a block of entries
  /// closes.
  ///
  /// - Parameters:
  ///   - entry: the entry, in its latest version (a removed one in its last).
  ///   - patient: whose entry it is.
  ///   - removed: whether the entry was removed: its resources are then `entered-in-error`.
  /// - Throws: ``FHIRExportError`` for an entry that no FHIR resource can hold; nothing is written
  ///   for it then, and the bundle can go on.
  public mutating func add(
    _ entry: DiaryEntry, of patient: Patient, removed: Bool = false
  )
    throws(FHIRExportError) -> String
  {
    entries(try stream.add(entry, of: patient, removed: removed))
  }

  /// Closes the Bundle, after the last `Provenance`. The strings returned since ``begin()`` are then
  /// one complete JSON document.
  public mutating func end() -> String {
    let last = entries(stream.end())
    return last + (hasEntries ? "\n]}\n" : "}\n")
  }

  /// Bundle entries, each on its own line; the first one opens the `entry` array (FHIR allows no empty
  /// array, so a bundle without entries has none).
  private mutating func entries(_ resources: [FHIRResource]) -> String {
    var output = ""
    for resource in resources {
      output += hasEntries ? ",\n" : ",\"entry\":[\n"
      hasEntries = true
      resource.bundleEntry.render(into: &output)
    }
    return output
  }
}

extension FHIRSoftware {
  /// The program when the caller names none.
  static let unnamed = FHIRSoftware(name: "recovery", version: "unknown")
}
