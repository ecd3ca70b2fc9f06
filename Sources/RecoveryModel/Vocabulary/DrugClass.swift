/// The class a drug belongs to, as the report groups what was taken.
public enum DrugClass: String, Vocabulary {
  /// Paracetamol (acetaminophen).
  case simpleAnalgesic = "simple-analgesic"
  /// Non-steroidal anti-inflammatory drugs, COX-2 inhibitors included.
  case nsaid
  /// Opioids, counted in morphine milligram equivalents.
  case opioid
  /// Gabapentin and pregabalin.
  case gabapentinoid
  /// A drug outside the vocabulary, named by the patient.
  case other

  public static var vocabularyName: String { "drug class" }
}
