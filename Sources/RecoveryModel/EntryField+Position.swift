extension EntryField {
  /// The field's position in `allCases`: a switch, since a dictionary would hash the field's name
  /// for every cell of every entry.
  package var position: Int {
    switch self {
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
