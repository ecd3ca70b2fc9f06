/// One ``WordTable`` per vocabulary an entry's fields hold, built once: the store reads its columns'
/// words with them, the imports their cells'.
@usableFromInline
package enum WordTables {
  @usableFromInline package static let entryType = WordTable<EntryType>()
  @usableFromInline package static let treatmentKind = WordTable<TreatmentKind>()
  @usableFromInline package static let side = WordTable<Side>()
  @usableFromInline package static let level = WordTable<ReleaseLevel>()
  @usableFromInline package static let approach = WordTable<SurgicalApproach>()
  @usableFromInline package static let target = WordTable<InjectionTarget>()
  @usableFromInline package static let guidance = WordTable<ImageGuidance>()
  @usableFromInline package static let location = WordTable<BodyLocation>()
  @usableFromInline package static let activity = WordTable<Activity>()
  @usableFromInline package static let symptomKind = WordTable<SymptomKind>()
  @usableFromInline package static let point = WordTable<TriggerPoint>()
  @usableFromInline package static let aid = WordTable<WalkingAid>()
  @usableFromInline package static let weightBearing = WordTable<WeightBearing>()
  @usableFromInline package static let instrument = WordTable<Instrument>()
  @usableFromInline package static let milestoneKind = WordTable<MilestoneKind>()
  @usableFromInline package static let targetKind = WordTable<TargetKind>()
  @usableFromInline package static let drug = WordTable<Drug>()
}
