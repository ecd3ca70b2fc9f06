import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes a FHIR R4 `transaction` Bundle piece by piece, so that a diary of any length is exported in
/// constant memory.
///
/// Call ``begin()`` once, then ``add(patient:)`` and ``add(_:of:)`` in any order, then ``end()``, and
/// write each returned string as it comes: together they are one JSON Bundle, one bundle entry a line.
///
/// ```swift
/// var writer = FHIRBundleWriter.systemLocalTime()
/// output.write(writer.begin())
/// for entry in store.entries(for: patient) {   // current entries only: see below
///   output.write(try writer.add(entry, of: patient))
/// }
/// output.write(writer.end())
/// ```
///
/// Every resource carries the identifier `urn:uuid:<uid>` (system `urn:ietf:rfc:3986`); its bundle
/// entry has that as `fullUrl` and a conditional create (`ifNoneExist`) on it, so a server that is sent
/// the same export twice creates nothing the second time. References point at `fullUrl`s in the bundle.
///
/// The writer exports what it is given: passing only the current version of each entry, and no
/// removed entry, is the caller's job (a store's entry queries return exactly those). The writer
/// keeps only the uids of the patients written so far.
public struct FHIRBundleWriter: Sendable {
  private var mapping: FHIRMapping
  private var patients: Set<UUID> = []
  private var hasEntries = false

  /// A writer that gives observations and procedures their date only: diary times carry no time zone,
  /// and a FHIR `dateTime` with a time needs an offset.
  public init() {
    mapping = FHIRMapping(dates: FHIRDateTime(timeZone: nil))
  }

  /// A writer that gives entries with a time of day a `dateTime` with that time and the offset
  /// `timeZone` had then, such as `2024-11-20T08:30:00+01:00`.
  ///
  /// - Parameter timeZone: the zone the diary was kept in. For a diary kept on this machine, use
  ///   ``systemLocalTime()`` rather than `TimeZone.current`, which is UTC in a program that links
  ///   FoundationEssentials without the rest of Foundation.
  public init(timeZone: TimeZone) {
    mapping = FHIRMapping(dates: FHIRDateTime(timeZone: timeZone))
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
    mapping = FHIRMapping(dates: dates)
  }

  /// Opens the Bundle. Call it once, first.
  public mutating func begin() -> String {
    patients = []
    hasEntries = false
    return #"{"resourceType":"Bundle","type":"transaction""#
  }

  /// The patient's `Patient` resource, or nothing when it has already been written.
  public mutating func add(patient: Patient) -> String {
    guard patients.insert(patient.uid).inserted else { return "" }
    return entries([mapping.patient(patient)])
  }

  /// The resources that record `entry`: a `Procedure`, an `Observation`, or a `Device` and a
  /// `DeviceUseStatement`; preceded by the patient's `Patient` when that has not been written yet.
  ///
  /// - Throws: ``FHIRExportError`` for an entry that no FHIR resource can hold; nothing is written
  ///   for it then, and the bundle can go on.
  public mutating func add(_ entry: DiaryEntry, of patient: Patient) throws(FHIRExportError) -> String {
    let resources = try mapping.resources(for: entry, patient: patient.uid)
    return add(patient: patient) + entries(resources)
  }

  /// Closes the Bundle. The strings returned since ``begin()`` are then one complete JSON document.
  public mutating func end() -> String {
    hasEntries ? "\n]}\n" : "}\n"
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
