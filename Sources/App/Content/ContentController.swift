import IPFS
import Vapor

/// `GET /ipfs/{cid}` (and `HEAD`): stored content by its address, CIDv1 or the CIDv0 `Qm…` of
/// the same file, with ranges and immutable caching (see ``StoredContentResponse``). Outside
/// `/api/`, so errors are HTML pages: 400 for a malformed CID, 404 for content not stored here.
/// Not rate limited: pages load many images, and immutable answers are cached downstream.
enum ContentController {
    static func serve(req: Request) async throws -> Response {
        let text = req.parameters.get(SiteURL.Key.cid) ?? ""
        let cid: CID
        do {
            cid = try CID(parsing: text)
        } catch {
            throw APIError(
                .badRequest, "Malformed content address",
                detail: "The address is not a CID (a CIDv1 such as bafkrei… or a CIDv0 Qm…): \(error).")
        }
        let object: StoredObject?
        do {
            object = try await req.lore.contentStore.open(cid)
        } catch let error as ContentStoreError {
            throw UploadController.clientError(for: error, logger: req.logger)
        }
        guard let object else { throw APIError.notFound("Content \(cid)") }
        return try StoredContentResponse.make(for: object, request: req)
    }
}
