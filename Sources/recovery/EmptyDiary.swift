import RecoveryModel
import RecoveryStore

/// What to say when the chosen patient's diary is empty: a newcomer who built the demo and then asks
/// for the default patient's report learns which patients do have entries, and how to choose one.
enum EmptyDiary {
  /// At most this many names are listed; `recovery patients` lists them all.
  static let namesShown = 5

  /// `No entries yet for default. Patients with entries: demo (--patient demo).`, or nil when
  /// `patient` has entries (removed ones aside) or no other patient has any.
  static func otherPatientsLine(for patient: Patient, in store: RecoveryStore) throws -> String? {
    let withEntries = try store.patientsWithEntries()
    guard !withEntries.contains(where: { $0.id == patient.id }) else { return nil }
    let others = withEntries.map(\.name)
    guard let first = others.first else { return nil }
    var names = others.prefix(namesShown).map(\.oneLine).joined(separator: ", ")
    if others.count > namesShown { names += " and \(others.count - namesShown) more (recovery patients)" }
    let choose = others.count == 1 ? "--patient \(shellWord(first))" : "--patient NAME"
    return "No entries yet for \(patient.name.oneLine). Patients with entries: \(names) (\(choose))."
  }

  /// The name as one word a shell reads back unchanged: quoted when it holds anything but letters,
  /// digits and `-_.@+,:/`.
  static func shellWord(_ name: String) -> String {
    let plain =
      !name.isEmpty
      && name.unicodeScalars.allSatisfy {
        "-_.@+,:/".unicodeScalars.contains($0) || $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }
    if plain { return name.oneLine }
    return "'"
      + name.oneLine.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
