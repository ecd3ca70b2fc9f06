// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "recovery",
  products: [
    .executable(name: "recovery", targets: ["recovery"]),
    .library(name: "RecoveryModel", targets: ["RecoveryModel"]),
    .library(name: "RecoveryStore", targets: ["RecoveryStore"]),
    .library(name: "RecoveryReport", targets: ["RecoveryReport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
    ),
    .target(name: "RecoveryModel"),
    .target(name: "RecoveryStore", dependencies: ["RecoveryModel", "CSQLite"]),
    .target(name: "RecoveryReport", dependencies: ["RecoveryModel"]),
    .executableTarget(
      name: "recovery",
      dependencies: [
        "RecoveryModel", "RecoveryStore", "RecoveryReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "recovery-bench",
      dependencies: ["RecoveryModel", "RecoveryStore"],
      path: "Benchmarks/recovery-bench"
    ),
    // Helpers shared by the test targets: temporary folders, the built tool, the sqlite3 shell, fixed days
    // and seeds.
    .target(name: "RecoveryTestSupport", dependencies: ["RecoveryModel"], path: "Tests/RecoveryTestSupport"),
    // The process the crash-safety tests kill in the middle of a write.
    .executableTarget(
      name: "recovery-crash-helper",
      dependencies: ["RecoveryStore", "RecoveryModel"],
      path: "Tests/CrashHelper"
    ),
    .testTarget(name: "RecoveryModelTests", dependencies: ["RecoveryModel", "RecoveryTestSupport"]),
    .testTarget(
      name: "RecoveryStoreTests",
      dependencies: ["RecoveryStore", "RecoveryModel", "RecoveryTestSupport"],
      // Fixtures are read through #filePath, not bundled.
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "RecoveryReportTests",
      dependencies: ["RecoveryReport", "RecoveryModel", "RecoveryTestSupport"],
      // Golden files are read through #filePath, not bundled.
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "RecoveryCLITests",
      dependencies: ["RecoveryModel", "RecoveryTestSupport", "recovery-crash-helper"],
      // Golden files are read through #filePath, not bundled.
      exclude: ["Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
