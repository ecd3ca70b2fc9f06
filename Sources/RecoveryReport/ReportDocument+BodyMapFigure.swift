import RecoveryModel

extension ReportDocument {
  /// What a body map shows, for a renderer to draw: outlines of the pelvis and thighs with each place
  /// shaded by its mean and the mean written on it. The numbers are already rounded as the table
  /// beside the map shows them, so the two agree; a renderer without graphics leaves the map out and
  /// shows the table (see ``TextRenderer``).
  public struct BodyMapFigure: Sendable, Equatable, Codable {
    /// Which side of the body a drawing shows.
    public enum View: String, Sendable, Equatable, Codable, CaseIterable {
      /// Facing the patient: their right is on the viewer's left.
      case front
      /// From behind: their right is on the viewer's right.
      case back

      /// The view a place is drawn on: the buttock and the lower back from behind, everything else
      /// from the front.
      public static func showing(_ site: BodyMap.Site) -> View {
        switch site {
        case .location(.buttock), .location(.lowerBack): .back
        default: .front
        }
      }
    }

    /// One place on one side, as drawn.
    public struct Spot: Sendable, Equatable, Codable {
      /// The body location or trigger point.
      public var site: BodyMap.Site
      /// The patient's own side: left or right.
      public var side: Side
      /// The mean that sets the shade (0 to ``BodyMapFigure/maximum``); nil for a place without a
      /// rated entry, drawn unshaded.
      public var value: Double?
      /// The number written on the place, as the table shows it: "5.6"; "–" without a value.
      public var text: String
      /// What the place shows, in one line, for people who cannot see it: "Right groin: pain 5.6, 120
      /// entries".
      public var label: String

      /// Creates a spot.
      public init(site: BodyMap.Site, side: Side, value: Double?, text: String, label: String) {
        self.site = site
        self.side = side
        self.value = value
        self.text = text
        self.label = label
      }
    }

    /// One map: its views with the places on them.
    public struct Panel: Sendable, Equatable, Codable {
      /// What the map covers: "Before: 2024-10-14 to 2024-10-27".
      public var title: String
      /// The views drawn, in order; a place on a view not drawn is left to the table.
      public var views: [View]
      /// The places, each on the view ``View/showing(_:)`` gives.
      public var spots: [Spot]

      /// Creates a panel.
      public init(title: String, views: [View], spots: [Spot]) {
        self.title = title
        self.views = views
        self.spots = spots
      }
    }

    /// What the figure shows, in one line: "Where it hurts from 2022-11-14 to 2024-11-25".
    public var title: String
    /// What the shades and numbers mean, shown under the figure.
    public var caption: String
    /// The top of the scale; the bottom is 0.
    public var maximum: Double
    /// The maps, side by side where there is room: one, or a before and an after.
    public var panels: [Panel]

    /// Creates a figure.
    public init(title: String, caption: String, maximum: Double = 10, panels: [Panel]) {
      self.title = title
      self.caption = caption
      self.maximum = maximum
      self.panels = panels
    }
  }
}
