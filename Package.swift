// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "recovery",
  products: [
    .executable(name: "recovery", targets: ["recovery"]),
    // The web app's server, apart so that Hummingbird is not loaded by every `recovery` command;
    // `recovery serve` runs it.
    .executable(name: "recovery-serve", targets: ["recovery-serve"]),
    .library(name: "RecoveryModel", targets: ["RecoveryModel"]),
    .library(name: "RecoveryStore", targets: ["RecoveryStore"]),
    .library(name: "RecoveryReport", targets: ["RecoveryReport"]),
    .library(name: "RecoveryFHIR", targets: ["RecoveryFHIR"]),
    .library(name: "RecoveryExchange", targets: ["RecoveryExchange"]),
    .library(name: "RecoveryWeb", targets: ["RecoveryWeb"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    // Without its default traits: they link the whole of Foundation (with ICU) and swift-configuration,
    // which would slow the start-up of every `recovery` command; the web app needs neither.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
    // Reads the multipart bodies of the import page's file upload.
    .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
    ),
    // SHA-1's compression on the CPU's SHA instructions, where it has them; RecoveryModel's Swift
    // SHA-1 is the reference and the fallback.
    .target(name: "CSHA1"),
    .target(name: "RecoveryModel", dependencies: ["CSHA1"]),
    .target(name: "RecoveryStore", dependencies: ["RecoveryModel", "CSQLite"]),
    .target(name: "RecoveryReport", dependencies: ["RecoveryModel"]),
    // Every file format: CSV and JSON reading and writing, the diary export, importing a file into a
    // store and exporting a store's entries.
    .target(name: "RecoveryExchange", dependencies: ["RecoveryModel", "RecoveryStore"]),
    .target(name: "RecoveryFHIR", dependencies: ["RecoveryModel", "RecoveryExchange"]),
    // The private web app: routes, pages and the security middleware of `recovery serve`.
    .target(
      name: "RecoveryWeb",
      dependencies: [
        "RecoveryModel", "RecoveryStore", "RecoveryExchange", "RecoveryReport",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "MultipartKit", package: "multipart-kit"),
      ]
    ),
    // The demo patient's story: used by `recovery demo` and the tests, shipped in no library product.
    .target(name: "RecoveryDemo", dependencies: ["RecoveryModel"]),
    // What both executables say and take: the sentences for the libraries' errors, the global options,
    // the one-line error and exit code of a run, the tool's version. Shipped in no library product.
    .target(
      name: "RecoveryCommandLine",
      dependencies: [
        "RecoveryModel", "RecoveryStore", "RecoveryExchange", "RecoveryFHIR",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "recovery",
      dependencies: [
        "RecoveryModel", "RecoveryStore", "RecoveryExchange", "RecoveryReport", "RecoveryFHIR",
        "RecoveryDemo", "RecoveryCommandLine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "recovery-serve",
      dependencies: [
        "RecoveryModel", "RecoveryStore", "RecoveryExchange", "RecoveryFHIR", "RecoveryWeb",
        "RecoveryCommandLine", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Helpers shared by the test targets: temporary folders, the built tool, the sqlite3 shell, fixed days
    // and seeds.
    .target(
      name: "RecoveryTestSupport", dependencies: ["RecoveryModel", "RecoveryDemo"],
      path: "Tests/RecoveryTestSupport",
      // The independent references (the FHIR validator, statsmodels) are run with Python, not built.
      exclude: ["validate_bundle.py", "statsmodels_reference.py", "browser_flows.py"]
    ),
    // The process the crash-safety tests kill in the middle of a write.
    .executableTarget(
      name: "recovery-crash-helper",
      dependencies: ["RecoveryStore", "RecoveryModel"],
      path: "Tests/CrashHelper"
    ),
    .testTarget(
      name: "RecoveryModelTests", dependencies: ["RecoveryModel", "RecoveryDemo", "RecoveryTestSupport"]),
    .testTarget(
      name: "RecoveryExchangeTests",
      dependencies: [
        "RecoveryExchange", "RecoveryFHIR", "RecoveryStore", "RecoveryModel", "RecoveryDemo",
        "RecoveryTestSupport",
      ]
    ),
    .testTarget(
      name: "RecoveryStoreTests",
      dependencies: ["RecoveryStore", "RecoveryModel", "RecoveryDemo", "RecoveryTestSupport"],
      // Fixtures are read through #filePath, not bundled.
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "RecoveryReportTests",
      dependencies: ["RecoveryReport", "RecoveryModel", "RecoveryDemo", "RecoveryTestSupport"],
      // Golden files are read through #filePath, not bundled.
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "RecoveryCLITests",
      dependencies: [
        "RecoveryModel", "RecoveryExchange", "RecoveryDemo", "RecoveryTestSupport", "recovery-crash-helper",
      ],
      // Golden files are read through #filePath, not bundled.
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "RecoveryWebTests",
      dependencies: [
        "RecoveryWeb", "RecoveryStore", "RecoveryModel", "RecoveryExchange", "RecoveryTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
    .testTarget(
      name: "RecoveryFHIRTests",
      dependencies: [
        "RecoveryFHIR", "RecoveryModel", "RecoveryStore", "RecoveryDemo", "RecoveryTestSupport",
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
