import IPFS
import Vapor

/// Why an upload was refused; ``apiError`` is the documented answer (DECISIONS.md "API shape":
/// 400 malformed, 413 oversize, 415/422 for a file type, 502/503 for the pinning service).
enum UploadError: Error, Equatable, CustomStringConvertible {
    /// The request is not `multipart/form-data` with a boundary.
    case notMultipart
    case malformedBody(MultipartError)
    /// The body could not be read to its end (the connection broke or closed).
    case bodyInterrupted
    case missingFile
    case duplicateField(String)
    case emptyFile
    /// The file passed the upload limit (bytes).
    case fileTooLarge(limit: Int64)
    /// The whole request body passed the limit (bytes): the file's limit plus room for the form.
    case bodyTooLarge(limit: Int64)
    case invalidAssetType(String)
    /// No asset type accepts the file's media type.
    case unsupportedMediaType(String)
    /// The named asset type does not accept the file's media type.
    case mediaTypeNotAccepted(String, by: AssetType)

    var description: String {
        switch self {
        case .notMultipart: "the request body is not multipart/form-data"
        case .malformedBody(let error): error.description
        case .bodyInterrupted: "the request body was interrupted"
        case .missingFile: "no file part"
        case .duplicateField(let name): "the field \(name) was sent more than once"
        case .emptyFile: "the file is empty"
        case .fileTooLarge(let limit): "the file is larger than \(limit) bytes"
        case .bodyTooLarge(let limit): "the request body is larger than \(limit) bytes"
        case .invalidAssetType(let value): "unknown asset type \(value)"
        case .unsupportedMediaType(let type): "no asset type accepts \(type)"
        case .mediaTypeNotAccepted(let type, let assetType): "\(assetType.rawValue) does not accept \(type)"
        }
    }

    var apiError: APIError {
        switch self {
        case .notMultipart:
            APIError(
                .unsupportedMediaType, "Unsupported request body",
                detail: "Send the file as multipart/form-data (with a boundary) in a field named 'file'.")
        case .malformedBody(.truncated):
            APIError(
                .badRequest, "Malformed request body",
                detail: "The multipart body ended before its closing boundary: the upload was cut short. "
                    + "Nothing was stored.")
        case .bodyInterrupted:
            APIError(
                .badRequest, "Upload interrupted",
                detail: "The request body could not be read to its end: the connection broke or closed. "
                    + "Nothing was stored.")
        case .malformedBody(let error):
            APIError(
                .badRequest, "Malformed request body",
                detail: "The multipart body cannot be read: \(error.description).")
        case .missingFile:
            APIError(
                .badRequest, "No file provided", detail: "Send the file in a multipart field named 'file'.",
                fieldErrors: ["file": ["No file was submitted."]])
        case .duplicateField(let name):
            .validation([name: ["Send this field once."]])
        case .emptyFile:
            .validation(["file": ["The submitted file is empty."]])
        case .fileTooLarge(let limit):
            APIError(
                .payloadTooLarge, "File too large",
                detail: "The file is larger than the upload limit of \(Self.megabytes(limit)). Nothing was stored.")
        case .bodyTooLarge(let limit):
            APIError(
                .payloadTooLarge, "Request body too large",
                detail: "The request body is larger than \(Self.megabytes(limit)): the upload limit plus room for "
                    + "the form's other fields. Nothing was stored.")
        case .invalidAssetType:
            .validation(["asset_type": ["Invalid choice. Must be one of: \(AssetType.choices)."]])
        case .unsupportedMediaType(let type):
            APIError(
                .unsupportedMediaType, "Unsupported file type",
                detail: "The file's content is \(type), which no asset type accepts. Accepted types: "
                    + AssetType.allAcceptedMediaTypes.sorted().joined(separator: ", ") + ".",
                fieldErrors: ["file": ["Files of type \(type) are not accepted."]])
        case .mediaTypeNotAccepted(let type, let assetType):
            APIError(
                .unprocessableEntity, "File type not accepted for this asset type",
                detail: "A \(assetType.rawValue) asset accepts "
                    + assetType.acceptedMediaTypes.sorted().joined(separator: ", ")
                    + "; this file's content is \(type)"
                    + Self.alternatives(for: type) + ".",
                fieldErrors: ["file": ["A \(assetType.rawValue) asset cannot be a file of type \(type)."]])
        }
    }

    /// ", which suits music or game_asset" when other asset types would take the file.
    private static func alternatives(for type: String) -> String {
        let others = AssetType.accepting(type).map(\.rawValue)
        return others.isEmpty ? "" : ", which suits " + others.joined(separator: " or ")
    }

    static func megabytes(_ bytes: Int64) -> String {
        bytes % 1_048_576 == 0 ? "\(bytes / 1_048_576) MiB" : "\(bytes) bytes"
    }
}

extension ContentStoreError {
    /// The answer for store failures a client can act on; nil for internal failures (the error
    /// middleware logs those and answers a generic 500).
    var apiError: APIError? {
        switch self {
        case .tooLarge(let limit):
            return UploadError.fileTooLarge(limit: limit).apiError
        case .empty:
            return UploadError.emptyFile.apiError
        case .upstreamRateLimited(let service, let retryAfter):
            var error = APIError(
                .serviceUnavailable, "Content store unavailable",
                detail: "\(service) is rate limiting uploads; try again later. Nothing was stored.")
            if let retryAfter { error.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
            return error
        case .cidMismatch, .upstreamUnauthorized, .upstreamFailed, .upstreamUnreachable, .upstreamInvalidResponse:
            return APIError(
                .badGateway, "Content store unavailable",
                detail: "The pinning service could not store or serve the content; try again later.")
        case .writerClosed, .corrupted, .io:
            return nil
        }
    }
}
