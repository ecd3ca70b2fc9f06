extension RecoveryStore {
  /// The database's secret key for cohort pseudonyms (`Pseudonyms` in RecoveryModel), 32 random bytes made on first
  /// use and kept in the database's `secret` table.
  ///
  /// The key never leaves the database: no export writes it, so a pseudonym cannot be worked back to
  /// a patient's uid (which FHIR exports publish) without the file itself. The same database always
  /// gives the same key, so pseudonyms are stable from run to run.
  /// - Throws: ``StoreError`` when the key cannot be read or written (a read-only file on first use).
  public func pseudonymKey() throws -> [UInt8] {
    try translatingErrors {
      if let key = try storedPseudonymKey() { return key }
      return try writeTransaction {
        if let key = try storedPseudonymKey() { return key }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        try connection.cached("INSERT INTO secret (name, value, created_at) VALUES ('pseudonym-key', ?, ?)")
          .run([.text(Self.hex(key)), .text(Self.timestamp())])
        return key
      }
    }
  }

  private func storedPseudonymKey() throws -> [UInt8]? {
    let values = try connection.cached("SELECT value FROM secret WHERE name = 'pseudonym-key'").rows {
      row in row.text(0)
    }
    guard let text = values.first else { return nil }
    var bytes: [UInt8] = []
    let digits = Array(text.utf8)
    var index = 0
    while index + 1 < digits.count {
      bytes.append(UInt8(Self.nibble(digits[index]) << 4 | Self.nibble(digits[index + 1])))
      index += 2
    }
    return bytes
  }

  /// The value of one lowercase hex digit.
  private static func nibble(_ digit: UInt8) -> UInt8 {
    digit >= UInt8(ascii: "a") ? digit - UInt8(ascii: "a") + 10 : digit - UInt8(ascii: "0")
  }

  /// Bytes as lowercase hex digits.
  private static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0xf)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}
