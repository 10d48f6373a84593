import Foundation
import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What ``MultipartStreamParser`` found next in a multipart body.
enum MultipartEvent: Equatable {
    /// A part begins, with its headers.
    case partHeaders(MultipartPartHeaders)
    /// The next bytes of the current part's body: a slice of the input, not a copy.
    case bodyBytes(ByteBuffer)
    /// The current part is complete.
    case partEnd
    /// The close delimiter: the body is complete (anything after it is ignored).
    case end
}

/// The header fields of one part, by lower-cased name (the first occurrence wins).
struct MultipartPartHeaders: Equatable, Sendable {
    var fields: [String: String] = [:]

    subscript(name: String) -> String? { fields[name.lowercased()] }
}

/// Why a multipart body cannot be read.
enum MultipartError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    /// A part's header block passed ``MultipartStreamParser/maximumHeaderBytes``.
    case headersTooLarge(limit: Int)
    /// The body ended before the close delimiter.
    case truncated

    var description: String {
        switch self {
        case .malformed(let reason): "the multipart body is malformed: \(reason)"
        case .headersTooLarge(let limit): "a part's headers are longer than \(limit) bytes"
        case .truncated: "the multipart body ended before its closing boundary"
        }
    }
}

/// An incremental `multipart/form-data` parser (RFC 2046 §5.1.1, RFC 7578): feed it the body
/// chunk by chunk as it arrives (``append(_:)``) and pull events (``next()``) until it needs more.
/// Part bodies come out as slices of the input, so a large file passes through without being
/// collected; only a part's header block (bounded) and a possible partial delimiter at the end
/// of a chunk are held back. ``finish()`` tells a complete body from a truncated one.
struct MultipartStreamParser {
    static let maximumHeaderBytes = 8192
    /// Spaces allowed between a boundary and its line break (RFC 2046's transport padding).
    private static let maximumPadding = 64

    private enum State { case preamble, afterDelimiter, headers, body, epilogue }

    /// `CRLF "--" boundary`: what ends every part.
    private let delimiter: [UInt8]
    private var buffer: ByteBuffer
    private var state = State.preamble

    /// A parser for `boundary` (the `Content-Type` parameter, 1-70 characters).
    init(boundary: String) throws(MultipartError) {
        guard (1...70).contains(boundary.utf8.count), !boundary.utf8.contains(where: { $0 == 0x0d || $0 == 0x0a })
        else {
            throw .malformed("the boundary must be 1 to 70 characters on one line")
        }
        delimiter = Array("\r\n--\(boundary)".utf8)
        // The first delimiter may open the body without a preceding line break: pretend there was one.
        buffer = ByteBuffer(bytes: [0x0d, 0x0a])
    }

    /// Adds the next chunk of the body.
    mutating func append(_ chunk: ByteBuffer) {
        guard state != .epilogue else { return }
        if buffer.readableBytes == 0 {
            buffer = chunk
        } else {
            var chunk = chunk
            buffer.discardReadBytes()
            buffer.writeBuffer(&chunk)
        }
    }

    /// The next event, or nil when more input is needed.
    mutating func next() throws(MultipartError) -> MultipartEvent? {
        while true {
            switch state {
            case .epilogue:
                buffer.moveReaderIndex(to: buffer.writerIndex)
                return nil
            case .preamble, .body:
                let isBody = state == .body
                let (safeCount, foundDelimiter) = scanForDelimiter()
                if safeCount > 0 {
                    if isBody, let bytes = buffer.readSlice(length: safeCount) { return .bodyBytes(bytes) }
                    buffer.moveReaderIndex(forwardBy: safeCount)
                }
                guard foundDelimiter else { return nil }
                buffer.moveReaderIndex(forwardBy: delimiter.count)
                state = .afterDelimiter
                if isBody { return .partEnd }
            case .afterDelimiter:
                guard let ended = try readDelimiterLineEnd() else { return nil }
                if ended { return .end }
            case .headers:
                guard let headers = try readHeaders() else { return nil }
                state = .body
                return .partHeaders(headers)
            }
        }
    }

    /// Checks that the whole body has been seen.
    func finish() throws(MultipartError) {
        guard state == .epilogue else { throw .truncated }
    }

    /// How many leading bytes certainly belong to the current part (or preamble), and whether a
    /// complete delimiter follows them. A delimiter cut off by the end of the input is held back.
    private func scanForDelimiter() -> (safeCount: Int, foundDelimiter: Bool) {
        let delimiter = self.delimiter
        return buffer.withUnsafeReadableBytes { bytes in
            guard let base = bytes.baseAddress else { return (0, false) }
            var start = 0
            while start < bytes.count {
                // The delimiter starts with CR, which no boundary character is: memchr finds candidates.
                guard let found = memchr(base + start, 0x0d, bytes.count - start) else { return (bytes.count, false) }
                let index = UnsafeRawPointer(found) - base
                let available = min(delimiter.count, bytes.count - index)
                var matched = 1
                while matched < available && bytes[index + matched] == delimiter[matched] { matched += 1 }
                if matched == delimiter.count { return (index, true) }
                if matched == available { return (index, false) }
                start = index + 1
            }
            return (bytes.count, false)
        }
    }

    /// After a delimiter: `--` closes the body (true); padding and CRLF start a part's headers
    /// (false); nil when more input is needed.
    private mutating func readDelimiterLineEnd() throws(MultipartError) -> Bool? {
        let view = buffer.readableBytesView
        guard view.count >= 2 else { return nil }
        let first = view.startIndex
        if view[first] == UInt8(ascii: "-") && view[first + 1] == UInt8(ascii: "-") {
            buffer.moveReaderIndex(forwardBy: 2)
            state = .epilogue
            return true
        }
        var index = first
        while index < view.endIndex && (view[index] == 0x20 || view[index] == 0x09) {
            index += 1
            guard index - first <= Self.maximumPadding else { throw .malformed("a boundary line is followed by text") }
        }
        guard view.endIndex - index >= 2 else { return nil }
        guard view[index] == 0x0d && view[index + 1] == 0x0a else {
            throw .malformed("a boundary line is followed by text")
        }
        buffer.moveReaderIndex(forwardBy: index - first + 2)
        state = .headers
        return false
    }

    /// A part's header block up to its empty line, or nil when more input is needed.
    private mutating func readHeaders() throws(MultipartError) -> MultipartPartHeaders? {
        let view = buffer.readableBytesView
        guard view.count >= 2 else { return nil }
        if view[view.startIndex] == 0x0d && view[view.startIndex + 1] == 0x0a {
            buffer.moveReaderIndex(forwardBy: 2)
            return MultipartPartHeaders()
        }
        let terminator: [UInt8] = [0x0d, 0x0a, 0x0d, 0x0a]
        guard let end = view.firstRange(of: terminator) else {
            guard view.count <= Self.maximumHeaderBytes else { throw .headersTooLarge(limit: Self.maximumHeaderBytes) }
            return nil
        }
        let length = end.lowerBound - view.startIndex
        guard length <= Self.maximumHeaderBytes else { throw .headersTooLarge(limit: Self.maximumHeaderBytes) }
        let headers = try Self.parseHeaderBlock(String(decoding: view[view.startIndex..<end.lowerBound], as: UTF8.self))
        buffer.moveReaderIndex(forwardBy: length + terminator.count)
        return headers
    }

    /// `Name: value` lines (RFC 5322 §2.2; folded continuation lines are joined).
    private static func parseHeaderBlock(_ block: String) throws(MultipartError) -> MultipartPartHeaders {
        var headers = MultipartPartHeaders()
        var lastName: String?
        var seenHeader = false
        for line in block.split(separator: "\r\n", omittingEmptySubsequences: false) {
            if seenHeader, let first = line.first, first == " " || first == "\t" {
                if let name = lastName {
                    headers.fields[name, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
                }
                continue
            }
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
                line[..<colon].allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != ":" })
            else { throw .malformed("a part header is not 'Name: value'") }
            let name = line[..<colon].lowercased()
            seenHeader = true
            if headers.fields[name] == nil {
                headers.fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                lastName = name
            } else {
                lastName = nil
            }
        }
        return headers
    }
}
