import RecoveryModel

/// One ``WordTable`` per vocabulary a table stores, built once.
enum StoredWords {
  static let treatmentKind = WordTable<TreatmentKind>()
  static let side = WordTable<Side>()
  static let level = WordTable<ReleaseLevel>()
  static let approach = WordTable<SurgicalApproach>()
  static let target = WordTable<InjectionTarget>()
  static let guidance = WordTable<ImageGuidance>()
  static let location = WordTable<BodyLocation>()
  static let activity = WordTable<Activity>()
  static let symptomKind = WordTable<SymptomKind>()
  static let point = WordTable<TriggerPoint>()
  static let aid = WordTable<WalkingAid>()
  static let weightBearing = WordTable<WeightBearing>()
  static let instrument = WordTable<Instrument>()
  static let milestoneKind = WordTable<MilestoneKind>()
  static let targetKind = WordTable<TargetKind>()
  static let drug = WordTable<Drug>()
}
