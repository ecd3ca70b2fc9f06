/// The running counts behind one ``Cohort/InstrumentOutcome``.
struct ScoreTally: Sendable {
  private var patients = 0
  private var lastPatient = 0
  private var changes: [Double] = []
  private var judged = 0
  private var reached = 0

  /// Counts a change of patient number `patient` (patients are numbered from 1 as they are added).
  mutating func add(_ change: ScoreSummary.Change, patient: Int) {
    if patient != lastPatient {
      patients += 1
      lastPatient = patient
    }
    changes.append(change.change)
    if change.inWindows { judged += 1 }
    if change.reached { reached += 1 }
  }

  /// The outcome of the changes counted, against the threshold every report judged them by; nil
  /// without any.
  func outcome(_ instrument: Instrument) -> Cohort.InstrumentOutcome? {
    guard let quartiles = Quartiles(changes) else { return nil }
    return Cohort.InstrumentOutcome(
      instrument: instrument, threshold: instrument.threshold, n: changes.count,
      patients: patients, change: quartiles, judged: judged, reached: reached)
  }
}
