import Foundation
import IPFS
import NIOCore

/// Receives one `multipart/form-data` upload as its body streams in: the `file` part goes into
/// the content store chunk by chunk, the optional `asset_type` field names the asset type the
/// file must suit, other fields are skipped. Limits and types are enforced as bytes arrive.
///
/// Use: ``receive(_:)`` for every body chunk, then ``finish()``; on any failure call
/// ``cancel()``, which removes whatever was spooled.
struct MultipartUpload {
    /// Room for the form around the file: part headers, the boundaries and small fields.
    static let formOverheadBytes: Int64 = 1 << 20
    /// Longest `asset_type` value read.
    private static let maximumFieldBytes = 64

    private enum Part { case none, file, assetType, skipped }

    private let store: any ContentStore
    private let fileLimit: Int64
    private var parser: MultipartStreamParser
    private var part = Part.none
    private var writer: (any ContentWriter)?
    private var fileComplete = false
    private var mediaType = MediaTypeTracker()
    private var isTypeChecked = false
    private var assetTypeValue: [UInt8]?
    private var bodyBytes: Int64 = 0

    /// The asset type the form named, once its field is complete.
    private(set) var assetType: AssetType?

    /// The largest request body accepted for a file limit of `fileLimit` bytes.
    static func bodyLimit(forFileLimit fileLimit: Int64) -> Int64 { fileLimit + formOverheadBytes }

    /// An upload into `store` whose file may have at most `fileLimit` bytes.
    init(boundary: String, store: any ContentStore, fileLimit: Int64) throws(UploadError) {
        do {
            parser = try MultipartStreamParser(boundary: boundary)
        } catch {
            throw .malformedBody(error)
        }
        self.store = store
        self.fileLimit = fileLimit
    }

    /// Handles the next chunk of the request body.
    mutating func receive(_ chunk: ByteBuffer) async throws {
        bodyBytes += Int64(chunk.readableBytes)
        guard bodyBytes <= Self.bodyLimit(forFileLimit: fileLimit) else {
            throw UploadError.bodyTooLarge(limit: Self.bodyLimit(forFileLimit: fileLimit))
        }
        parser.append(chunk)
        while let event = try next() {
            switch event {
            case .partHeaders(let headers): try await beginPart(headers)
            case .bodyBytes(let bytes): try await receivePartBytes(bytes)
            case .partEnd: try endPart()
            case .end: break
            }
        }
    }

    /// Completes the upload once the body has ended: checks the form and the file's type, then
    /// commits the file to the store.
    mutating func finish() async throws -> StoredContent {
        do {
            try parser.finish()
        } catch {
            throw UploadError.malformedBody(error)
        }
        guard let writer, fileComplete else { throw UploadError.missingFile }
        guard await writer.bytesWritten > 0 else { throw UploadError.emptyFile }
        try checkMediaType(mediaType.final)
        let stored = try await writer.finish()
        // The store tracks the type with the same MediaTypeTracker; checking its answer again
        // keeps the store authoritative (a store with its own rule could disagree).
        try checkMediaType(stored.mimeType)
        return stored
    }

    /// Abandons the upload: the store removes what was spooled (safe to call at any time).
    func cancel() async {
        await writer?.cancel()
    }

    private mutating func next() throws(UploadError) -> MultipartEvent? {
        do {
            return try parser.next()
        } catch {
            throw .malformedBody(error)
        }
    }

    private mutating func beginPart(_ headers: MultipartPartHeaders) async throws {
        guard let disposition = headers["content-disposition"].flatMap(ContentDisposition.init),
            disposition.type == "form-data", let name = disposition.name
        else {
            throw UploadError.malformedBody(.malformed("every part needs 'Content-Disposition: form-data; name=…'"))
        }
        switch name {
        case "file":
            guard writer == nil else { throw UploadError.duplicateField("file") }
            writer = try await store.beginWrite(name: disposition.filename, sizeLimit: fileLimit)
            part = .file
        case "asset_type":
            guard assetTypeValue == nil else { throw UploadError.duplicateField("asset_type") }
            assetTypeValue = []
            part = .assetType
        default:
            part = .skipped
        }
    }

    private mutating func receivePartBytes(_ bytes: ByteBuffer) async throws {
        switch part {
        case .file:
            guard let writer else { return }
            bytes.withUnsafeReadableBytes { mediaType.update($0) }
            if !isTypeChecked, let settled = mediaType.settled {
                try checkMediaType(settled)
                isTypeChecked = true
            }
            do {
                try await writer.write(bytes)
            } catch ContentStoreError.tooLarge(let limit) {
                throw UploadError.fileTooLarge(limit: limit)
            }
        case .assetType:
            assetTypeValue?.append(contentsOf: bytes.readableBytesView)
            guard (assetTypeValue?.count ?? 0) <= Self.maximumFieldBytes else {
                throw UploadError.invalidAssetType(String(decoding: assetTypeValue ?? [], as: UTF8.self))
            }
        case .skipped, .none:
            break
        }
    }

    private mutating func endPart() throws(UploadError) {
        switch part {
        case .file:
            fileComplete = true
        case .assetType:
            let value = String(decoding: assetTypeValue ?? [], as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            guard let assetType = AssetType(rawValue: value) else { throw .invalidAssetType(value) }
            self.assetType = assetType
        case .skipped, .none:
            break
        }
        part = .none
    }

    /// 415 when no asset type takes `mimeType`, 422 when the named one does not.
    private func checkMediaType(_ mimeType: String) throws(UploadError) {
        guard !AssetType.accepting(mimeType).isEmpty else { throw .unsupportedMediaType(mimeType) }
        if let assetType, !assetType.accepts(mimeType) { throw .mediaTypeNotAccepted(mimeType, by: assetType) }
    }
}
