import RecoveryModel
import RecoveryStore

/// The patient a request is for, as the request names it: read from the request alone, and found
/// in the store later, on the store's queue, together with the rest of the request's work.
struct PatientChoice: Sendable, Hashable {
  /// `?patient=NAME`, for scripts.
  let named: String?
  /// The uid the browser chose on the Patients page, in a cookie.
  let chosenUID: String?

  /// The patient named, else the one chosen, else the default patient.
  func resolve(in store: RecoveryStore, services: WebServices) throws -> Patient {
    if let named {
      do {
        return try store.existingPatient(named: named)
      } catch {
        throw WebError(.notFound, services.message(error))
      }
    }
    if let chosenUID,
      let patient = try store.patients().first(where: { $0.uid.uuidString.lowercased() == chosenUID })
    {
      return patient
    }
    return try store.defaultPatient()
  }
}
