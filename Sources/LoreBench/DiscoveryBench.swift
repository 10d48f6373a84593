import AsyncHTTPClient
import Foundation
import NIOCore
import SQLKit

/// `GET /api/assets/discover/` over 100,000 assets on PostgreSQL at 32 concurrent connections
/// on loopback: the default listing, a rare and a common search term, a type filter and the
/// most-remixed ordering, with `GET /healthz` on the same server as the baseline.
let discoverySuite = HTTPBenchmarkSuite(name: "discovery") {
    guard let databaseURL = ProcessInfo.processInfo.environment["LORE_TEST_DATABASE_URL"], !databaseURL.isEmpty else {
        throw BenchError(
            "discovery needs a PostgreSQL server: run `bench/run discovery` (it starts a throw-away one), "
                + "or set LORE_TEST_DATABASE_URL to an empty database")
    }
    let server = try await BenchServer.start(["DATABASE_URL": databaseURL])
    var configuration = HTTPClient.Configuration(timeout: .init(connect: .seconds(5)))
    // AsyncHTTPClient keeps 8 connections per host by default: allow all 32.
    configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 32)
    let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    do {
        let sql = server.app.db as! any SQLDatabase
        let seeded = try await DiscoverySeed.insert(assets: 100_000, users: 300, on: sql)
        report(
            "discovery", "seeded \(seeded.assets) assets (\(seeded.public) public) of 300 users in", seeded.seconds, "s"
        )
        for word in [DiscoverySeed.rareWord, DiscoverySeed.commonWord] {
            let matches = try await DiscoverySeed.publicMatches(word, on: sql)
            print("discovery: search '\(word)' matches \(matches) public assets")
        }

        let connections = 32
        let scenarios: [(label: String, path: String, count: Int)] = [
            ("GET /healthz (baseline)", "/healthz", 20_000),
            ("discover, default (newest)", "/api/assets/discover/", 4000),
            (
                "discover, search '\(DiscoverySeed.rareWord)'",
                "/api/assets/discover/?search=\(DiscoverySeed.rareWord)", 4000
            ),
            (
                "discover, search '\(DiscoverySeed.commonWord)'",
                "/api/assets/discover/?search=\(DiscoverySeed.commonWord)", 1000
            ),
            ("discover, asset_type=music", "/api/assets/discover/?asset_type=music", 4000),
            ("discover, most_remixed", "/api/assets/discover/?ordering=most_remixed", 4000),
        ]
        for scenario in scenarios {
            let url = server.baseURL + scenario.path
            _ = try await load(client: client, connections: connections, count: 200) { _ in HTTPClientRequest(url: url)
            }
            let run = try await load(client: client, connections: connections, count: scenario.count) { _ in
                HTTPClientRequest(url: url)
            }
            report("discovery", "\(scenario.label) throughput", Double(scenario.count) / run.seconds, "req/s")
            report("discovery", "\(scenario.label) p50 latency", percentile(run.latencies, 50) * 1000, "ms")
            report("discovery", "\(scenario.label) p99 latency", percentile(run.latencies, 99) * 1000, "ms")
        }
    } catch {
        try? await client.shutdown()
        try? await server.stop()
        throw error
    }
    try await client.shutdown()
    try await server.stop()
}

/// Deterministic synthetic assets, inserted a few thousand rows per statement.
enum DiscoverySeed {
    /// Added to one description in 200.
    static let rareWord = "lighthouse"
    /// One of the vocabulary's 105 words.
    static let commonWord = "forest"

    static let vocabulary = """
        amber ancient aurora autumn azure beacon birch blossom bronze canyon cascade cedar cinder citadel \
        clockwork cobalt comet coral crimson crystal dawn delta desert drift dune dusk echo ember emerald \
        fable falcon fern fjord flare forest fox frost garden glacier gleam grove harbor harvest haze heron \
        hollow horizon iris island ivory jade journey lagoon lantern lark meadow mirror mist monsoon moss \
        nebula nocturne oasis ocean onyx orchard origami pebble petal pine prairie prism quartz quill rain \
        raven reef ridge river saffron sage shadow shore silk silver sky slate solstice sparrow spire spring \
        starlight stone summit sunset tide timber topaz tundra twilight valley velvet violet willow winter
        """.split(separator: " ").map(String.init)

    static func insert(assets total: Int, users userCount: Int, on sql: any SQLDatabase) async throws
        -> (assets: Int, public: Int, seconds: Double)
    {
        let existing =
            try await sql.raw("SELECT count(*) AS n FROM assets").first()?.decode(column: "n", as: Int.self) ?? 0
        guard existing == 0 else { throw BenchError("discovery needs an empty database; it has \(existing) assets") }
        let start = Date()
        var random = SplitMix64(seed: 0x10_4E)
        let now = Date()
        var userIDs: [UUID] = []
        let userInsert = sql.insert(into: "users").columns(
            "id", "wallet_address", "username", "bio", "created_at", "updated_at")
        for index in 0..<userCount {
            let id = UUID()
            userIDs.append(id)
            let address = "0x" + String(format: "%040x", index + 1)
            userInsert.values([
                SQLBind(id), SQLBind(address), SQLBind("bench_\(index)"), SQLLiteral.string(""), SQLBind(now),
                SQLBind(now),
            ])
        }
        try await userInsert.run()

        let rowsPerStatement = 3000
        var publicCount = 0
        var inserted = 0
        while inserted < total {
            let insert = sql.insert(into: "assets").columns(columns)
            for _ in 0..<min(rowsPerStatement, total - inserted) {
                let row = makeRow(&random, users: userIDs, now: now, serial: inserted)
                if row.isPublic { publicCount += 1 }
                insert.values(row.values)
                inserted += 1
            }
            try await insert.run()
        }
        // What autovacuum does after a bulk load; without it the first minutes would measure
        // a table without statistics or a visibility map.
        try await sql.raw("VACUUM ANALYZE assets").run()
        try await sql.raw("VACUUM ANALYZE users").run()
        return (inserted, publicCount, Date().timeIntervalSince(start))
    }

    /// How many public assets a search for `word` finds.
    static func publicMatches(_ word: String, on sql: any SQLDatabase) async throws -> Int {
        let pattern = "%" + word + "%"
        return try await sql.raw(
            """
            SELECT count(*) AS n FROM assets WHERE registration_status = 'registered' AND NOT is_archived
            AND (lower(title) LIKE \(bind: pattern) OR lower(description) LIKE \(bind: pattern))
            """
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    private static let columns = [
        "id", "owner_id", "title", "description", "asset_type", "media_url", "media_cid", "media_type", "license_type",
        "commercial_use", "derivatives_allowed", "commercial_rev_share", "minting_fee", "license_terms_ids", "chain_id",
        "nft_contract", "token_id", "ip_id", "tx_hash", "registered_at", "registration_status", "creation_step",
        "step_data", "registration_attempts", "is_archived", "derivatives_count", "favorites_count", "created_at",
        "updated_at",
    ]

    private static let assetTypes = ["digital_art", "music", "writing", "photography", "game_asset"]
    private static let licenseTypes = ["non_commercial_social_remixing", "commercial_use", "commercial_remix", "cc_by"]

    private static func makeRow(_ random: inout SplitMix64, users: [UUID], now: Date, serial: Int)
        -> (values: [any SQLExpression], isPublic: Bool)
    {
        func word() -> String { vocabulary[random.next(below: vocabulary.count)] }
        let title = (0..<(2 + random.next(below: 3))).map { _ in word() }.joined(separator: " ").capitalized
        var words = (0..<(20 + random.next(below: 20))).map { _ in word() }
        if random.next(below: 200) == 0 { words.insert(rareWord, at: random.next(below: words.count)) }
        let sentence = words.joined(separator: " ")
        let description = sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
        // 92 % public, 3 % registered but archived, 3 % pending, 2 % failed.
        let roll = random.next(below: 100)
        let status = roll < 95 ? "registered" : roll < 98 ? "pending" : "failed"
        let isArchived = status == "registered" && roll >= 92
        let created = now.addingTimeInterval(
            -Double(random.next(below: 365 * 86_400)) - Double(random.next(below: 1000)) / 1000)
        let derivatives = random.next(below: 10) == 0 ? 1 + random.next(below: 20) : 0
        let favorites = random.next(below: 4) == 0 ? random.next(below: 200) : 0
        let cid = "bafkrei" + String(format: "%026x", serial)
        let registered = status == "registered"
        let values: [any SQLExpression] = [
            SQLBind(UUID()), SQLBind(users[random.next(below: users.count)]), SQLBind(title), SQLBind(description),
            SQLBind(assetTypes[random.next(below: assetTypes.count)]), SQLBind("ipfs://" + cid), SQLBind(cid),
            SQLLiteral.string("image/png"), SQLBind(licenseTypes[random.next(below: licenseTypes.count)]),
            SQLLiteral.boolean(false), SQLLiteral.boolean(true), SQLLiteral.numeric("0"), SQLLiteral.string("0"),
            SQLRaw("'{1}'"), registered ? SQLLiteral.numeric("31337") : SQLLiteral.null,
            registered ? SQLLiteral.string("0x00000000000000000000000000000000000c0de0") : SQLLiteral.null,
            registered ? SQLBind(String(serial + 1)) : SQLLiteral.null,
            registered ? SQLBind("0x" + String(format: "%040x", serial + 1)) : SQLLiteral.null,
            registered ? SQLLiteral.string("0x" + String(repeating: "ab", count: 32)) : SQLLiteral.null,
            registered ? SQLBind(created) : SQLLiteral.null,
            SQLBind(status), SQLLiteral.string(registered ? "completed" : "story_registration"),
            SQLLiteral.string("{}"),
            SQLLiteral.numeric("1"), SQLLiteral.boolean(isArchived), SQLBind(derivatives), SQLBind(favorites),
            SQLBind(created), SQLBind(created),
        ]
        return (values, registered && !isArchived)
    }
}

/// A small deterministic generator, so every run seeds the same data.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
