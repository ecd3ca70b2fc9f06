import RecoveryModel

extension ReportDocument {
  /// Running text made of spans, some of them emphasised.
  public struct Paragraph: Sendable, Equatable, Codable {
    /// How prominent a paragraph is.
    public enum Role: String, Sendable, Equatable, Codable {
      /// Ordinary text.
      case body
      /// A quieter aside: how a table is counted, the windows used.
      case note
      /// Something to notice before the rest, such as numbness, which may mean a nerve is involved.
      case alert
    }

    /// A run of text with one emphasis.
    public struct Span: Sendable, Equatable, Codable {
      /// How a span stands out.
      public enum Emphasis: Sendable, Equatable, Codable {
        /// Stronger than the text around it.
        case strong
        /// The name of a verdict, shown in the verdict's colour where there is colour.
        case verdict(Verdict)

        private enum CodingKeys: String, CodingKey {
          case type, verdict
        }

        private enum Kind: String, Codable {
          case strong, verdict
        }

        // `{"type": "verdict", "verdict": "worse"}`, or `{"type": "strong"}`.
        public func encode(to encoder: any Encoder) throws {
          var container = encoder.container(keyedBy: CodingKeys.self)
          switch self {
          case .strong: try container.encode(Kind.strong, forKey: .type)
          case .verdict(let verdict):
            try container.encode(Kind.verdict, forKey: .type)
            try container.encode(verdict, forKey: .verdict)
          }
        }

        public init(from decoder: any Decoder) throws {
          let container = try decoder.container(keyedBy: CodingKeys.self)
          switch try container.decode(Kind.self, forKey: .type) {
          case .strong: self = .strong
          case .verdict: self = .verdict(try container.decode(Verdict.self, forKey: .verdict))
          }
        }
      }

      /// The words.
      public var text: String
      /// How they stand out; nil for plain text.
      public var emphasis: Emphasis?

      /// Creates a span.
      public init(_ text: String, emphasis: Emphasis? = nil) {
        self.text = text
        self.emphasis = emphasis
      }
    }

    /// The spans, in order; their texts joined make the paragraph's words.
    public var spans: [Span]
    /// How prominent the paragraph is.
    public var role: Role

    /// Creates a paragraph from spans.
    public init(_ spans: [Span], role: Role = .body) {
      self.spans = spans
      self.role = role
    }

    /// Creates a paragraph of plain text.
    public init(_ text: String, role: Role = .body) {
      self.init([Span(text)], role: role)
    }

    /// The paragraph's words without emphasis.
    public var text: String { spans.map(\.text).joined() }
  }
}
