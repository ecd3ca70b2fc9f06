import RecoveryDemo
import RecoveryModel
import RecoveryTestSupport
import Testing

@testable import RecoveryStore

/// Merging each entry type's list, as read in diary order, gives what sorting all of them would.
struct MergedEntriesTests {
  /// Lists of one type each, every list in diary order, with many days, times and their absence
  /// shared across the lists.
  static func lists(_ random: inout SplitMix64, ordered: Bool, least: Int = 1) -> [[DiaryEntry]] {
    var id = 0
    let types = random.int(in: least...4)
    return (0..<types).map { type in
      var list = (0..<random.int(in: 0...40)).map { _ -> DiaryEntry in
        id += 1
        let day = CalendarDay(year: 2024, month: 1, day: 1 + random.int(in: 0...4))!
        let time = random.chance(0.3) ? nil : TimeOfDay(hour: 8 + random.int(in: 0...1), minute: 0)
        switch type {
        case 0: return .pain(PainEntry(id: id, day: day, time: time, score: 3))
        case 1: return .symptom(SymptomEntry(id: id, day: day, time: time, kind: .catching, count: 1))
        case 2: return .treatment(Treatment(id: id, day: day, time: time, kind: .cortisone))
        default: return .aid(AidPeriod(id: id, aid: .cane, from: day))
        }
      }
      if ordered { list.sort(by: DiaryEntry.diaryOrder) }
      return list
    }
  }

  @Test func mergingListsInOrderIsSortingThem() {
    let seed = TestSeed.fixed(20_261_125)
    var random = SplitMix64(seed: seed.value)
    for _ in 0..<200 {
      let lists = Self.lists(&random, ordered: true)
      let merged = RecoveryStore.merged(lists)
      #expect(merged == lists.flatMap { $0 }.sorted(by: DiaryEntry.diaryOrder), "\(seed)")
    }
  }

  /// Merging lists out of order sorts them instead; one list alone is taken as it is.
  @Test func listsOutOfOrderAreSortedInstead() {
    let seed = TestSeed.fixed(7)
    var random = SplitMix64(seed: seed.value)
    for _ in 0..<200 {
      let lists = Self.lists(&random, ordered: false, least: 2)
      #expect(
        RecoveryStore.merged(lists) == lists.flatMap { $0 }.sorted(by: DiaryEntry.diaryOrder), "\(seed)")
    }
  }

  @Test func entriesWithoutIDsKeepTheirListsOrderOnATie() {
    let day = CalendarDay(year: 2024, month: 1, day: 1)!
    let pain = DiaryEntry.pain(PainEntry(day: day, score: 1))
    let symptom = DiaryEntry.symptom(SymptomEntry(day: day, kind: .clicking))
    #expect(RecoveryStore.merged([[pain], [symptom]]) == [pain, symptom])
    #expect(RecoveryStore.merged([[symptom], [pain]]) == [symptom, pain])
  }
}
