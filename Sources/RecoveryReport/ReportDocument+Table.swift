import RecoveryModel

extension ReportDocument {
  /// Rows of typed cells under titled columns.
  public struct Table: Sendable, Equatable, Codable {
    /// A column's heading and alignment.
    public struct Column: Sendable, Equatable, Codable {
      /// Which edge a column's cells line up on.
      public enum Alignment: String, Sendable, Equatable, Codable {
        /// Text: left in a left-to-right language.
        case leading
        /// Numbers, so their digits line up.
        case trailing
      }

      /// The heading, in sentence case: "Pain before".
      public var title: String
      /// Which edge the cells line up on.
      public var alignment: Alignment

      /// Creates a column.
      public init(_ title: String, alignment: Alignment = .leading) {
        self.title = title
        self.alignment = alignment
      }
    }

    /// One row of cells, one per column.
    public struct Row: Sendable, Equatable, Codable {
      /// The cells, in column order.
      public var cells: [Cell]
      /// Whether the row is set apart, as numbness is among symptoms.
      public var alert: Bool

      /// Creates a row.
      public init(_ cells: [Cell], alert: Bool = false) {
        self.cells = cells
        self.alert = alert
      }
    }

    /// The columns.
    public var columns: [Column]
    /// The rows, in order.
    public var rows: [Row]

    /// Creates a table.
    public init(columns: [Column], rows: [Row]) {
      self.columns = columns
      self.rows = rows
    }
  }

  /// One table cell: a typed value and, optionally, a quieter note beside it ("13 days").
  public struct Cell: Sendable, Equatable, Codable {
    /// What a cell holds.
    public enum Value: Sendable, Equatable, Codable {
      /// A calendar day.
      case day(CalendarDay)
      /// A measured number, shown as ``Number`` says.
      case number(Number)
      /// A count.
      case integer(Int)
      /// A verdict, interim (so far) when `partial`.
      case verdict(Verdict, partial: Bool)
      /// Words.
      case text(String)
      /// Nothing to show.
      case empty

      private enum CodingKeys: String, CodingKey {
        case type, day, number, integer, verdict, partial, text
      }

      private enum Kind: String, Codable {
        case day, number, integer, verdict, text, empty
      }

      // `{"type": "day", "day": "2024-11-25"}`: the kind is named, and its value sits under the same name.
      public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .day(let day):
          try container.encode(Kind.day, forKey: .type)
          try container.encode(day, forKey: .day)
        case .number(let number):
          try container.encode(Kind.number, forKey: .type)
          try container.encode(number, forKey: .number)
        case .integer(let integer):
          try container.encode(Kind.integer, forKey: .type)
          try container.encode(integer, forKey: .integer)
        case .verdict(let verdict, let partial):
          try container.encode(Kind.verdict, forKey: .type)
          try container.encode(verdict, forKey: .verdict)
          try container.encode(partial, forKey: .partial)
        case .text(let text):
          try container.encode(Kind.text, forKey: .type)
          try container.encode(text, forKey: .text)
        case .empty:
          try container.encode(Kind.empty, forKey: .type)
        }
      }

      public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .type) {
        case .day: self = .day(try container.decode(CalendarDay.self, forKey: .day))
        case .number: self = .number(try container.decode(Number.self, forKey: .number))
        case .integer: self = .integer(try container.decode(Int.self, forKey: .integer))
        case .verdict:
          self = .verdict(
            try container.decode(Verdict.self, forKey: .verdict),
            partial: try container.decode(Bool.self, forKey: .partial))
        case .text: self = .text(try container.decode(String.self, forKey: .text))
        case .empty: self = .empty
        }
      }
    }

    /// The value.
    public var value: Value
    /// A note shown after the value, in parentheses in plain text: "13 days", "-58%".
    public var note: String?

    /// Creates a cell.
    public init(_ value: Value, note: String? = nil) {
      self.value = value
      self.note = note
    }

    /// A cell of words; an empty string makes an ``Value/empty`` cell.
    public static func text(_ text: String, note: String? = nil) -> Cell {
      Cell(text.isEmpty ? .empty : .text(text), note: note)
    }
  }

  /// A number with the precision and sign it is shown with. The value stays unrounded.
  public struct Number: Sendable, Equatable, Codable {
    /// The unrounded value.
    public var value: Double
    /// Decimal places shown: 1 for means (more beside a change they would misstate), 0 for percentages
    /// (a signed change may show one more, see ``formatted``).
    public var decimals: Int
    /// Whether the number is a change: shown with "+" when positive, and never rounded to a threshold
    /// of `Verdict` it does not reach.
    public var signed: Bool
    /// Text right after the digits: "%", "/day", or nothing.
    public var unit: String

    /// Creates a number.
    public init(_ value: Double, decimals: Int = 1, signed: Bool = false, unit: String = "") {
      self.value = value
      self.decimals = decimals
      self.signed = signed
      self.unit = unit
    }
  }
}
