/// The running estimates behind one ``Cohort/PooledEffect``: each patient's final estimates, and the
/// counts of those left out.
struct EffectTally: Sendable {
  /// Per patient (in the order added): the sum of weights and of weighted effects of their final
  /// estimates.
  private var perPatient: [(weight: Double, weighted: Double)] = []
  private var lastPatient = 0
  private var final = 0
  private var interim = 0
  private var confounded = 0
  private var limited = 0

  /// Counts a response of patient number `patient` (numbered from 1 as they are added).
  mutating func add(_ response: TreatmentResponse, patient: Int) {
    guard response.showsFigures, let effect = response.effect else { return }
    if response.partial {
      interim += 1
    } else if response.isConfounded {
      confounded += 1
    } else if effect.blocksImprovement || effect.blocksWorsening {
      limited += 1
    } else if effect.standardError > 0 {
      final += 1
      let weight = 1 / (effect.standardError * effect.standardError)
      if patient != lastPatient {
        perPatient.append((0, 0))
        lastPatient = patient
      }
      perPatient[perPatient.count - 1].weight += weight
      perPatient[perPatient.count - 1].weighted += weight * effect.effect.estimate
    }
  }

  func pooled(_ kind: TreatmentKind) -> Cohort.PooledEffect {
    let pooled = RandomEffects(
      effects: perPatient.map { $0.weighted / $0.weight }, variances: perPatient.map { 1 / $0.weight })
    return Cohort.PooledEffect(
      kind: kind, pooled: pooled, patients: perPatient.count, final: final, interim: interim,
      confounded: confounded, limited: limited)
  }
}
