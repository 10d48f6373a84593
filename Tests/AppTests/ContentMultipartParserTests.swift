import Foundation
import NIOCore
import Testing

@testable import App

@Suite("Content: the streaming multipart parser")
struct ContentMultipartParserTests {
    /// A parsed part: its headers and all its body bytes.
    private struct Part: Equatable {
        var headers: [String: String]
        var body: [UInt8]
    }

    /// Feeds `body` in pieces of `size` bytes and collects the parts.
    private func parse(_ body: [UInt8], boundary: String, pieces size: Int) throws -> [Part] {
        var parser = try MultipartStreamParser(boundary: boundary)
        var parts: [Part] = []
        var ended = false
        for start in stride(from: 0, to: body.count, by: size) {
            parser.append(ByteBuffer(bytes: body[start..<min(start + size, body.count)]))
            while let event = try parser.next() {
                switch event {
                case .partHeaders(let headers): parts.append(Part(headers: headers.fields, body: []))
                case .bodyBytes(let bytes): parts[parts.count - 1].body += Array(bytes.readableBytesView)
                case .partEnd: break
                case .end: ended = true
                }
            }
        }
        try parser.finish()
        #expect(ended)
        return parts
    }

    @Test func partsComeOutWholeWhateverThePieceSize() throws {
        // setup: a file full of near-delimiters (CR, CRLF, CRLF--, a boundary prefix)
        var form = MultipartForm(boundary: "XyZ-boundary")
        form.addField("asset_type", "music")
        let tricky = Array("a\r\rb\r\n\r\n--\r\n--XyZ-bound\r\n--XyZ-boundarQ".utf8) + SampleFile.random(3000) + [0x0d]
        form.addFile(tricky, filename: "a.bin")
        form.addField("empty", "")
        let expected = [
            Part(headers: ["content-disposition": "form-data; name=\"asset_type\""], body: Array("music".utf8)),
            Part(
                headers: [
                    "content-disposition": "form-data; name=\"file\"; filename=\"a.bin\"",
                    "content-type": "application/octet-stream",
                ], body: tricky),
            Part(headers: ["content-disposition": "form-data; name=\"empty\""], body: []),
        ]
        for size in [1, 2, 3, 7, 13, 64, 1000, 100_000] {
            // MUT + validate
            #expect(try parse(form.body, boundary: "XyZ-boundary", pieces: size) == expected, "pieces of \(size)")
        }
    }

    @Test func preambleEpiloguePaddingAndFoldedHeaders() throws {
        let body =
            "This is the preamble.\r\n--b  \t\r\nContent-Disposition: form-data;\r\n name=\"file\"\r\n\r\nbytes\r\n--b--\r\nepilogue --b\r\n"
        for size in [1, 5, 1000] {
            let parts = try parse(Array(body.utf8), boundary: "b", pieces: size)
            #expect(
                parts == [Part(headers: ["content-disposition": "form-data; name=\"file\""], body: Array("bytes".utf8))]
            )
        }
    }

    @Test func aPartMayHaveNoHeaders() throws {
        let parts = try parse(Array("--b\r\n\r\nraw\r\n--b--".utf8), boundary: "b", pieces: 2)
        #expect(parts == [Part(headers: [:], body: Array("raw".utf8))])
    }

    @Test func truncatedBodiesAreDetected() throws {
        let body = Array("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nbytes\r\n--b--".utf8)
        for cut in [0, 3, 10, 50, body.count - 7, body.count - 2, body.count - 1] {
            var parser = try MultipartStreamParser(boundary: "b")
            parser.append(ByteBuffer(bytes: body.prefix(cut)))
            while try parser.next() != nil {}
            #expect(throws: MultipartError.truncated, "cut at \(cut)") { try parser.finish() }
        }
    }

    @Test func malformedBodiesAreRefused() throws {
        let cases = [
            "--b\r\nno colon here\r\n\r\nx\r\n--b--",  // a header line without a colon
            "--b junk\r\n\r\nx\r\n--b--",  // text after the boundary
            "--b\r\n: value\r\n\r\nx\r\n--b--",  // an empty header name
        ]
        for body in cases {
            var parser = try MultipartStreamParser(boundary: "b")
            parser.append(ByteBuffer(string: body))
            #expect(throws: MultipartError.self, "\(body)") { while try parser.next() != nil {} }
        }
        #expect(throws: MultipartError.self) { try MultipartStreamParser(boundary: "") }
        #expect(throws: MultipartError.self) { try MultipartStreamParser(boundary: String(repeating: "b", count: 71)) }
    }

    @Test func headerBlocksAreBounded() throws {
        var parser = try MultipartStreamParser(boundary: "b")
        parser.append(ByteBuffer(string: "--b\r\nX-Long: " + String(repeating: "v", count: 9000)))
        #expect(throws: MultipartError.headersTooLarge(limit: 8192)) { while try parser.next() != nil {} }
    }

    @Test func bodyBytesAreSlicesNotCopies() throws {
        // A 1 MiB piece comes out as one event (a slice of the piece), not byte by byte.
        var parser = try MultipartStreamParser(boundary: "b")
        parser.append(ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n"))
        #expect(try parser.next() != nil)
        parser.append(ByteBuffer(bytes: SampleFile.random(1 << 20)))
        var events: [MultipartEvent] = []
        while let event = try parser.next() { events.append(event) }
        #expect(events.count == 1)
        if case .bodyBytes(let bytes) = events.first {
            #expect(bytes.readableBytes >= (1 << 20) - 8)
        }
    }

    @Test func contentDispositionParameters() throws {
        let plain = try #require(ContentDisposition(#"form-data; name="file"; filename="sun \"rise\".png""#))
        #expect(plain.type == "form-data")
        #expect(plain.name == "file")
        #expect(plain.filename == #"sun "rise".png"#)
        let extended = try #require(
            ContentDisposition("form-data; name=file; filename=\"a.png\"; filename*=UTF-8''%C3%A9t%C3%A9.png"))
        #expect(extended.name == "file")
        #expect(extended.filename == "été.png")
        let trailing = try #require(ContentDisposition("FORM-DATA; NAME=\"x\";"))
        #expect(trailing.type == "form-data")
        #expect(trailing.name == "x")
        #expect(ContentDisposition("form-data; name=\"unterminated") == nil)
        #expect(ContentDisposition("form-data; name") == nil)
        #expect(ContentDisposition("") == nil)
    }
}
