// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "recovery",
  products: [
    .executable(name: "recovery", targets: ["recovery"]),
    .library(name: "RecoveryModel", targets: ["RecoveryModel"]),
    .library(name: "RecoveryStore", targets: ["RecoveryStore"]),
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
    .executableTarget(
      name: "recovery",
      dependencies: [
        "RecoveryModel", "RecoveryStore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "recovery-bench",
      dependencies: ["RecoveryModel", "RecoveryStore"],
      path: "Benchmarks/recovery-bench"
    ),
    .testTarget(name: "RecoveryModelTests", dependencies: ["RecoveryModel"]),
    .testTarget(
      name: "RecoveryStoreTests",
      dependencies: ["RecoveryStore", "RecoveryModel"],
      // Fixtures are read through #filePath, not bundled.
      exclude: ["Fixtures"]
    ),
    .testTarget(
      name: "RecoveryCLITests",
      dependencies: ["RecoveryModel"],
      // Golden files are read through #filePath, not bundled.
      exclude: ["Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
