import RecoveryModel

extension ReportDocument {
  /// What a chart shows, for a renderer to draw: series of values, markers at treatments and shaded
  /// bands such as walking-aid periods. A renderer without graphics may abbreviate it (see
  /// ``TextRenderer``).
  public struct Chart: Sendable, Equatable, Codable {
    /// What runs along the horizontal axis.
    public enum Axis: Sendable, Equatable, Codable {
      /// Calendar days from the first to the last day, both included.
      case days(from: CalendarDay, through: CalendarDay)
      /// One slot per point, in order, labelled by each point's ``Point/tick``.
      case categories

      private enum CodingKeys: String, CodingKey {
        case type, from, through
      }

      private enum Kind: String, Codable {
        case days, categories
      }

      // `{"type": "days", "from": "2022-11-01", "through": "2024-11-25"}`, or `{"type": "categories"}`.
      public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .days(let from, let through):
          try container.encode(Kind.days, forKey: .type)
          try container.encode(from, forKey: .from)
          try container.encode(through, forKey: .through)
        case .categories:
          try container.encode(Kind.categories, forKey: .type)
        }
      }

      public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .type) {
        case .days:
          self = .days(
            from: try container.decode(CalendarDay.self, forKey: .from),
            through: try container.decode(CalendarDay.self, forKey: .through))
        case .categories: self = .categories
        }
      }
    }

    /// How a series is drawn.
    public enum Style: String, Sendable, Equatable, Codable {
      /// A dot per point.
      case dots
      /// A horizontal step across each point's days.
      case steps
      /// A bar per point.
      case bars
      /// A dot per point, joined in order by a line: scores taken now and then.
      case line
      /// A thin bar on each point's day, from zero: a daily amount such as an opioid load, which a
      /// renderer without graphics leaves out rather than squeezing its days together.
      case spikes
    }

    /// One value over a stretch of days: a day, a week, a month.
    public struct Point: Sendable, Equatable, Codable {
      /// The stretch's name: "week 3", "2024-11", "before".
      public var label: String
      /// A short axis label: "3", "pre".
      public var tick: String
      /// The first day.
      public var from: CalendarDay
      /// The last day.
      public var through: CalendarDay
      /// The value; nil when the stretch had no data (a gap, not a zero).
      public var value: Double?
      /// What the value is made of: "12 days", "1 day so far".
      public var detail: String
      /// Whether the point is a reference rather than part of the run, as the baseline bar is.
      public var reference: Bool

      /// Creates a point.
      public init(
        label: String, tick: String? = nil, from: CalendarDay, through: CalendarDay, value: Double?,
        detail: String = "", reference: Bool = false
      ) {
        self.label = label
        self.tick = tick ?? label
        self.from = from
        self.through = through
        self.value = value
        self.detail = detail
        self.reference = reference
      }
    }

    /// Values drawn one way.
    public struct Series: Sendable, Equatable, Codable {
      /// What the values are: "daily highest score", "monthly mean".
      public var name: String
      /// How the series is drawn.
      public var style: Style
      /// Whether the series is set apart, as numbness is.
      public var alert: Bool
      /// The points, in order.
      public var points: [Point]

      /// Creates a series.
      public init(name: String, style: Style, alert: Bool = false, points: [Point]) {
        self.name = name
        self.style = style
        self.alert = alert
        self.points = points
      }
    }

    /// A numbered line at a treatment.
    public struct Marker: Sendable, Equatable, Codable {
      /// The treatment's number in the report's timeline, from 1.
      public var number: Int
      /// The treatment's day.
      public var day: CalendarDay
      /// What was done: "2024-10-28 psoas release (right)".
      public var label: String
      /// The treatment's category, which sets its colour.
      public var category: TreatmentCategory

      /// Creates a marker.
      public init(number: Int, day: CalendarDay, label: String, category: TreatmentCategory) {
        self.number = number
        self.day = day
        self.label = label
        self.category = category
      }
    }

    /// A shaded stretch of days.
    public struct Band: Sendable, Equatable, Codable {
      /// What a band stands for.
      public enum Kind: Sendable, Equatable, Codable {
        /// A walking-aid period, shaded behind the plot.
        case walkingAid(WalkingAid)
        /// Days on a drug class, drawn in the class's own lane under the plot.
        case drugClass(DrugClass)

        private enum CodingKeys: String, CodingKey {
          case type, aid, drugClass
        }

        private enum Name: String, Codable {
          case walkingAid, drugClass
        }

        // `{"type": "walkingAid", "aid": "two-crutches"}`, `{"type": "drugClass", "drugClass": "opioid"}`.
        public func encode(to encoder: any Encoder) throws {
          var container = encoder.container(keyedBy: CodingKeys.self)
          switch self {
          case .walkingAid(let aid):
            try container.encode(Name.walkingAid, forKey: .type)
            try container.encode(aid, forKey: .aid)
          case .drugClass(let drugClass):
            try container.encode(Name.drugClass, forKey: .type)
            try container.encode(drugClass, forKey: .drugClass)
          }
        }

        public init(from decoder: any Decoder) throws {
          let container = try decoder.container(keyedBy: CodingKeys.self)
          switch try container.decode(Name.self, forKey: .type) {
          case .walkingAid: self = .walkingAid(try container.decode(WalkingAid.self, forKey: .aid))
          case .drugClass: self = .drugClass(try container.decode(DrugClass.self, forKey: .drugClass))
          }
        }
      }

      /// The first day.
      public var from: CalendarDay
      /// The first day after the band: a walking aid's stop day, or the day after the chart's end.
      public var until: CalendarDay
      /// What it was: "two crutches from 2024-10-28 to 2024-11-11 (14 days)".
      public var label: String
      /// What it stands for.
      public var kind: Kind

      /// Creates a band.
      public init(from: CalendarDay, until: CalendarDay, label: String, kind: Kind) {
        self.from = from
        self.until = until
        self.label = label
        self.kind = kind
      }
    }

    /// What the chart shows, in one line, for people who cannot see it: "Daily pain from ... to ...".
    public var title: String
    /// What the values mean and how they are counted, shown under the chart.
    public var caption: String
    /// What runs along the horizontal axis.
    public var axis: Axis
    /// The top of the vertical axis; the bottom is 0.
    public var maximum: Double
    /// The series, drawn in order.
    public var series: [Series]
    /// Numbered lines at treatments.
    public var markers: [Marker]
    /// Shaded stretches of days, drawn beneath everything else.
    public var bands: [Band]

    /// Creates a chart.
    public init(
      title: String, caption: String, axis: Axis, maximum: Double, series: [Series],
      markers: [Marker] = [], bands: [Band] = []
    ) {
      self.title = title
      self.caption = caption
      self.axis = axis
      self.maximum = maximum
      self.series = series
      self.markers = markers
      self.bands = bands
    }
  }
}
