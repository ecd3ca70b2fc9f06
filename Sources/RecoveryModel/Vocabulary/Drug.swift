/// A drug patients commonly take after hip surgery, by its generic name, or `other` with a name.
///
/// Each drug knows its ``DrugClass``, its morphine milligram equivalent factor (opioids), its RxNorm
/// ingredient code where one is known, and the largest single and daily oral doses the diary accepts:
/// doses beyond them are refused as implausible (most likely a typing slip), never clamped.
public enum Drug: String, Vocabulary {
  case paracetamol
  case ibuprofen
  case naproxen
  case diclofenac
  case celecoxib
  case etoricoxib
  case codeine
  case tramadol
  case tapentadol
  case oxycodone
  case morphine
  case hydromorphone
  case hydrocodone
  case gabapentin
  case pregabalin
  case other

  public static var vocabularyName: String { "drug" }

  /// The drug's class.
  public var drugClass: DrugClass {
    switch self {
    case .paracetamol: .simpleAnalgesic
    case .ibuprofen, .naproxen, .diclofenac, .celecoxib, .etoricoxib: .nsaid
    case .codeine, .tramadol, .tapentadol, .oxycodone, .morphine, .hydromorphone, .hydrocodone: .opioid
    case .gabapentin, .pregabalin: .gabapentinoid
    case .other: .other
    }
  }

  /// Morphine milligram equivalents per milligram of oral dose, for opioids; nil for other drugs.
  ///
  /// The factors of the CDC Clinical Practice Guideline for Prescribing Opioids for Pain (2022). They
  /// describe use; they are an estimate and never a way to convert one drug's dose into another's.
  public var mmeFactor: Double? {
    switch self {
    case .codeine: 0.15
    case .tramadol: 0.2
    case .tapentadol: 0.4
    case .oxycodone: 1.5
    case .morphine: 1.0
    case .hydromorphone: 5.0
    case .hydrocodone: 1.0
    default: nil
    }
  }

  /// The RxNorm ingredient code (system `http://www.nlm.nih.gov/research/umls/rxnorm`), where known.
  public var rxNormCode: String? {
    switch self {
    case .paracetamol: "161"
    case .ibuprofen: "5640"
    case .naproxen: "7258"
    case .diclofenac: "3355"
    case .celecoxib: "140587"
    case .codeine: "2670"
    case .tramadol: "10689"
    case .tapentadol: "787390"
    case .oxycodone: "7804"
    case .morphine: "7052"
    case .hydromorphone: "3423"
    case .gabapentin: "25480"
    case .pregabalin: "187832"
    case .etoricoxib, .hydrocodone, .other: nil
    }
  }

  /// The largest single dose in milligrams the diary accepts.
  public var largestDose: Double {
    switch self {
    case .paracetamol: 1000
    case .ibuprofen: 800
    case .naproxen: 1000
    case .diclofenac: 150
    case .celecoxib: 400
    case .etoricoxib: 120
    case .codeine: 120
    case .tramadol: 200
    case .tapentadol: 250
    case .oxycodone: 80
    case .morphine: 200
    case .hydromorphone: 32
    case .hydrocodone: 120
    case .gabapentin: 1200
    case .pregabalin: 300
    case .other: 5000
    }
  }

  /// The largest total in milligrams on one day the diary accepts.
  public var largestDailyDose: Double {
    switch self {
    case .paracetamol: 4000
    case .ibuprofen: 3200
    case .naproxen: 1500
    case .diclofenac: 200
    case .celecoxib: 800
    case .etoricoxib: 120
    case .codeine: 360
    case .tramadol: 600
    case .tapentadol: 700
    case .oxycodone: 480
    case .morphine: 800
    case .hydromorphone: 128
    case .hydrocodone: 360
    case .gabapentin: 3600
    case .pregabalin: 600
    case .other: 20000
    }
  }

  /// Brand names and other spellings patients type, each with the drug it means.
  public static let otherNames: [String: Drug] = [
    "acetaminophen": .paracetamol, "tylenol": .paracetamol, "panadol": .paracetamol, "apap": .paracetamol,
    "calpol": .paracetamol, "advil": .ibuprofen, "motrin": .ibuprofen, "nurofen": .ibuprofen,
    "aleve": .naproxen, "naprosyn": .naproxen, "voltaren": .diclofenac, "voltarol": .diclofenac,
    "celebrex": .celecoxib, "arcoxia": .etoricoxib, "ultram": .tramadol, "tramal": .tramadol,
    "nucynta": .tapentadol, "palexia": .tapentadol, "oxycontin": .oxycodone, "roxicodone": .oxycodone,
    "oxynorm": .oxycodone, "endone": .oxycodone, "percocet": .oxycodone, "oxy": .oxycodone,
    "ms-contin": .morphine, "oramorph": .morphine, "sevredol": .morphine, "dilaudid": .hydromorphone,
    "palladone": .hydromorphone, "vicodin": .hydrocodone, "norco": .hydrocodone, "neurontin": .gabapentin,
    "lyrica": .pregabalin,
  ]

  /// The drug a brand name or other spelling means ("tylenol" → paracetamol), for a "did you mean"
  /// hint; else the closest generic name, as for every vocabulary.
  public static func suggestion(for text: String) -> Drug? {
    let key = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
    return otherNames[key] ?? closest(to: text)
  }
}
