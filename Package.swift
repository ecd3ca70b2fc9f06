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
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
    ),
    .target(name: "RecoveryModel"),
    .target(name: "RecoveryStore", dependencies: ["RecoveryModel", "CSQLite"]),
    // The demo patient's story: used by `recovery demo` and the tests, shipped in no library product.
    .target(name: "RecoveryDemo", dependencies: ["RecoveryModel"]),
    .executableTarget(
      name: "recovery",
      dependencies: [
        "RecoveryModel", "RecoveryStore", "RecoveryDemo",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(name: "RecoveryModelTests", dependencies: ["RecoveryModel", "RecoveryDemo"]),
    .testTarget(
      name: "RecoveryStoreTests",
      dependencies: ["RecoveryStore", "RecoveryModel", "RecoveryDemo"]
    ),
    .testTarget(
      name: "RecoveryCLITests",
      dependencies: ["RecoveryModel", "RecoveryDemo"],
      // Golden files are read through #filePath, not bundled.
      exclude: ["Golden"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
