// recovery-simulate: how often the report's verdicts are right on diaries whose truth is known.
//
//   recovery-simulate [--diaries N] [--seed S] [--smoke]
//
// Each scenario generates N seeded diaries (daily pain with day-to-day correlated noise, whole scores
// 0-10, days missing at random), builds the report for each exactly as `recovery report` does
// (`Report.make`), and counts the verdicts given to the one treatment whose effect is known. Beside
// them it counts what the previous method (the plain mean of days -14..-1 against the follow-up's
// mean, judged on 2 points or 30%, 50% substantial) would have said of the same diaries. It prints one
// Markdown table, then the goals and whether they are met. `--smoke` runs 20 diaries a scenario and
// checks only that every diary got a verdict; it judges nothing.

import RecoveryModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SplitMix64: the simulation's own seeded generator.
struct Random {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
  mutating func gaussian() -> Double {
    let u = max(unit(), 1e-12)
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * unit())
  }
}

/// A kind of diary with a known truth.
struct Scenario {
  var name: String
  /// The true effect of the judged treatment in points (0: it does nothing).
  var truth: Double
  /// The first and last diary day, counted from the judged treatment (day 0).
  var days: ClosedRange<Int>
  /// The share of days logged.
  var logged: Double
  /// The treatment judged.
  var kind: TreatmentKind
  /// A surgery before it, on this day, when the scenario has one.
  var surgeryDay: Int? = nil
  /// The follow-up window, when not the kind's standard one.
  var followUp: DayWindow? = nil
  /// Pain without noise on a day, before the treatment's own effect.
  var course: (Int) -> Double
}

let origin = CalendarDay(year: 2024, month: 1, day: 1)!
let noiseSD = 1.2
let noiseRho = 0.5

func history(_ scenario: Scenario, random: inout Random) -> History {
  var history = History(patient: "simulated")
  if let surgeryDay = scenario.surgeryDay {
    history.treatments.append(
      Treatment(day: origin.adding(days: surgeryDay), kind: .totalHipReplacement, side: .right))
  }
  history.treatments.append(Treatment(day: origin, kind: scenario.kind, side: .right))
  var noise = 0.0
  let start = scenario.followUp?.start ?? 0
  for day in scenario.days {
    noise = noiseRho * noise + (1 - noiseRho * noiseRho).squareRoot() * noiseSD * random.gaussian()
    guard random.unit() < scenario.logged else { continue }
    let effect = day >= start && day >= 0 ? scenario.truth : 0
    let score = min(10, max(0, (scenario.course(day) + effect + noise).rounded()))
    history.pain.append(
      PainEntry(day: origin.adding(days: day), score: Int(score), location: .groin, side: .right))
  }
  return history
}

/// The previous method: plain means of the baseline and follow-up windows, 2 points or 30% either way,
/// 50% down substantial.
func previousVerdict(_ response: TreatmentResponse) -> Verdict {
  guard response.baseline.days >= 3, response.followUp.days >= 3, let before = response.baseline.mean,
    let after = response.followUp.mean
  else { return .insufficientData }
  let change = after - before
  let percent = before > 0 ? change / before * 100 : nil
  if let percent, percent <= -50 { return .substantialImprovement }
  if change <= -2 || (percent ?? 0) <= -30 { return .meaningfulImprovement }
  if change >= 2 || (percent ?? 0) >= 30 { return .worse }
  return .noMeaningfulChange
}

/// A share as a percentage with one decimal: "7.4%".
func percent(_ count: Int, of total: Int) -> String {
  let tenths = Int((1000 * Double(count) / Double(max(total, 1))).rounded())
  return "\(tenths / 10).\(tenths % 10)%"
}

struct Tally {
  var diaries = 0
  var verdicts: [Verdict: Int] = [:]
  var previous: [Verdict: Int] = [:]
  var covered = 0
  var estimated = 0
  func share(_ count: Int) -> String { percent(count, of: diaries) }
  func count(_ verdict: Verdict) -> Int { verdicts[verdict] ?? 0 }
  var improvements: Int { count(.substantialImprovement) + count(.meaningfulImprovement) }
  var previousImprovements: Int {
    let substantial = previous[.substantialImprovement] ?? 0
    return substantial + (previous[.meaningfulImprovement] ?? 0)
  }
}

func run(_ scenario: Scenario, diaries: Int, seed: UInt64) -> Tally {
  var random = Random(seed: seed)
  var tally = Tally()
  var windows = ResponseWindows.standard
  if let followUp = scenario.followUp { windows.setFollowUp(followUp, for: scenario.kind) }
  let asOf = origin.adding(days: scenario.days.upperBound)
  for _ in 0..<diaries {
    let diary = history(scenario, random: &random)
    guard let report = try? Report.make(history: diary, asOf: asOf, windows: windows),
      let response = report.responses.first(where: { $0.kind == scenario.kind })
    else { continue }
    tally.diaries += 1
    tally.verdicts[response.verdict, default: 0] += 1
    tally.previous[previousVerdict(response), default: 0] += 1
    if let effect = response.effect {
      tally.estimated += 1
      if effect.effect.low <= scenario.truth && scenario.truth <= effect.effect.high { tally.covered += 1 }
    }
  }
  return tally
}

var diaries = 500
var seed: UInt64 = 2024
var smoke = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  switch argument {
  case "--diaries": diaries = Int(arguments.popFirst() ?? "") ?? diaries
  case "--seed": seed = UInt64(arguments.popFirst() ?? "") ?? seed
  case "--smoke": smoke = true
  default:
    print("recovery-simulate: unknown argument \(argument); use --diaries N, --seed S or --smoke")
    exit(2)
  }
}
if smoke { diaries = 20 }

/// Pain after a hip replacement on `surgeryDay`: from 7.5 falling towards 2.5, halving its distance
/// about every 17 days.
func recovery(from surgeryDay: Int) -> (Int) -> Double {
  { day in 2.5 + 5 * exp(-Double(day - surgeryDay) / 25) }
}

let scenarios: [Scenario] = [
  Scenario(name: "null: flat pain", truth: 0, days: -56...42, logged: 0.85, kind: .cortisone) { _ in 5 },
  Scenario(
    name: "null: falling pain, a month after a hip replacement", truth: 0, days: -30...42, logged: 0.85,
    kind: .physiotherapy, surgeryDay: -30, course: recovery(from: -30)),
  Scenario(
    name: "null: falling pain, no surgery logged", truth: 0, days: -56...42, logged: 0.85, kind: .cortisone
  ) { day in 6.5 - 0.03 * Double(day + 56) },
  Scenario(name: "null: flare before, settling", truth: 0, days: -56...42, logged: 0.85, kind: .cortisone) {
    day in
    if (-8 ... -1).contains(day) { return 8 }
    if (0...7).contains(day) { return 8 - 3 * Double(day) / 7 }
    return 5
  },
  Scenario(
    name: "effect -1", truth: -1, days: -14...28, logged: 0.85, kind: .cortisone,
    followUp: DayWindow(start: 1, end: 28)
  ) { _ in 5 },
  Scenario(
    name: "effect -2", truth: -2, days: -14...28, logged: 0.85, kind: .cortisone,
    followUp: DayWindow(start: 1, end: 28)
  ) { _ in 5 },
  Scenario(
    name: "effect -3", truth: -3, days: -14...28, logged: 0.85, kind: .cortisone,
    followUp: DayWindow(start: 1, end: 28)
  ) { _ in 5 },
  Scenario(name: "effect -3, long diary", truth: -3, days: -56...42, logged: 0.85, kind: .cortisone) { _ in 5
  },
]

print("Diaries per scenario: \(diaries), seed \(seed); daily noise AR(1) rho \(noiseRho), sd \(noiseSD).")
print("")
print(
  "| scenario | improvement | no change | cannot tell | worse | too little data | 95% interval covers truth | previous method: improvement | previous: worse |"
)
print("|---|---|---|---|---|---|---|---|---|")
var results: [(Scenario, Tally)] = []
var failed = false
for (index, scenario) in scenarios.enumerated() {
  let tally = run(scenario, diaries: diaries, seed: seed &+ UInt64(index) &* 1_000_003)
  results.append((scenario, tally))
  let coverage = percent(tally.covered, of: tally.estimated)
  let insufficient = tally.verdicts[.insufficientData, default: 0] + tally.verdicts[.pending, default: 0]
  print(
    "| \(scenario.name) | \(tally.share(tally.improvements)) | \(tally.share(tally.verdicts[.noMeaningfulChange, default: 0])) | \(tally.share(tally.verdicts[.cannotTell, default: 0])) | \(tally.share(tally.verdicts[.worse, default: 0])) | \(tally.share(insufficient)) | \(coverage) | \(tally.share(tally.previousImprovements)) | \(tally.share(tally.previous[.worse, default: 0])) |"
  )
  if tally.diaries != diaries { failed = true }
}

if smoke {
  print("")
  print(failed ? "smoke: some diaries got no response" : "smoke: every diary judged")
  exit(failed ? 1 : 0)
}

print("")
print("Goals:")
func goal(_ text: String, _ met: Bool) {
  print("- \(text): \(met ? "met" : "NOT met")")
}
for (scenario, tally) in results where scenario.truth == 0 {
  let share = Double(tally.improvements) / Double(tally.diaries)
  goal("false improvement at most 10% (\(scenario.name): \(tally.share(tally.improvements)))", share <= 0.10)
}
for (scenario, tally) in results where scenario.name == "null: flat pain" || scenario.truth != 0 {
  let coverage = Double(tally.covered) / Double(max(tally.estimated, 1))
  goal(
    "95% interval coverage 90-97% (\(scenario.name): \(percent(tally.covered, of: tally.estimated)))",
    coverage >= 0.90 && coverage <= 0.97)
}
if let (_, tally) = results.first(where: { $0.0.name == "effect -3" }) {
  let share = Double(tally.improvements) / Double(tally.diaries)
  goal(
    "a true -3 found at least 80% of the time with 14 days before and 28 after (\(tally.share(tally.improvements)))",
    share >= 0.80)
}
