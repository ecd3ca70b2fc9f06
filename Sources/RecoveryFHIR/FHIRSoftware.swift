#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The program that writes the export, recorded as the `Device` that is the agent of its
/// `Provenance`.
public struct FHIRSoftware: Sendable, Equatable {
  /// The program's name, such as `recovery`.
  public var name: String
  /// Its version, such as `0.1.0`.
  public var version: String

  /// Names the exporting program.
  public init(name: String, version: String) {
    self.name = name
    self.version = version
  }

  /// The device's uid: name-based on the program's name, so that every export, of any version, names
  /// the same device and a newer version updates it.
  var uid: UUID {
    UUID.nameBased(namespace: UUID.fhirNamespace, name: Array(("software/" + name).utf8))
  }

  /// The `Device`: the program's name and version.
  var device: FHIRResource {
    FHIRResource(
      type: "Device", uid: uid,
      [
        "status": .string("active"),
        "deviceName": .list([.fields(["name": .string(name), "type": .string("user-friendly-name")])]),
        "type": FHIRCode.text("software"),
        "version": .list([.fields(["value": .string(version)])]),
      ])
  }
}
