import RecoveryModel

extension ReportDocumentBuilder {
  typealias Figure = ReportDocument.BodyMapFigure

  /// Where it hurts: the body map over the days shown with its table, then the pair before and after
  /// the latest surgery with theirs; nil when no place has an entry in any of them.
  func whereItHurts() -> Section? {
    let map = report.bodyMap
    let pair = report.bodyMapBeforeAfter.flatMap { pair in
      pair.before.places.isEmpty && (pair.after?.places.isEmpty ?? true) ? nil : pair
    }
    guard !map.places.isEmpty || pair != nil else { return nil }
    var blocks: [Block] = []
    if map.places.isEmpty {
      blocks.append(.paragraph(Paragraph("Nothing logged at a place from \(map.from) to \(map.to).")))
    } else {
      blocks.append(.paragraph(Paragraph(ReportPhrases.bodyMapCounted(report), role: .note)))
      blocks.append(.bodyMap(figure(map)))
      blocks.append(.table(Self.table(map)))
    }
    if map.unplaced > 0 {
      blocks.append(.paragraph(Paragraph(ReportPhrases.unplaced(map.unplaced), role: .note)))
    }
    if let pair {
      blocks.append(.paragraph(Paragraph([Span(ReportPhrases.beforeAfter(pair), emphasis: .strong)])))
      blocks.append(.bodyMap(figure(pair)))
      blocks.append(.table(Self.table(pair)))
      blocks.append(
        .paragraph(Paragraph(ReportPhrases.beforeAfterWindows(pair, windows: report.windows), role: .note)))
    }
    return Section(id: .whereItHurts, title: ReportPhrases.whereItHurts, blocks: blocks)
  }

  /// Every place over the days shown, front and back.
  func figure(_ map: BodyMap) -> Figure {
    let spots = map.places.compactMap { place -> Figure.Spot? in
      guard let side = place.side else { return nil }
      return Self.spot(place.site, side: side, place: place, shown: place.mean.map { ($0, 1) })
    }
    return Figure(
      title: ReportPhrases.bodyMapTitle(map),
      caption: ReportPhrases.bodyMapCaption(
        sidesNotGiven: map.places.contains { $0.side == nil }, backDrawn: true, backInTable: false),
      panels: [Figure.Panel(title: "From \(map.from) to \(map.to)", views: [.front, .back], spots: spots)])
  }

  /// Two front views, before and after, each with every place either window has, so a place whose pain
  /// went away shows as empty after.
  func figure(_ pair: BodyMap.BeforeAfter) -> Figure {
    let rows = Self.pairRows(pair)
    let drawn = rows.filter { $0.side != nil && Figure.View.showing($0.site) == .front }
    func spots(_ before: Bool) -> [Figure.Spot] {
      drawn.map { row in
        let place = before ? row.before : row.after
        let shown = before ? row.shown.before : row.shown.after
        return Self.spot(row.site, side: row.side!, place: place, shown: shown)
      }
    }
    let after = pair.surgery.date.adding(days: report.windows.followUp(for: pair.surgery.kind).start)
    return Figure(
      title: "Body maps " + ReportPhrases.beforeAfter(pair).lowercased(),
      caption: ReportPhrases.bodyMapCaption(
        sidesNotGiven: rows.contains { $0.side == nil }, backDrawn: false,
        backInTable: rows.contains { Figure.View.showing($0.site) == .back }),
      panels: [
        Figure.Panel(title: ReportPhrases.beforePanel(pair.before), views: [.front], spots: spots(true)),
        Figure.Panel(
          title: ReportPhrases.afterPanel(pair, from: after), views: [.front],
          spots: pair.after == nil ? [] : spots(false)),
      ])
  }

  /// A place as drawn: its mean as `shown` (the value rounded to the decimals the table uses).
  static func spot(
    _ site: BodyMap.Site, side: Side, place: BodyMap.Place?, shown: (value: Double, decimals: Int)?
  ) -> Figure.Spot {
    let text = shown.map { Rounding.decimal($0.value, places: $0.decimals) } ?? "–"
    // Shaded by the number written on it, so the shade never disagrees with the number.
    let value = shown.map { Double(text) ?? $0.value }
    return Figure.Spot(
      site: site, side: side, value: value, text: text,
      label: ReportPhrases.spot(site, side: side, place: place, shown: text))
  }

  /// Place, side, mean and entries, for every place over the days shown.
  static func table(_ map: BodyMap) -> Table {
    let rows = map.places.map { place in
      Row([
        .text(ReportPhrases.place(place.site)), .text(ReportPhrases.side(place.side)),
        place.mean.map { Cell(.number(Number($0))) } ?? .text(ReportPhrases.notRated),
        Cell(.integer(place.entries), note: ReportPhrases.bothSides(place)),
      ])
    }
    return Table(
      columns: [
        Column("Place"), Column("Side"), Column("Mean (0-10)", alignment: .trailing),
        Column("Entries", alignment: .trailing),
      ], rows: rows)
  }

  /// Place, side, and the mean before and after with their entries, for every place either window has.
  static func table(_ pair: BodyMap.BeforeAfter) -> Table {
    func cell(_ place: BodyMap.Place?, shown: (value: Double, decimals: Int)?, begun: Bool) -> Cell {
      guard begun else { return .text("not begun") }
      guard let place else { return .text(ReportPhrases.noEntries) }
      guard let shown else { return .text(ReportPhrases.notRated, note: ReportPhrases.entries(place)) }
      return Cell(.number(Number(shown.value, decimals: shown.decimals)), note: ReportPhrases.entries(place))
    }
    let rows = pairRows(pair).map { row in
      Row([
        .text(ReportPhrases.place(row.site)), .text(ReportPhrases.side(row.side)),
        cell(row.before, shown: row.shown.before, begun: true),
        cell(row.after, shown: row.shown.after, begun: pair.after != nil),
      ])
    }
    return Table(
      columns: [
        Column("Place"), Column("Side"), Column("Before", alignment: .trailing),
        Column("After", alignment: .trailing),
      ], rows: rows)
  }

  /// One row of the pair: a place on a side, in either window or both.
  struct PairRow {
    var site: BodyMap.Site
    var side: Side?
    var before: BodyMap.Place?
    var after: BodyMap.Place?
    /// Each window's mean as shown: side by side they are rounded as a response's means are, so
    /// they never read as a change of another size.
    var shown: (before: Shown?, after: Shown?)

    typealias Shown = (value: Double, decimals: Int)
  }

  /// Every place either window has, in the maps' order.
  static func pairRows(_ pair: BodyMap.BeforeAfter) -> [PairRow] {
    BodyMap.Site.allCases.flatMap { site in
      ([Side.left, .right, nil] as [Side?]).compactMap { side -> PairRow? in
        let was = pair.before.place(site, side: side)
        let now = pair.after?.place(site, side: side)
        guard was != nil || now != nil else { return nil }
        var shown: (before: PairRow.Shown?, after: PairRow.Shown?) = (
          was?.mean.map { ($0, 1) }, now?.mean.map { ($0, 1) }
        )
        if let before = was?.mean, let later = now?.mean {
          let means = Rounding.shownMeans(baseline: before, followUp: later)
          shown = ((means.baseline, means.decimals), (means.followUp, means.decimals))
        }
        return PairRow(site: site, side: side, before: was, after: now, shown: shown)
      }
    }
  }
}
