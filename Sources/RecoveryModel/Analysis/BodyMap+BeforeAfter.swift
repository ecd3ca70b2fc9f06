extension BodyMap {
  /// The map before and after a surgery, over the windows its pain response is judged on: the
  /// baseline window before it and its follow-up window after, so the figures sit beside the
  /// responses table's. After a left or right surgery it maps that side's entries, those for both
  /// sides (counted on that side) and those without a side, as its response counts pain.
  public struct BeforeAfter: Sendable, Equatable, Codable {
    /// The surgery.
    public var surgery: TreatmentReference
    /// The baseline window before it.
    public var before: BodyMap
    /// The follow-up window after it, up to the report day while it runs; nil until it has begun.
    @NullWhenAbsent public var after: BodyMap?
    /// Whether the follow-up window was still running on the report day.
    public var partial: Bool

    /// Creates a comparison.
    public init(surgery: TreatmentReference, before: BodyMap, after: BodyMap?, partial: Bool) {
      self.surgery = surgery
      self.before = before
      self.after = after
      self.partial = partial
    }

    /// Maps the entries before and after `surgery`, in the windows `windows` sets for its kind.
    ///
    /// - Parameters:
    ///   - surgery: the surgery; on or before `asOf`.
    ///   - pain: every pain entry; entries after `asOf` are ignored.
    ///   - symptoms: every symptom entry; entries after `asOf` are ignored.
    ///   - filter: which pain entries count.
    ///   - windows: the baseline and follow-up windows.
    ///   - asOf: the report day.
    public static func make(
      surgery: TreatmentReference, pain: [PainEntry], symptoms: [SymptomEntry], filter: PainFilter,
      windows: ResponseWindows, asOf: CalendarDay
    ) -> BeforeAfter {
      let before = ResponseAnalysis.span(windows.baseline, after: surgery.date, asOf: asOf)
      let after = ResponseAnalysis.span(windows.followUp(for: surgery.kind), after: surgery.date, asOf: asOf)
      let side: Side? = surgery.side == .both ? nil : surgery.side
      let sidedPain = pain.filter { SurgerySide.counts($0.side, for: side) }
      let sidedSymptoms = symptoms.filter { SurgerySide.counts($0.side, for: side) }
      func map(_ from: CalendarDay, _ to: CalendarDay) -> BodyMap {
        BodyMap.make(
          pain: sidedPain, symptoms: sidedSymptoms, filter: filter, bothSidesOn: side, from: from,
          to: min(to, asOf))
      }
      return BeforeAfter(
        surgery: surgery, before: map(before.from, before.to ?? before.plannedTo),
        after: after.to.map { map(after.from, $0) }, partial: after.partial)
    }
  }
}
