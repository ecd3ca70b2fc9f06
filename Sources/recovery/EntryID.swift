import ArgumentParser
import RecoveryCommandLine

/// An entry id as typed: `42` or `#42`.
struct EntryID: ExpressibleByArgument {
  let value: Int

  init?(argument: String) {
    let digits = argument.hasPrefix("#") ? String(argument.dropFirst()) : argument
    guard let value = Int(digits), value > 0 else {
      RejectedArgument.message =
        "Invalid entry id \"\(argument)\": entry ids are whole numbers from 1, like 42 or #42, as list shows them."
      return nil
    }
    self.value = value
  }
}
