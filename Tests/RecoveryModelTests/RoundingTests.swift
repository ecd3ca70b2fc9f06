import RecoveryModel
import Testing

struct RoundingTests {
  @Test(arguments: [
    (5.64, "5.6"), (5.65, "5.7"), (2.0, "2.0"), (-2.0, "-2.0"), (-0.04, "0.0"), (0.0, "0.0"),
    (10.0 / 3, "3.3"), (-2.75, "-2.8"), (123.456, "123.5"),
  ])
  func oneDecimal(_ value: Double, _ text: String) {
    #expect(Rounding.oneDecimal(value) == text)
  }

  @Test func nonFiniteValuesReadAsNotApplicable() {
    #expect(Rounding.oneDecimal(.nan) == "n/a")
    #expect(Rounding.whole(.infinity) == "n/a")
  }
}
