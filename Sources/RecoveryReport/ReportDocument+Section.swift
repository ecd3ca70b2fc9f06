extension ReportDocument {
  /// A titled part of the report, such as the timeline or the treatment responses.
  public struct Section: Sendable, Equatable, Codable, Identifiable {
    /// A stable name for a section, the same whatever its title says: `timeline`, `responses`.
    public struct ID: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral,
      CustomStringConvertible
    {
      /// The name as written: `responses`.
      public var rawValue: String
      /// Creates an identifier from its name.
      public init(rawValue: String) { self.rawValue = rawValue }
      /// Creates an identifier from a literal name: `"responses"`.
      public init(stringLiteral value: String) { rawValue = value }
      /// The name as written.
      public var description: String { rawValue }

      /// The verdicts in a few lines, the symptoms around the latest surgery and the crutch days.
      public static let glance: ID = "glance"
      /// Every treatment, with its day after earlier surgeries and its details.
      public static let timeline: ID = "timeline"
      /// Pain before and after each treatment, and the verdicts.
      public static let responses: ID = "responses"
      /// Weekly pain since the latest surgery.
      public static let weeklyPain: ID = "weekly-pain"
      /// Daily pain and its monthly means over the whole range.
      public static let painByMonth: ID = "pain-by-month"
      /// Where it hurts: pain by body location and tenderness by trigger point, and before and after
      /// the latest surgery.
      public static let whereItHurts: ID = "where-it-hurts"
      /// Questionnaire scores over time and their change after each surgery.
      public static let questionnaires: ID = "questionnaires"
      /// Recovery milestones after each surgery, against their targets.
      public static let milestones: ID = "milestones"
      /// Symptom episodes per diary day.
      public static let symptoms: ID = "symptoms"
      /// Walking-aid periods and crutch days.
      public static let walkingAids: ID = "walking-aids"
      /// What was taken, daily MME and the opioid-free day after each surgery.
      public static let medications: ID = "medications"
      /// How the numbers are made: the windows and the rules of the verdicts.
      public static let method: ID = "method"
    }

    /// The section's stable name.
    public var id: ID
    /// The heading, in sentence case: "Did it help? Pain before and after each treatment".
    public var title: String
    /// What the section shows, in reading order.
    public var blocks: [Block]

    /// Creates a section.
    public init(id: ID, title: String, blocks: [Block]) {
      self.id = id
      self.title = title
      self.blocks = blocks
    }
  }
}
