#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension ScoreEntry {
  /// Reads a score entry from ``EntryField`` keys; keys of other types are ignored.
  ///
  /// `answers` is a JSON array of integers, `null`, or the text of a CSV cell (`"2 1 3 0 1 2"`).
  /// `raw` and `score`, when left out, are computed from the answers; when given, they are read as
  /// they are, and ``validate(today:)`` checks them.
  public init(from decoder: any Decoder) throws {
    let fields = try decoder.container(keyedBy: EntryField.self)
    let head = try fields.decodeHead()
    let instrument = try fields.decode(Instrument.self, forKey: .instrument)
    let answers = try fields.decodeAnswers()
    let (raw, score) = Self.completed(
      instrument: instrument, answers: answers, raw: try fields.decodeIfPresent(Int.self, forKey: .raw),
      score: try fields.decodeIfPresent(Double.self, forKey: .score))
    guard let score else {
      throw DecodingError.keyNotFound(
        EntryField.score,
        .init(
          codingPath: fields.codingPath,
          debugDescription: "A score entry needs its score, or answers it can be computed from."))
    }
    self.init(
      id: head.id, uid: head.uid, day: head.day, time: head.time, instrument: instrument, answers: answers,
      raw: raw, score: score, side: try fields.decodeIfPresent(Side.self, forKey: .side),
      note: try fields.decodeIfPresent(String.self, forKey: .note))
  }

  /// Writes the entry's fields with ``EntryField`` keys; absent fields are left out, except `answers`,
  /// which is `null` for a total given alone.
  public func encode(to encoder: any Encoder) throws {
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encode(EntryHead(id: id, uid: uid, day: day, time: time))
    try fields.encode(instrument, forKey: .instrument)
    try fields.encode(answers, forKey: .answers, absence: .null)
    try fields.encodeIfPresent(raw, forKey: .raw)
    try fields.encode(score, forKey: .score)
    try fields.encodeIfPresent(side, forKey: .side)
    try fields.encodeIfPresent(note, forKey: .note)
  }

  /// The answers as one line of whole numbers separated by single spaces, as a CSV cell holds them.
  public static func answersText(_ answers: [Int]) -> String {
    answers.map(String.init).joined(separator: " ")
  }

  /// Reads answers written as whole numbers separated by single spaces (`"2 1 3 0 1 2"`); nil for text
  /// of any other form.
  public static func answers(fromText text: String) -> [Int]? {
    guard !text.isEmpty else { return nil }
    var answers: [Int] = []
    for part in text.split(separator: " ", omittingEmptySubsequences: false) {
      guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part) else {
        return nil
      }
      answers.append(value)
    }
    return answers
  }
}

extension KeyedDecodingContainer where Key == EntryField {
  /// Reads `answers`: an array of integers, `null` or left out, or the text of a CSV cell.
  fileprivate func decodeAnswers() throws -> [Int]? {
    guard contains(.answers), try !decodeNil(forKey: .answers) else { return nil }
    if let text = try? decode(String.self, forKey: .answers) {
      guard let answers = ScoreEntry.answers(fromText: text) else {
        throw DecodingError.dataCorruptedError(
          forKey: .answers, in: self,
          debugDescription: "Expected answers as whole numbers separated by single spaces, got \"\(text)\".")
      }
      return answers
    }
    return try decode([Int].self, forKey: .answers)
  }
}
