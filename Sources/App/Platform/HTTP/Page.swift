import Fluent
import Vapor

/// `page` (default 1) and `page_size` (default 20, at most 100) from the query string
/// (DECISIONS.md "Pagination"). Bad values are 400s, not silently replaced.
struct PageRequest: Sendable {
    static let defaultSize = 20
    static let maximumSize = 100

    let page: Int
    let size: Int

    init(page: Int = 1, size: Int = PageRequest.defaultSize) {
        self.page = page
        self.size = size
    }

    init(from request: Request) throws {
        var problems: [String: [String]] = [:]
        let rawPage = request.query[String.self, at: "page"]
        let rawSize = request.query[String.self, at: "page_size"]
        let page = rawPage.map { Int($0) ?? 0 } ?? 1
        let size = rawSize.map { Int($0) ?? 0 } ?? Self.defaultSize
        if page < 1 { problems["page"] = ["A page number is a whole number from 1."] }
        if !(1...Self.maximumSize).contains(size) {
            problems["page_size"] = ["page_size is a whole number from 1 to \(Self.maximumSize)."]
        }
        guard problems.isEmpty else { throw APIError.validation(problems) }
        self.init(page: page, size: size)
    }

    var offset: Int { (page - 1) * size }
}

/// The documented list envelope: `{count, next, previous, results}` with absolute page links.
struct Page<Item: Content>: Content {
    let count: Int
    let next: String?
    let previous: String?
    let results: [Item]

    init(results: [Item], count: Int, request: PageRequest, url: URI, publicOrigin: String) {
        self.count = count
        self.results = results
        let hasNext = request.offset + results.count < count
        next = hasNext ? Self.link(to: request.page + 1, size: request.size, url: url, origin: publicOrigin) : nil
        previous =
            request.page > 1
            ? Self.link(
                to: min(request.page - 1, max(1, Int((Double(count) / Double(request.size)).rounded(.up)))),
                size: request.size, url: url, origin: publicOrigin)
            : nil
    }

    /// The page of `request`'s list, its links built on the public origin.
    init(results: [Item], count: Int, request page: PageRequest, for request: Request) {
        self.init(
            results: results, count: count, request: page, url: request.url,
            publicOrigin: request.lore.config.publicOrigin)
    }

    /// The same URL with `page` replaced. The other parameters are kept exactly as sent: decoding
    /// and re-encoding them would turn `%2B` into `+`, which reads back as a space.
    private static func link(to page: Int, size: Int, url: URI, origin: String) -> String {
        var items = (url.query ?? "").split(separator: "&").filter { $0.split(separator: "=").first != "page" }.map(
            String.init)
        items.append("page=\(page)")
        return origin + url.path + "?" + items.joined(separator: "&")
    }

    /// `next` and `previous` are `null` when there is no such page, never absent (the documented envelope).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(count, forKey: .count)
        try container.encode(next, forKey: .next)
        try container.encode(previous, forKey: .previous)
        try container.encode(results, forKey: .results)
    }

    private enum CodingKeys: String, CodingKey {
        case count, next, previous, results
    }
}

extension QueryBuilder {
    /// Runs the count and the page's query.
    func paginate(_ page: PageRequest) async throws -> (items: [Model], count: Int) {
        let count = try await self.copy().count()
        let items = try await self.copy().offset(page.offset).limit(page.size).all()
        return (items, count)
    }
}
