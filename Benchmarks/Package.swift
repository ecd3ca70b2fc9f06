// swift-tools-version: 6.0
// The benchmarks are a package of their own, so building the product never compiles them. It depends
// on the package in the folder above, whose executable `recovery` it also builds (see build.sh).
import PackageDescription

let package = Package(
  name: "recovery-benchmarks",
  dependencies: [
    // Named, because a path dependency is otherwise known by its folder's name, which is the clone's.
    .package(name: "recovery", path: "../")
  ],
  targets: [
    .executableTarget(
      name: "recovery-bench",
      dependencies: [
        .product(name: "RecoveryModel", package: "recovery"),
        .product(name: "RecoveryStore", package: "recovery"),
      ]
    ),
    // The verdicts on simulated diaries whose truth is known; see Benchmarks/README.md.
    .executableTarget(
      name: "recovery-simulate",
      dependencies: [.product(name: "RecoveryModel", package: "recovery")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
