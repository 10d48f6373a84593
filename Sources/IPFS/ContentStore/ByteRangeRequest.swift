/// One range of an HTTP `Range: bytes=…` header (RFC 9110 §14.1.2), resolved against a size.
public enum ByteRangeRequest: Hashable, Sendable {
    /// `bytes=first-last` (`last` inclusive) or `bytes=first-` (`last` nil: to the end).
    case from(first: Int64, last: Int64?)
    /// `bytes=-length`: the last `length` bytes.
    case suffix(length: Int64)

    /// Parses a single-range `Range` header value; nil when it is malformed or asks for
    /// several ranges (which the server may then ignore and answer 200 with everything).
    public init?(headerValue: String) {
        let value = Substring(headerValue).trimmingWhitespace()
        guard value.lowercased().hasPrefix("bytes=") else { return nil }
        let spec = value.dropFirst("bytes=".count).trimmingWhitespace()
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else { return nil }
        let first = spec[..<dash].trimmingWhitespace()
        let last = spec[spec.index(after: dash)...].trimmingWhitespace()
        if first.isEmpty {
            guard let length = Int64(last), length >= 0, last.allSatisfy(\.isNumber) else { return nil }
            self = .suffix(length: length)
            return
        }
        guard let start = Int64(first), first.allSatisfy(\.isNumber) else { return nil }
        if last.isEmpty {
            self = .from(first: start, last: nil)
            return
        }
        guard let end = Int64(last), last.allSatisfy(\.isNumber), end >= start else { return nil }
        self = .from(first: start, last: end)
    }

    /// The half-open byte range this asks for in content of `size` bytes, or nil when it is
    /// unsatisfiable (HTTP 416).
    public func resolved(size: Int64) -> Range<Int64>? {
        switch self {
        case .from(let first, let last):
            guard first < size else { return nil }
            let end = min(last.map { $0 + 1 } ?? size, size)
            return first..<end
        case .suffix(let length):
            guard length > 0, size > 0 else { return nil }
            return max(size - length, 0)..<size
        }
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[start...last]
    }
}
