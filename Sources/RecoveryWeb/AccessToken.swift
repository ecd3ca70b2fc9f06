/// The secret that opens the web app: 32 random bytes from the system's generator, as 64 hex digits.
///
/// A fresh token is made every time the server starts; whoever has it can read and change the diary,
/// so it is shown once, in the address `recovery serve` prints, and never logged.
public struct AccessToken: Sendable, Equatable, CustomStringConvertible {
  /// The token's text.
  public let value: String

  /// A new random token.
  public static func random() -> AccessToken {
    var generator = SystemRandomNumberGenerator()
    return AccessToken(value: hex((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }))
  }

  /// A given token (for tests). It must be at least 16 characters of letters and digits.
  public init?(_ value: String) {
    guard value.count >= 16, value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
      return nil
    }
    self.value = value
  }

  private init(value: String) {
    self.value = value
  }

  /// Whether `candidate` is the token, comparing in time that does not depend on where they differ.
  public func matches(_ candidate: some StringProtocol) -> Bool {
    let given = Array(candidate.utf8)
    let expected = Array(value.utf8)
    guard given.count == expected.count else { return false }
    var difference: UInt8 = 0
    for index in expected.indices { difference |= given[index] ^ expected[index] }
    return difference == 0
  }

  /// Never the token itself, so that printing one by mistake does not leak it.
  public var description: String { "AccessToken(…)" }

  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
  }
}
