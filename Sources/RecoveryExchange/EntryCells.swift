import RecoveryModel

/// An entry's exported object as cells by `EntryField`: the fields ``ExportedEntry`` encodes, with
/// the same values, for writers that lay out a million entries without a `JSONEncoder` per entry.
///
/// A field the object leaves out is nil; one it writes as `null` is `ExportCell/null`. The export
/// tests check that both writers print what `list --format json` and `--format csv` print.
struct EntryCells {
  /// Every field, in `EntryField`'s order (the CSV columns' order).
  static let fields = EntryField.allCases

  /// The cells of the entry last filled in, in ``fields``' order.
  private(set) var cells = [ExportCell?](repeating: nil, count: EntryCells.fields.count)

  init() {
    assert(Self.fields.enumerated().allSatisfy { Self.position(of: $0.element) == $0.offset })
  }

  /// The cell of `field`.
  subscript(field: EntryField) -> ExportCell? {
    cells[Self.position(of: field)]
  }

  /// The cell at `position` in ``fields``.
  subscript(position position: Int) -> ExportCell? {
    cells[position]
  }

  /// Replaces the cells with those of `entry`.
  /// - Parameter removed: nil leaves the `removed` field out.
  mutating func fill(_ entry: DiaryEntry, patient: String, removed: Bool?) {
    for index in cells.indices { cells[index] = nil }
    set(.type, .word(entry.type.rawValue))
    set(.patient, .text(patient))
    set(.removed, removed.map { .flag($0) })
    set(.id, entry.id.map { .integer($0) })
    set(.uid, .uid(entry.uid))
    switch entry {
    case .treatment(let t):
      setHead(day: t.day, time: t.time)
      set(.kind, .word(t.kind.rawValue))
      set(.category, .word(t.category.rawValue))
      set(.name, text(t.name))
      set(.side, word(t.side))
      set(.level, word(t.level))
      set(.approach, word(t.approach))
      set(.target, word(t.target))
      set(.guidance, word(t.guidance))
      set(.agent, text(t.agent))
      set(.dose, text(t.dose))
      set(.round, t.round.map { .integer($0) })
      set(.provider, text(t.provider))
      set(.finding, text(t.finding))
      set(.note, text(t.note))
    case .pain(let p):
      setHead(day: p.day, time: p.time)
      set(.score, .integer(p.score))
      setPlace(location: p.location, side: p.side, activity: p.activity, note: p.note)
    case .symptom(let s):
      setHead(day: s.day, time: s.time)
      set(.kind, .word(s.kind.rawValue))
      set(.count, s.count.map { .integer($0) })
      set(.severity, s.severity.map { .integer($0) })
      set(.point, word(s.point))
      setPlace(location: s.location, side: s.side, activity: s.activity, note: s.note)
    case .aid(let a):
      set(.aid, .word(a.aid.rawValue))
      set(.from, .day(a.from))
      set(.to, a.to.map { .day($0) } ?? .null)
      set(.weightBearing, word(a.weightBearing))
      set(.side, word(a.side))
      set(.note, text(a.note))
    case .score(let q):
      setHead(day: q.day, time: q.time)
      set(.instrument, .word(q.instrument.rawValue))
      set(.answers, q.answers.map { .integers($0) } ?? .null)
      set(.raw, q.raw.map { .integer($0) })
      set(.score, .decimal(q.score))
      set(.side, word(q.side))
      set(.note, text(q.note))
    case .milestone(let m):
      setHead(day: m.day, time: m.time)
      set(.kind, .word(m.kind.rawValue))
      set(.side, word(m.side))
      set(.note, text(m.note))
    case .target(let t):
      setHead(day: t.day, time: nil)
      set(.kind, .word(t.kind.rawValue))
      set(.days, .integer(t.days))
      set(.surgery, .uid(t.surgery))
      set(.note, text(t.note))
    case .medication(let m):
      if m.isCourse {
        set(.from, .day(m.day))
        set(.to, m.to.map { .day($0) } ?? .null)
      } else {
        setHead(day: m.day, time: m.time)
      }
      set(.drug, .word(m.drug.rawValue))
      set(.name, text(m.name))
      set(.dose, m.dose.map { .decimal($0) })
      set(.times, .integer(m.times))
      set(.asNeeded, m.asNeeded ? .flag(true) : nil)
      set(.note, text(m.note))
    }
  }

  private mutating func set(_ field: EntryField, _ cell: ExportCell?) {
    cells[Self.position(of: field)] = cell
  }

  private mutating func setHead(day: CalendarDay, time: TimeOfDay?) {
    set(.date, .day(day))
    set(.time, time.map { .time($0) })
  }

  private mutating func setPlace(location: BodyLocation?, side: Side?, activity: Activity?, note: String?) {
    set(.location, word(location))
    set(.side, word(side))
    set(.activity, word(activity))
    set(.note, text(note))
  }

  private func text(_ value: String?) -> ExportCell? {
    value.map { .text($0) }
  }

  private func word<V: Vocabulary>(_ value: V?) -> ExportCell? {
    value.map { .word($0.rawValue) }
  }

  /// The field's position in ``fields``: a switch, since a dictionary would hash the field's name
  /// for every cell of every entry. The export tests compare every column with `list`'s.
  private static func position(of field: EntryField) -> Int {
    switch field {
    case .id: 0
    case .uid: 1
    case .type: 2
    case .patient: 3
    case .date: 4
    case .from: 5
    case .to: 6
    case .time: 7
    case .kind: 8
    case .category: 9
    case .name: 10
    case .instrument: 11
    case .answers: 12
    case .raw: 13
    case .score: 14
    case .count: 15
    case .severity: 16
    case .point: 17
    case .location: 18
    case .side: 19
    case .activity: 20
    case .aid: 21
    case .weightBearing: 22
    case .level: 23
    case .approach: 24
    case .target: 25
    case .guidance: 26
    case .agent: 27
    case .dose: 28
    case .drug: 29
    case .times: 30
    case .asNeeded: 31
    case .round: 32
    case .days: 33
    case .surgery: 34
    case .provider: 35
    case .finding: 36
    case .note: 37
    case .removed: 38
    }
  }
}
