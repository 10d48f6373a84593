import Foundation
import SIWE
import Testing

@Suite("SIWE: RFC 3339 timestamps")
struct SIWETimestampTests {
    @Test func parsesInstantsWithOffsetsAndFractions() throws {
        let utc = try #require(SIWETimestamp(rfc3339: "2021-09-30T16:25:24Z"))
        #expect(utc.date.timeIntervalSince1970 == 1_633_019_124)
        let fraction = try #require(SIWETimestamp(rfc3339: "2021-09-30T16:25:24.250Z"))
        #expect(fraction.date.timeIntervalSince1970 == 1_633_019_124.25)
        // 14:25 at UTC−02:00 is 16:25 UTC; 22:55 at UTC+06:30 is too.
        let behind = try #require(SIWETimestamp(rfc3339: "2021-09-30T14:25:24-02:00"))
        #expect(behind.date == utc.date)
        let ahead = try #require(SIWETimestamp(rfc3339: "2021-09-30T22:55:24+06:30"))
        #expect(ahead.date == utc.date)
        let lower = try #require(SIWETimestamp(rfc3339: "2021-09-30t16:25:24z"))
        #expect(lower.date == utc.date)
        #expect(lower.text == "2021-09-30t16:25:24z")
        let leapDay = try #require(SIWETimestamp(rfc3339: "2024-02-29T00:00:00Z"))
        #expect(leapDay.date.timeIntervalSince1970 == 1_709_164_800)
    }

    @Test func rejectsNonRFC3339() {
        for text in [
            "2021-09-30 16:25:24Z", "2021-09-30T16:25:24", "2021-9-30T16:25:24Z", "2021-09-30T16:25:24.Z",
            "2021-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2021-04-31T00:00:00Z", "2021-13-01T00:00:00Z",
            "2021-09-30T24:00:00Z", "2021-09-30T16:60:00Z", "2021-09-30T16:25:61Z", "2021-09-30T16:25:24+0200",
            "2021-09-30T16:25:24+24:00", "2021-09-30T16:25:24Z ", "2021-09-30T16:25:24.1234x",
        ] {
            #expect(SIWETimestamp(rfc3339: text) == nil, "\(text)")
        }
    }

    @Test func formatsDatesAsUTCMilliseconds() throws {
        let stamp = SIWETimestamp(Date(timeIntervalSince1970: 1_633_019_124.2509))
        #expect(stamp.text == "2021-09-30T16:25:24.250Z")
        #expect(stamp.date.timeIntervalSince1970 == 1_633_019_124.25)
        #expect(SIWETimestamp(rfc3339: stamp.text)?.date == stamp.date)
        #expect(SIWETimestamp(Date(timeIntervalSince1970: 0)).text == "1970-01-01T00:00:00.000Z")
        #expect(SIWETimestamp(Date(timeIntervalSince1970: -0.001)).text == "1969-12-31T23:59:59.999Z")
        #expect(SIWETimestamp(Date(timeIntervalSince1970: 4_102_444_800)).text == "2100-01-01T00:00:00.000Z")
    }
}
