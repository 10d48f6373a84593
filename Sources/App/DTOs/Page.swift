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
        previous = request.page > 1
            ? Self.link(to: min(request.page - 1, max(1, Int((Double(count) / Double(request.size)).rounded(.up)))),
                        size: request.size, url: url, origin: publicOrigin)
            : nil
    }

    /// The same URL with `page` replaced (other query parameters kept).
    private static func link(to page: Int, size: Int, url: URI, origin: String) -> String {
        var components = URLComponents()
        components.path = url.path
        var items = URLComponents(string: "?" + (url.query ?? ""))?.queryItems ?? []
        items.removeAll { $0.name == "page" }
        items.append(URLQueryItem(name: "page", value: String(page)))
        components.queryItems = items
        return origin + (components.string ?? url.path)
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
