import RecoveryModel
import Testing

/// Medians and quartiles by linear interpolation, checked against values worked out by hand.
struct QuartilesTests {
  @Test func fourValuesInterpolateBetweenNeighbours() throws {
    let quartiles = try #require(Quartiles([4, 1, 3, 2]))
    #expect(quartiles == Quartiles(q1: 1.75, median: 2.5, q3: 3.25))
  }

  @Test func anEvenCountTakesTheMeanOfTheMiddleTwo() throws {
    // Sorted 0 2 4 6 8 10: Q1 at position 1.25, the median at 2.5, Q3 at 3.75.
    let quartiles = try #require(Quartiles([10, 0, 4, 6, 2, 8]))
    #expect(quartiles == Quartiles(q1: 2.5, median: 5, q3: 7.5))
  }

  @Test func anOddCountHasItsMiddleValueAsMedian() throws {
    let quartiles = try #require(Quartiles([-1, -6, -3]))
    #expect(quartiles == Quartiles(q1: -4.5, median: -3, q3: -2))
  }

  @Test func oneValueIsEveryQuartile() throws {
    #expect(Quartiles([7]) == Quartiles(q1: 7, median: 7, q3: 7))
  }

  @Test func noValuesHaveNoQuartiles() {
    #expect(Quartiles([]) == nil)
    #expect(Spread([]) == nil)
  }

  @Test func aSpreadAddsTheCountAndTheRange() throws {
    let spread = try #require(Spread([14, 0, 11, 7]))
    #expect(spread == Spread(n: 4, min: 0, q1: 5.25, median: 9, q3: 11.75, max: 14))
  }
}
