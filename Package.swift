// swift-tools-version:6.0
import PackageDescription

/// Pure modules (Ethereum, SIWE, Story, …) never depend on Vapor or Fluent; only `App` does.
let package = Package(
    name: "lore",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lore", targets: ["lore"]),
        .executable(name: "lore-bench", targets: ["LoreBench"]),
        .executable(name: "lore-pure-bench", targets: ["PureBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/vapor/leaf.git", from: "4.4.0"),
        .package(url: "https://github.com/vapor/jwt.git", from: "5.0.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.0.0"),
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.24.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    ],
    targets: [
        // Debian's libsecp256k1 (apt-get install libsecp256k1-dev), with the recovery module.
        .systemLibrary(name: "CSecp256k1", pkgConfig: "libsecp256k1", providers: [.apt(["libsecp256k1-dev"])]),
        .target(
            name: "Ethereum",
            dependencies: [
                "CSecp256k1",
                .product(name: "BigInt", package: "BigInt"),
            ]
        ),
        .target(name: "SIWE", dependencies: ["Ethereum"]),
        .target(
            name: "Story",
            dependencies: [
                "Ethereum",
                .product(name: "BigInt", package: "BigInt"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "IPFS",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ]
        ),
        // JSONValue: shared by the assistant and the app (assets record their steps in it).
        .target(name: "LoreJSON"),
        .target(
            name: "Assistant",
            dependencies: [
                "LoreJSON",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "App",
            dependencies: [
                "Ethereum", "SIWE", "Story", "IPFS", "Assistant", "LoreJSON",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "JWT", package: "jwt"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .executableTarget(name: "lore", dependencies: ["App"]),
        .executableTarget(
            name: "LoreBench",
            dependencies: [
                "App", "Ethereum", "SIWE", "Story", "IPFS",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        // Benchmarks of the pure modules (no Vapor); `bench/run` builds both benches in release.
        .executableTarget(
            name: "PureBench",
            dependencies: [
                "Ethereum", "SIWE", "Story", "IPFS", "Assistant", .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),

        // Loads ../shared/vectors (or $LORE_VECTORS_DIR) for every test target.
        .target(name: "TestVectors", path: "Tests/TestVectors"),
        .testTarget(
            name: "EthereumTests",
            dependencies: ["Ethereum", "TestVectors", .product(name: "BigInt", package: "BigInt")]
        ),
        .testTarget(name: "SIWETests", dependencies: ["SIWE", "Ethereum", "TestVectors"]),
        .testTarget(name: "StoryTests", dependencies: ["Story", "Ethereum", "TestVectors"]),
        // A scripted HTTP/1.1 server on loopback standing in for Pinata (IPFS and app tests).
        .target(
            name: "FakeHTTP",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/FakeHTTP"
        ),
        // The IPFS and Assistant tests run fake HTTP servers (Pinata, OpenAI-compatible) on loopback.
        .testTarget(
            name: "IPFSTests",
            dependencies: [
                "IPFS", "TestVectors", "FakeHTTP", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "AssistantTests",
            dependencies: [
                "Assistant", "LoreJSON", "TestVectors", .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App", "Ethereum", "SIWE", "Story", "IPFS", "LoreJSON", "TestVectors", "FakeHTTP",
                .product(name: "VaporTesting", package: "vapor"),
                // The upload tests compute CIDs and SHA-256 themselves and run a fake Pinata
                // and raw HTTP/1.1 connections on loopback.
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "BigInt", package: "BigInt"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Development aid: `LORE_PURE_MODULES_ONLY=1 swift test` builds and tests only the pure modules,
// without Vapor, Fluent and the app (much faster on a small machine). The README's test command
// never sets it.
if Context.environment["LORE_PURE_MODULES_ONLY"] != nil {
    let appTargets: Set<String> = ["App", "lore", "LoreBench", "AppTests"]
    package.targets.removeAll { appTargets.contains($0.name) }
    package.products.removeAll { ["lore", "lore-bench"].contains($0.name) }
    let appPackages = ["vapor", "fluent", "fluent-sqlite-driver", "fluent-postgres-driver", "leaf", "jwt"]
    package.dependencies.removeAll { dependency in
        guard case .sourceControl(_, let location, _) = dependency.kind else { return false }
        return appPackages.contains { location.hasSuffix("/\($0).git") }
    }
}
