#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A procedure or treatment on a given day: a surgery, an injection or a therapy.
public struct Treatment: Sendable, Equatable, Codable {
  /// The entry's id, unique across all entry types in a database (`#42`); nil until stored.
  public var id: Int?
  /// A stable identifier that survives export, import and merge.
  public var uid: UUID
  /// The day of the treatment.
  public var day: CalendarDay
  /// The time of day, when the patient gave one.
  public var time: TimeOfDay?
  /// What was done.
  public var kind: TreatmentKind
  /// A free name; required for `other`, optional otherwise (for example a brand or a clinic's term).
  public var name: String?
  /// Which hip.
  public var side: Side?
  /// Psoas release only: where the tendon was cut.
  public var level: ReleaseLevel?
  /// Surgeries only: arthroscopic or open.
  public var approach: SurgicalApproach?
  /// Injections only: the structure injected.
  public var target: InjectionTarget?
  /// Injections only: the imaging that guided the needle.
  public var guidance: ImageGuidance?
  /// What was injected or applied, such as "triamcinolone 40 mg" or "dextrose 15%".
  public var agent: String?
  /// The dose, as free text.
  public var dose: String?
  /// The round within a series (prolotherapy round 2), from 1.
  public var round: Int?
  /// The surgeon, clinic or therapist.
  public var provider: String?
  /// What the surgeon found, such as "cup overhanging".
  public var finding: String?
  /// Anything else.
  public var note: String?

  /// Creates a treatment; `uid` defaults to a new random UUID.
  public init(
    id: Int? = nil, uid: UUID = UUID(), day: CalendarDay, time: TimeOfDay? = nil, kind: TreatmentKind,
    name: String? = nil, side: Side? = nil, level: ReleaseLevel? = nil, approach: SurgicalApproach? = nil,
    target: InjectionTarget? = nil, guidance: ImageGuidance? = nil, agent: String? = nil,
    dose: String? = nil, round: Int? = nil, provider: String? = nil, finding: String? = nil,
    note: String? = nil
  ) {
    self.id = id
    self.uid = uid
    self.day = day
    self.time = time
    self.kind = kind
    self.name = name
    self.side = side
    self.level = level
    self.approach = approach
    self.target = target
    self.guidance = guidance
    self.agent = agent
    self.dose = dose
    self.round = round
    self.provider = provider
    self.finding = finding
    self.note = note
  }

  /// The category derived from the kind.
  public var category: TreatmentCategory { kind.category }

  /// A short human label: the name for `other`, else the kind's display name.
  public var label: String {
    if kind == .other, let name, !name.isEmpty { return name }
    return kind.label
  }

  /// Checks the treatment against the domain's rules.
  ///
  /// - Parameter today: the patient's today; treatments cannot be dated after it. Nil skips that rule
  ///   (for treatments stored earlier, which met it on the day they were entered).
  /// - Throws: ``EntryError`` naming the first problem found.
  public func validate(today: CalendarDay?) throws(EntryError) {
    try Validation.notInFuture(day, today: today)
    if kind == .other, (name ?? "").isEmpty { throw .nameRequired }
    if level != nil, kind != .psoasRelease {
      throw .detailNotApplicable(field: .level, kind: kind, appliesTo: [.psoasRelease])
    }
    if approach != nil, category != .surgery {
      throw .detailNotApplicable(field: .approach, kind: kind, appliesTo: Self.kinds(in: .surgery))
    }
    if target != nil, category != .injection {
      throw .detailNotApplicable(field: .target, kind: kind, appliesTo: Self.kinds(in: .injection))
    }
    if guidance != nil, category != .injection {
      throw .detailNotApplicable(field: .guidance, kind: kind, appliesTo: Self.kinds(in: .injection))
    }
    try Validation.within(Self.roundRange, round, field: .round)
    // One call per field: a loop over (name, text) pairs here crashed the 6.3 optimizer.
    try Validation.textFits(name, field: .name)
    try Validation.textFits(agent, field: .agent)
    try Validation.textFits(dose, field: .dose)
    try Validation.textFits(provider, field: .provider)
    try Validation.textFits(finding, field: .finding)
    try Validation.textFits(note, field: .note)
  }

  /// The round numbers a treatment accepts: 1 to 100.
  public static let roundRange = 1...100

  /// The kinds of a category, in declaration order.
  static func kinds(in category: TreatmentCategory) -> [TreatmentKind] {
    TreatmentKind.allCases.filter { $0.category == category }
  }
}
