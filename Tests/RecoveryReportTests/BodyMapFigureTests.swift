import Foundation
import RecoveryModel
import RecoveryReport
import RecoveryTestSupport
import Testing

/// The "Where it hurts" section: its tables carry the map's numbers in every format, and the HTML
/// draws one shape per place with that number on it, on the patient's own side, labelled for people
/// who cannot see it.
struct BodyMapFigureTests {
  let report = Reports.demo
  let document = Reports.demoDocument

  /// The section's figures, as the document describes them.
  func figures() throws -> [ReportDocument.BodyMapFigure] {
    let section = try #require(document.section(.whereItHurts))
    return section.blocks.compactMap { block in
      if case .bodyMap(let figure) = block { figure } else { nil }
    }
  }

  /// The section's tables.
  func tables() throws -> [ReportDocument.Table] {
    let section = try #require(document.section(.whereItHurts))
    return section.blocks.compactMap { block in
      if case .table(let table) = block { table } else { nil }
    }
  }

  /// The page's `<figure>` elements in the section.
  func htmlFigures() throws -> [XMLTree] {
    let page = try #require(XMLTree.parse(HTMLRenderer().render(document)), "the page is not well-formed")
    let section = try #require(page.elements("section").first { $0.attributes["id"] == "where-it-hurts" })
    return section.elements("figure")
  }

  @Test func theTableHasEveryPlaceWithItsMeanAndEntries() throws {
    let table = try #require(try tables().first)
    #expect(table.rows.count == report.bodyMap.places.count)
    for (row, place) in zip(table.rows, report.bodyMap.places) {
      #expect(row.cells[1].valueText == (place.side?.rawValue ?? "not given"))
      #expect(row.cells[2].valueText == place.mean.map { Rounding.decimal($0, places: 1) } ?? "not rated")
      #expect(row.cells[3].valueText == String(place.entries))
    }
    let hips = table.rows.filter { $0.cells[0].valueText == "hip" }
    #expect(hips.map { $0.cells[1].valueText } == ["left", "right"])
    #expect(hips.allSatisfy { $0.cells[3].note == "17 for both sides" })
  }

  @Test func theHTMLDrawsOneShapePerPlaceWithItsNumber() throws {
    let figure = try #require(try htmlFigures().first)
    let spots = figure.elements("g").filter { $0.classes.contains("spot") }
    let drawn = report.bodyMap.places.filter { $0.side != nil }
    #expect(spots.count == drawn.count)
    for place in drawn {
      let matching = spots.filter {
        $0.attributes["data-place"] == place.site.rawValue
          && $0.attributes["data-side"] == place.side?.rawValue
      }
      let spot = try #require(matching.count == 1 ? matching.first : nil, "\(place.site) \(place.side!)")
      let number = place.mean.map { Rounding.decimal($0, places: 1) } ?? "–"
      #expect(spot.elements("text").map(\.text) == [number])
      let title = try #require(spot.children.first { $0.name == "title" }?.text)
      #expect(title.contains(place.site.label) && title.contains(number), "\(title)")
      #expect(title.hasPrefix(place.side == .right ? "Right " : "Left "), "\(title)")
      #expect(spot.elements("ellipse").count + spot.elements("circle").count == 1)
      if case .triggerPoint = place.site { #expect(spot.classes.contains("point")) }
    }
  }

  /// The patient's right is on the viewer's left from the front and on the right from behind, and
  /// each view says which side is which.
  @Test func sidesAreThePatientsOwn() throws {
    let figure = try #require(try htmlFigures().first)
    let views = figure.elements("svg")
    #expect(views.count == 2)
    for view in views {
      let front = view.elements("text").contains { $0.text == "Front" }
      let letters = view.elements("text").filter { $0.classes.contains("bm-side") }
      let left = try #require(letters.min { Double($0.attributes["x"]!)! < Double($1.attributes["x"]!)! })
      #expect(left.text == (front ? "R" : "L"))
      for spot in view.elements("g").filter({ $0.classes.contains("spot") }) {
        let shape = try #require((spot.elements("ellipse") + spot.elements("circle")).first)
        let x = try #require(Double(shape.attributes["cx"] ?? ""))
        let onViewersLeft = x < 160
        let right = spot.attributes["data-side"] == "right"
        #expect(onViewersLeft == (right == front), "\(spot.attributes)")
      }
    }
    // The back view holds the lower back; the front, everything else the demo logged.
    let back = try #require(views.last)
    #expect(
      back.elements("g").filter { $0.classes.contains("spot") }.map { $0.attributes["data-place"] }
        == ["lower-back"])
  }

  @Test func everyDrawingIsAnImageWithADescription() throws {
    for figure in try htmlFigures() {
      for svg in figure.elements("svg") {
        #expect(svg.attributes["role"] == "img")
        let label = try #require(svg.attributes["aria-label"])
        #expect(label.contains(" view, "), "\(label)")
        #expect(svg.children.first?.name == "title")
      }
    }
    let front = try #require(try htmlFigures().first?.elements("svg").first?.attributes["aria-label"])
    #expect(front.contains("Right groin: pain 5.5, mean of 618 entries"), "\(front)")
  }

  /// Before and after: two front views with the same places, a place without entries after the
  /// release drawn empty, and the numbers the pair's table shows.
  @Test func thePairDrawsTheSamePlacesBeforeAndAfter() throws {
    let pair = try #require(report.bodyMapBeforeAfter)
    let figure = try #require(try figures().last)
    #expect(figure.panels.count == 2)
    #expect(figure.panels.allSatisfy { $0.views == [.front] })
    #expect(figure.panels[0].spots.map(\.site) == figure.panels[1].spots.map(\.site))
    let thigh = try #require(figure.panels[1].spots.first { $0.site == .location(.frontThigh) })
    #expect(thigh.value == nil && thigh.text == "–")
    #expect(pair.after?.place(.location(.frontThigh), side: .right) == nil)
    let table = try #require(try tables().last)
    for spot in figure.panels[0].spots {
      let row = try #require(table.rows.first { $0.cells[0].valueText == spot.site.label })
      #expect(row.cells[2].valueText == spot.text)
    }
    let groin = try #require(table.rows.first)
    #expect(groin.cells.map(\.valueText) == ["groin", "right", "5.4", "2.3"])
    let svgs = try #require(try htmlFigures().last).elements("svg")
    #expect(svgs.count == 2)
    let empty = svgs[1].elements("g").filter { $0.classes.contains("empty") }
    #expect(empty.map { $0.attributes["data-place"] } == ["front-thigh"])
  }

  @Test func textAndMarkdownShowTheTablesAndNotTheDrawing() {
    let text = TextRenderer().render(document)
    let markdown = MarkdownRenderer().render(document)
    #expect(text.contains("\nWHERE IT HURTS\n"))
    #expect(text.contains("  groin                      right          5.5                     618\n"))
    #expect(markdown.contains("| groin | right | 5.4 (12 entries) | 2.3 (12 entries) |"))
    #expect(!markdown.contains("<svg"))
  }

  /// A document with a body map reads back as it was written.
  @Test func theFigureSurvivesAJSONRoundTrip() throws {
    let figure = try #require(try figures().first)
    let block = ReportDocument.Block.bodyMap(figure)
    let data = try JSONEncoder().encode(block)
    #expect(try JSONDecoder().decode(ReportDocument.Block.self, from: data) == block)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["type"] as? String == "bodyMap")
  }
}
