import RecoveryModel

extension RecoveryStore {
  /// The surgery kinds, as SQL string literals.
  private static var surgeryKinds: String {
    TreatmentKind.allCases.filter { $0.category == .surgery }.map { "'\($0.rawValue)'" }
      .joined(separator: ", ")
  }

  /// The id of `patient`'s surgery (not removed) of the same kind, side and day as `treatment`, or nil
  /// when there is none or `treatment` is not a surgery: logging it again would count one operation
  /// twice.
  public func sameSurgery(as treatment: Treatment, for patient: Patient) throws -> Int? {
    guard treatment.category == .surgery else { return nil }
    return try translatingErrors {
      try connection.cached(
        """
        SELECT id FROM treatment WHERE patient_id = ? AND removed = 0 AND kind = ? AND side IS ? AND day = ?
        ORDER BY id LIMIT 1
        """
      ).rows([
        .integer(patient.id), .text(treatment.kind.rawValue), treatment.side.map { .text($0.rawValue) },
        .text(treatment.day.description),
      ]) { $0.int(0) }.first
    }
  }

  /// Surgeries logged more than once (same patient, kind, side and day, neither removed): one problem
  /// for each later copy, naming the first.
  func duplicateSurgeryProblems() throws -> [CheckProblem] {
    try connection.cached(
      """
      SELECT later.id, min(first.id), later.kind, later.day FROM treatment AS later
      JOIN treatment AS first ON first.patient_id = later.patient_id AND first.kind = later.kind
        AND first.side IS later.side AND first.day = later.day AND first.id < later.id AND first.removed = 0
      WHERE later.removed = 0 AND later.kind IN (\(Self.surgeryKinds))
      GROUP BY later.id
      """
    ).rows { row in
      CheckProblem(
        entryID: row.int(0),
        message:
          "the same surgery as #\(row.int(1)) (\(row.text(2)), same side, \(row.text(3))): logged twice?")
    }
  }
}
