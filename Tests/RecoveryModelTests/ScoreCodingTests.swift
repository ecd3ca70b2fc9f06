import Foundation
import RecoveryModel
import Testing

/// The JSON objects of scores, milestones and targets: their keys, and the forms `answers` is read in.
struct ScoreCodingTests {
  static let uid = UUID(uuidString: "0DDFF4AC-D986-41D4-844C-83C320ECF37F")!
  static let surgery = UUID(uuidString: "11111111-2222-3333-4444-555555555555")!
  static let day = CalendarDay("2024-11-20")!

  static func json(_ entry: DiaryEntry) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(entry), as: UTF8.self)
  }

  static func decode(_ json: String) throws -> DiaryEntry {
    try JSONDecoder().decode(DiaryEntry.self, from: Data(json.utf8))
  }

  @Test func aHOOSJRScoreHasPinnedKeys() throws {
    let entry = DiaryEntry.score(
      try ScoreEntry.hoosJR(
        answers: [2, 1, 1, 1, 1, 1], day: Self.day, time: TimeOfDay("09:00"), side: .right, note: "pre-op",
        id: 12, uid: Self.uid))
    #expect(
      try Self.json(entry)
        == #"{"answers":[2,1,1,1,1,1],"date":"2024-11-20","id":12,"instrument":"hoos-jr","note":"pre-op","raw":7,"#
        + #""score":67.516,"side":"right","time":"09:00","type":"score","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f"}"#
    )
    #expect(try Self.decode(try Self.json(entry)) == entry)
  }

  @Test func anOxfordTotalWritesNullAnswers() throws {
    let entry = DiaryEntry.score(try ScoreEntry.oxford(total: 40, day: Self.day, uid: Self.uid))
    let text = try Self.json(entry)
    #expect(text.contains(#""answers":null"#))
    #expect(text.contains(#""score":40"#))
    #expect(try Self.decode(text) == entry)
  }

  @Test func anIHOT12MeanReadsBackExactly() throws {
    let entry = DiaryEntry.score(
      try ScoreEntry.ihot12(answers: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 0, 0], day: Self.day))
    guard case .score(let back) = try Self.decode(try Self.json(entry)) else {
      Issue.record("not a score")
      return
    }
    #expect(back.score == 1000.0 / 12.0)
  }

  @Test func answersReadFromACSVCellsText() throws {
    let json =
      #"{"answers":"2 1 3 0 1 2","date":"2024-11-20","instrument":"hoos-jr","type":"score","#
      + #""uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f"}"#
    guard case .score(let entry) = try Self.decode(json) else {
      Issue.record("not a score")
      return
    }
    #expect(entry.answers == [2, 1, 3, 0, 1, 2])
    // Left out, raw and score come from the answers.
    #expect(entry.raw == 9)
    #expect(entry.score == 61.815)
  }

  @Test(arguments: ["2  1 3 0 1 2", " 2 1 3 0 1 2", "2,1,3,0,1,2", "2 1 x 0 1 2", "2 1 -3 0 1 2", ""])
  func answersTextOfAnyOtherFormIsRefused(text: String) {
    let json =
      #"{"answers":"\#(text)","date":"2024-11-20","instrument":"hoos-jr","type":"score","#
      + #""uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f"}"#
    #expect(throws: DecodingError.self) { try Self.decode(json) }
  }

  @Test func aScoreWithoutAnswersOrScoreIsRefused() {
    let json =
      #"{"date":"2024-11-20","instrument":"ihot-12","type":"score","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f"}"#
    #expect(throws: DecodingError.self) { try Self.decode(json) }
  }

  @Test func aMilestoneKeepsItsKindUnderKind() throws {
    let entry = DiaryEntry.milestone(
      MilestoneEntry(id: 3, uid: Self.uid, day: Self.day, kind: .walkWithoutAid, side: .left, note: "park"))
    #expect(
      try Self.json(entry)
        == #"{"date":"2024-11-20","id":3,"kind":"walk-without-aid","note":"park","side":"left","#
        + #""type":"milestone","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f"}"#)
    #expect(try Self.decode(try Self.json(entry)) == entry)
  }

  @Test func aTargetKeepsItsDaysAndSurgery() throws {
    for kind in TargetKind.allCases {
      let entry = DiaryEntry.target(
        MilestoneTarget(id: 4, uid: Self.uid, day: Self.day, kind: kind, days: 14, surgery: Self.surgery))
      let text = try Self.json(entry)
      #expect(text.contains(#""kind":"\#(kind.rawValue)""#))
      #expect(text.contains(#""days":14"#))
      #expect(text.contains(#""surgery":"11111111-2222-3333-4444-555555555555""#))
      #expect(!text.contains("time"))
      #expect(try Self.decode(text) == entry)
    }
  }

  @Test func historySortsTheNewTypesIn() throws {
    let score = try ScoreEntry.oxford(total: 30, day: Self.day)
    let milestone = MilestoneEntry(day: Self.day.adding(days: -1), kind: .drive)
    let target = MilestoneTarget(
      day: Self.day.adding(days: -2), kind: .offCrutches, days: 14, surgery: Self.surgery)
    let history = History(entries: [.score(score), .milestone(milestone), .target(target)])
    #expect(history.scores == [score])
    #expect(history.milestones == [milestone])
    #expect(history.targets == [target])
    #expect(!history.isEmpty)
    #expect(history.entries == [.target(target), .milestone(milestone), .score(score)])
  }
}
