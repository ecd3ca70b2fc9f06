extension Cohort {
  /// The cohort with every figure that describes fewer than `minimum` patients (but some) suppressed,
  /// the usual small-cell rule for shared, anonymized output: such an outcome, breakdown, pooled effect,
  /// crutch total or questionnaire outcome keeps its kind and is marked `suppressed`, its counts 0 and its
  /// quartiles nil; fewer than `minimum` patients without entries are neither counted nor named, and
  /// a cohort of fewer than `minimum` patients does not say how many.
  /// Rows of no patients (a kind asked for without responses) stay: they describe nobody.
  public func suppressingSmallCells(below minimum: Int = 5) -> Cohort {
    func small(_ patients: Int) -> Bool { patients > 0 && patients < minimum }
    func suppressed(_ outcome: Outcome) -> Outcome {
      guard small(outcome.patients) else { return outcome }
      let none = Dictionary(uniqueKeysWithValues: Verdict.allCases.map { ($0, 0) })
      var hidden = Outcome(
        patients: 0, responses: 0, verdicts: none, finalVerdicts: none, change: nil, percentChange: nil)
      hidden.suppressed = true
      return hidden
    }
    var cohort = self
    cohort.smallCellMinimum = minimum
    if small(patients) {
      cohort.patients = 0
      cohort.patientsSuppressed = true
    }
    if small(patientsWithoutEntries) {
      cohort.patientsWithoutEntries = 0
      cohort.withoutEntries = []
      cohort.withoutEntriesSuppressed = true
    }
    cohort.treatments = treatments.map { treatment in
      var treatment = treatment
      treatment.outcome = suppressed(treatment.outcome)
      treatment.byLevel = treatment.byLevel.map { Group(value: $0.value, outcome: suppressed($0.outcome)) }
      treatment.byTarget = treatment.byTarget.map { Group(value: $0.value, outcome: suppressed($0.outcome)) }
      return treatment
    }
    cohort.pooledEffects = pooledEffects.map { pooled in
      let described = treatments.first { $0.kind == pooled.kind }?.outcome.patients ?? pooled.patients
      guard small(described) || small(pooled.patients) else { return pooled }
      var hidden = PooledEffect(
        kind: pooled.kind, pooled: nil, patients: 0, final: 0, interim: 0, confounded: 0, limited: 0)
      hidden.suppressed = true
      return hidden
    }
    cohort.crutchDays = crutchDays.map { total in
      guard small(total.patients) else { return total }
      var hidden = CrutchOutcome(kind: total.kind, days: nil, stillOnCrutches: 0, patients: 0)
      hidden.suppressed = true
      return hidden
    }
    cohort.opioids = opioids.map { outcome in
      guard small(outcome.patients) else { return outcome }
      var hidden = OpioidOutcome(
        kind: outcome.kind, daysToOpioidFree: nil, stillOnOpioids: 0, patients: 0, followedSixWeeks: 0,
        onOpioidsAtSixWeeks: 0)
      hidden.suppressed = true
      return hidden
    }
    cohort.questionnaires = questionnaires.map { surgery in
      QuestionnaireOutcome(
        kind: surgery.kind,
        instruments: surgery.instruments.map { outcome in
          guard small(outcome.patients) else { return outcome }
          var hidden = InstrumentOutcome(
            instrument: outcome.instrument, threshold: outcome.threshold, n: 0, patients: 0,
            change: Quartiles(q1: 0, median: 0, q3: 0), judged: 0, reached: 0)
          hidden.suppressed = true
          return hidden
        })
    }
    return cohort
  }
}
