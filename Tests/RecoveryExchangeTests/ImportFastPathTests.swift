import Foundation
import RecoveryDemo
import RecoveryExchange
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// The reading of CSV records straight from their bytes (``ImportedEntry/init(record:columns:)``)
/// against the reading of the same cells as text (``ImportedEntry/init(fields:)``), and the
/// hand-written canonical content of pain and symptom entries against the generic encoder: seeded
/// random rows of every entry type, valid and not, and near misses in every field of a valid pain
/// and symptom row, must give the same entries, the same errors and the same derived uids.
struct ImportFastPathTests {
  private static let rounds = 5_000

  /// Cells of every kind: words of every vocabulary, near misses, numbers, dates, times, uids and
  /// free text with quotes, line breaks and non-Latin letters.
  private static let cellPool: [String] = {
    var cells = [
      "", "", "", " ", "5", "0", "10", "11", "-1", "+3", "05", " 5", "5.0", "five", "2", "42",
      "2024-11-01", "2023-02-29", "2024-02-29", "2024-13-01", "24-11-01", "2099-01-01", "1999-12-31",
      "07:30", "23:59", "24:00", "7:30", "07:60", "true", "false", "TRUE", "yes",
      "3f1e3b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "3F1E3B2A-1C2D-4E5F-8A9B-0C1D2E3F4A5B", "not-a-uuid",
      "pain", "symptom", "treatment", "aid", "score", "milestone", "target", "Pain", "pian",
      "Groin", "front thigh", "left ", "default", "Ana María", "患者", "\"quoted\"", "a,b", "line\nbreak",
      "tab\there", "back\\slash", "\u{1}", "é中文🦴", "עברית", "worse on the stairs",
    ]
    cells += nearMisses
    cells += BodyLocation.allCases.map(\.rawValue) + Side.allCases.map(\.rawValue)
    cells += Activity.allCases.map(\.rawValue) + SymptomKind.allCases.map(\.rawValue)
    cells += TriggerPoint.allCases.map(\.rawValue) + TreatmentKind.allCases.map(\.rawValue)
    cells += WalkingAid.allCases.map(\.rawValue) + MilestoneKind.allCases.map(\.rawValue)
    cells += Instrument.allCases.map(\.rawValue) + EntryType.allCases.map(\.rawValue)
    return cells
  }()

  /// Cells that almost read: signs, spaces and zeros around numbers, impossible days and times,
  /// words in upper case, with look-alike letters, combining marks or a byte order mark.
  static let nearMisses = [
    "+3", "-0", "+", "-", "++3", "3+", " 5", "5 ", "05", "007", "0x5", "5_0", "1e1", "٣", "５", "−1",
    "99999999999999999999", "-9223372036854775808", "9223372036854775807", "9223372036854775808",
    "2024-02-30", "2024-02-29", "2023-02-29", "2024-00-10", "2024-1-01", "2024-11-1", "2024/11/01",
    "0000-01-01", "+024-11-01", " 2024-11-01", "2024-11-01 ", "２０２４-11-01", "2024‐11‐01",
    "24:00", "23:60", "07:5", "7:05", "07:05:00", "07-05", "٠٧:٣٠", "+7:30", "-0:30",
    "PAIN", "Pain", "pain ", " pain", "ｐａｉｎ", "pаin", "pain\u{301}", "\u{FEFF}pain", "pain\u{FEFF}",
    "GROIN", "Groin", "groin\u{200B}", "front thigh", "front_thigh", "left\u{301}", "LEFT", "Ｌeft",
    "TRUE", "True", "true ", "\u{FEFF}true", "0", "1", "\u{FEFF}", "\u{FEFF}5", "5\u{FEFF}",
    "\u{212A}", "3F1E3B2A-1C2D-4E5F-8A9B-0C1D2E3F4A5B", "{3f1e3b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5b}",
    "3f1e3b2a1c2d4e5f8a9b0c1d2e3f4a5b", "3f1e3b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5",
    "3f1e3b2a-1c2d-4e5f-8a9b_0c1d2e3f4a5b",
    "3f1e3b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5g", "3f1e3b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5bb", "ｄ",
  ]

  /// Cells that are not UTF-8: a lone continuation byte, a cut sequence, an overlong encoding, a
  /// surrogate, and bytes that are never UTF-8.
  static let notUTF8: [[UInt8]] = [
    [0x80], [0xFF], [0x70, 0x61, 0x69, 0x6E, 0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x35, 0xFE],
    [0xE4, 0xB8], [0xF4, 0x90, 0x80, 0x80],
  ]

  /// A record of `cells`, filled as the CSV reader fills it.
  static func record(_ cells: [[UInt8]]) -> CSVRecord {
    var record = CSVRecord()
    for cell in cells {
      // Some cells a byte at a time, some in one piece.
      if cell.count % 2 == 0 {
        for byte in cell { record.append(byte) }
      } else {
        cell.withUnsafeBufferPointer { record.append(contentsOf: $0) }
      }
      record.endCell()
    }
    return record
  }

  /// The generic reading of a row: its non-empty cells as text.
  static func generic(_ cells: [[UInt8]], _ columns: [EntryField]) -> Result<ImportedEntry, EntryReadError> {
    var fields: [EntryField: ImportedValue] = [:]
    for (field, cell) in zip(columns, cells) where !cell.isEmpty {
      fields[field] = .text(String(decoding: cell, as: UTF8.self))
    }
    return Result { () throws(EntryReadError) in try ImportedEntry(fields: fields) }
  }

  /// A value likely to be valid for `field`, so that many rows read.
  private static func likely(_ field: EntryField, type: EntryType, _ random: inout SplitMix64) -> String {
    switch field {
    case .type: type.rawValue
    case .date, .from: random.pick(["2024-11-01", "2023-06-05", "2022-01-31"])
    case .to: random.pick(["", "2024-12-01"])
    case .time: random.pick(["", "07:30", "21:05"])
    case .score where type == .pain: String(random.int(in: 0...10))
    case .count, .severity: random.pick(["", "1", "4", "9"])
    case .kind where type == .symptom: random.pick(SymptomKind.allCases).rawValue
    case .kind where type == .treatment: random.pick(TreatmentKind.allCases).rawValue
    case .kind where type == .milestone: random.pick(MilestoneKind.allCases).rawValue
    case .point: random.pick([""] + TriggerPoint.allCases.map(\.rawValue))
    case .location: random.pick([""] + BodyLocation.allCases.map(\.rawValue))
    case .side: random.pick([""] + Side.allCases.map(\.rawValue))
    case .activity: random.pick([""] + Activity.allCases.map(\.rawValue))
    case .aid: random.pick(WalkingAid.allCases).rawValue
    case .note, .patient:
      random.pick(["", "after physio", "\"quoted\", with a comma", "中文 é 🦴", "line\nbreak", "Ana María"])
    case .uid: random.pick(["", "", "3f1e3b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5b"])
    case .removed: random.pick(["", "", "false", "true"])
    default: random.pick(cellPool)
    }
  }

  /// A random row: some columns in random order, each cell likely valid, sometimes anything.
  private static func row(_ random: inout SplitMix64) -> (columns: [EntryField], cells: [String]) {
    let type = random.pick(random.chance(0.8) ? [EntryType.pain, .symptom] : EntryType.allCases)
    var columns = EntryField.allCases.filter { _ in random.chance(0.5) }
    for field in [EntryField.type, .date, .score, .kind] where random.chance(0.9) && !columns.contains(field)
    {
      columns.append(field)
    }
    columns.shuffle(using: &random)
    var cells = columns.map { field in
      random.chance(0.9) ? likely(field, type: type, &random) : random.pick(cellPool)
    }
    if random.chance(0.1), !cells.isEmpty { cells.removeLast(random.int(in: 0...(cells.count - 1))) }
    return (columns, cells)
  }

  @Test func csvRowsReadFromTheirBytesAsFromTheirText() {
    let seed = TestSeed.fixed(8)
    var random = SplitMix64(seed: seed.value)
    var read: [EntryType: Int] = [:]
    var refused = 0
    var notText = 0
    for _ in 0..<Self.rounds {
      let (columns, texts) = Self.row(&random)
      var cells = texts.map { Array($0.utf8) }
      let utf8 = cells.isEmpty || random.chance(0.95)
      if !utf8 { cells[random.int(in: 0...(cells.count - 1))] = random.pick(Self.notUTF8) }
      let record = Self.record(cells)
      #expect(record.isUTF8 == utf8, "\(seed): \(cells)")
      #expect(record.count == cells.count)
      let generic = Self.generic(cells, columns)
      let direct = Result { () throws(EntryReadError) in try ImportedEntry(record: record, columns: columns) }
      #expect(direct == generic, "\(seed): \(columns) \(cells)")
      guard utf8 else {
        #expect(record.texts == nil)
        notText += 1
        continue
      }
      #expect(record.texts == texts)
      let fromTexts = Result { () throws(EntryReadError) in try ImportedEntry(cells: texts, columns: columns)
      }
      #expect(fromTexts == generic, "\(seed): \(columns) \(texts)")
      switch generic {
      case .success(let imported): read[imported.entry.type, default: 0] += 1
      case .failure: refused += 1
      }
    }
    // The rows must exercise both outcomes for the types read directly.
    #expect(read[.pain, default: 0] > 250, "\(seed): \(read)")
    #expect(read[.symptom, default: 0] > 250, "\(seed): \(read)")
    #expect(refused > 250, "\(seed)")
    #expect(notText > 100, "\(seed)")
  }

  /// A valid pain row and a valid symptom row with every column, each cell in turn replaced by
  /// every near miss, every pool cell and every cell that is not UTF-8.
  @Test(arguments: [
    [
      "type": "pain", "uid": "3f1e3b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "patient": "Ana María",
      "date": "2024-11-01", "time": "07:30", "score": "5", "location": "groin", "side": "left",
      "activity": "stairs", "note": "after \"physio\", 中文", "removed": "false",
    ],
    [
      "type": "symptom", "date": "2024-02-29", "time": "23:59", "kind": "clicking", "count": "3",
      "severity": "+4", "point": "", "location": "front-thigh", "side": "right", "activity": "walking",
      "removed": "true", "note": "",
    ],
  ])
  func nearMissesInEveryFieldReadFromTheirBytesAsFromTheirText(row: [String: String]) throws {
    let columns = row.keys.compactMap(EntryField.init(rawValue:)).sorted { $0.rawValue < $1.rawValue }
    #expect(columns.count == row.count)
    let base = columns.map { Array(row[$0.rawValue]!.utf8) }
    #expect(try ImportedEntry(record: Self.record(base), columns: columns).entry.type.rawValue == row["type"])
    let replacements = (Self.nearMisses + Self.cellPool).map { Array($0.utf8) } + Self.notUTF8
    var read = 0
    for index in columns.indices {
      for replacement in replacements {
        var cells = base
        cells[index] = replacement
        let generic = Self.generic(cells, columns)
        let direct = Result { () throws(EntryReadError) in
          try ImportedEntry(record: Self.record(cells), columns: columns)
        }
        #expect(direct == generic, "\(columns[index]): \(String(decoding: replacement, as: UTF8.self))")
        guard case .success = generic else { continue }
        read += 1
      }
    }
    #expect(read > 100)
  }

  @Test func canonicalContentAndDerivedUIDsMatchTheEncoder() {
    let seed = TestSeed.fixed(9)
    var random = SplitMix64(seed: seed.value)
    var compared = 0
    for _ in 0..<Self.rounds {
      let (columns, cells) = Self.row(&random)
      guard let imported = try? ImportedEntry(cells: cells, columns: columns) else { continue }
      let entry = imported.entry
      let content = entry.canonicalContent
      #expect(content == entry.encodedCanonicalContent, "\(seed): \(columns) \(cells)")
      let patient = imported.patient ?? "default"
      #expect(
        DiaryEntry.derivedUID(patient: patient, content: content, occurrence: 1)
          == DiaryEntry.derivedUID(patient: patient, content: entry.encodedCanonicalContent, occurrence: 1))
      compared += 1
    }
    #expect(compared > 500, "\(seed)")
  }

  /// Patients whose names need escaping, or whose bytes differ while their text compares equal
  /// (`é` composed and decomposed).
  private static let patients = [
    "default", "Ana María", "Ana Mari\u{301}a", "\"quoted\"", "back\\slash", "tab\there\nnew\rline",
    "\u{1}\u{8}\u{c}\u{1f}\u{7f}", "患者", "עברית", "🦴🏃‍♀️", "",
  ]

  /// Every type's content, written as bytes, is the encoder's text byte for byte, and the builder's
  /// uids, with one builder reused from entry to entry, are the reference derivation's.
  @Test func contentBytesAndBuilderUIDsMatchTheStringDerivation() {
    let seed = TestSeed.fixed(10)
    var random = SplitMix64(seed: seed.value)
    var builder = DerivedUIDBuilder()
    var compared: [EntryType: Int] = [:]
    // A note longer than the builder's first buffer makes it grow.
    let long = String(repeating: "a \"long\" note ", count: 40)
    let day = CalendarDay("2024-11-01")!
    var entries =
      SeedStory.entries() + [
        .pain(PainEntry(day: day, score: 3, note: long)),
        .medication(
          MedicationEntry(drug: .oxycodone, day: day, dose: 7.5, times: 2, asNeeded: true, note: long)),
      ]
    for _ in 0..<Self.rounds {
      let (columns, cells) = Self.row(&random)
      if let imported = try? ImportedEntry(cells: cells, columns: columns) { entries.append(imported.entry) }
    }
    for entry in entries {
      let encoded = entry.encodedCanonicalContent
      #expect(Array(entry.canonicalContent.utf8) == Array(encoded.utf8), "\(seed): \(entry)")
      let patient = random.pick(Self.patients)
      builder.start(patient: patient, entry: entry)
      for occurrence in [0, 1, 2, 10] {
        let expected = Self.referenceUID(patient: patient, content: encoded, occurrence: occurrence)
        #expect(builder.uid(occurrence: occurrence) == expected, "\(seed): \(patient) \(entry)")
        #expect(
          DiaryEntry.derivedUID(patient: patient, content: encoded, occurrence: occurrence) == expected,
          "\(seed): \(patient) \(entry)")
      }
      compared[entry.type, default: 0] += 1
    }
    for type in EntryType.allCases {
      #expect(compared[type, default: 0] > 0, "\(seed): \(compared)")
    }
    #expect(compared[.pain, default: 0] > 1000, "\(seed): \(compared)")
    #expect(compared[.symptom, default: 0] > 1000, "\(seed): \(compared)")
  }

  /// Pain and symptom notes of every kind of character, written as bytes, escape as the encoder
  /// escapes them.
  @Test(
    arguments: ImportFastPathTests.patients + [
      "a\u{0}b", "\u{1f}\"\\\n", "mixed \"é\" and \\u{41}", String(repeating: "long ", count: 60),
    ])
  func notesEscapeAsTheEncoderEscapesThem(note: String) {
    let day = CalendarDay("2024-11-01")!
    let entries: [DiaryEntry] = [
      .pain(PainEntry(day: day, time: TimeOfDay(hour: 7, minute: 5), score: 0, note: note)),
      .symptom(SymptomEntry(day: day, kind: .catching, count: 12, severity: 3, note: note)),
    ]
    for entry in entries {
      #expect(Array(entry.canonicalContent.utf8) == Array(entry.encodedCanonicalContent.utf8))
    }
  }

  /// Days and numbers outside the usual ranges still write as `description` and `String(_:)`.
  @Test(arguments: [-800_000, -719_468, -1, 0, 19_000, 2_932_896, 3_000_000])
  func daysAndNumbersAtTheEdgesWriteAsTheirText(dayNumber: Int) {
    let day = CalendarDay(dayNumber: dayNumber)
    for number in [Int.min, -10, -1, 0, 9, 10, 99_999, Int.max] {
      let entry = DiaryEntry.symptom(SymptomEntry(day: day, kind: .numbness, count: number, severity: number))
      #expect(Array(entry.canonicalContent.utf8) == Array(entry.encodedCanonicalContent.utf8), "\(number)")
    }
  }

  /// The derivation as first written, over `String`s, kept as the reference for the byte-level one.
  private static func referenceUID(patient: String, content: String, occurrence: Int) -> UUID {
    let name = "[" + referenceQuoted(patient) + "," + content + "," + String(occurrence) + "]"
    return UUID.nameBased(namespace: DiaryEntry.derivedUIDNamespace, name: Array(name.utf8))
  }

  /// A JSON string as the content encoder first quoted it, scalar by scalar.
  private static func referenceQuoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  @Test func demoDiaryPainAndSymptomContentMatchesTheEncoder() {
    let entries = SeedStory.entries().filter { $0.type == .pain || $0.type == .symptom }
    #expect(entries.count > 100)
    for entry in entries {
      #expect(entry.canonicalContent == entry.encodedCanonicalContent, "\(entry)")
    }
  }
}
