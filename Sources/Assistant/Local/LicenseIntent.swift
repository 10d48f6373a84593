import Foundation

/// What a creator says they want from a license, read from their words.
struct LicenseIntent: Sendable, Equatable {
    var nonCommercial: [String] = []
    var free: [String] = []
    var remix: [String] = []
    var noDerivatives: [String] = []
    var commercial: [String] = []
    var royalty: [String] = []
    var royaltyFree: [String] = []
    var openAttribution: [String] = []
    /// A percentage the text states ("15% royalty"), 0-100.
    var statedPercentage: Int?

    var isEmpty: Bool {
        nonCommercial.isEmpty && free.isEmpty && remix.isEmpty && noDerivatives.isEmpty && commercial.isEmpty
            && royalty.isEmpty && royaltyFree.isEmpty && openAttribution.isEmpty
    }

    /// Reads `text`. Negated phrases are matched first and blanked out, so "non-commercial" never
    /// counts as "commercial" and "no remixes" never as "remixes".
    init(text: String) {
        var normalized = " " + Self.normalize(text) + " "
        statedPercentage = Self.percentage(in: normalized)
        nonCommercial = Self.take(Cues.nonCommercial, from: &normalized)
        noDerivatives = Self.take(Cues.noDerivatives, from: &normalized)
        royaltyFree = Self.take(Cues.royaltyFree, from: &normalized)
        royalty = Self.take(Cues.royalty, from: &normalized)
        openAttribution = Self.take(Cues.openAttribution, from: &normalized)
        free = Self.take(Cues.free, from: &normalized)
        remix = Self.take(Cues.remix, from: &normalized)
        commercial = Self.take(Cues.commercial, from: &normalized)
    }

    init() {}

    /// Lowercase words separated by single spaces; hyphens and punctuation become spaces, `%` stays.
    static func normalize(_ text: String) -> String {
        let mapped = text.lowercased().map { character -> Character in
            character.isLetter || character.isNumber || character == "%" || character == "'" || character == "."
                ? character : " "
        }
        return String(mapped).replacingOccurrences(of: "’", with: "'")
            .split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Every cue found as whole words, blanked out of `text` so weaker cues cannot match inside it.
    private static func take(_ cues: [String], from text: inout String) -> [String] {
        var found: [String] = []
        for cue in cues {
            let padded = " \(cue) "
            if text.contains(padded) {
                found.append(cue)
                text = text.replacingOccurrences(of: padded, with: " _ ")
            }
        }
        return found
    }

    /// The first "N%" / "N percent" with 0 ≤ N ≤ 100.
    private static func percentage(in text: String) -> Int? {
        let words = text.split(separator: " ")
        for (index, word) in words.enumerated() {
            var number = Substring(word)
            var hasSign = false
            if number.hasSuffix("%") {
                number = number.dropLast()
                hasSign = true
            } else if index + 1 < words.count, ["%", "percent", "pc"].contains(words[index + 1]) {
                hasSign = true
            } else if index + 2 < words.count, words[index + 1] == "per", words[index + 2] == "cent" {
                hasSign = true
            }
            if hasSign, let value = Double(number), (0...100).contains(value) {
                return Int(value.rounded())
            }
        }
        return nil
    }

    enum Cues {
        static let nonCommercial = [
            "non commercial", "noncommercial", "not for commercial", "no commercial", "not commercial",
            "not for profit", "non profit", "nonprofit", "personal use", "personal projects", "not for sale",
            "not to be sold", "don't sell", "do not sell", "not sell", "never sell", "without profit",
        ]
        static let noDerivatives = [
            "no remix", "no remixes", "no remixing", "no derivatives", "no derivative", "no derivative works",
            "no modifications", "not be modified", "not modified", "without modification", "without changes",
            "unmodified", "as is", "don't remix", "do not remix", "not be remixed", "not remixed", "no edits",
            "not allow remixes", "not allow remixing", "no adaptations",
        ]
        static let royaltyFree = ["royalty free", "no royalty", "no royalties", "without royalties", "without royalty"]
        static let royalty = [
            "royalty", "royalties", "revenue share", "rev share", "revenue sharing", "share of revenue",
            "share of the revenue", "cut of", "percentage of", "earn from", "get paid", "paid when",
        ]
        static let openAttribution = [
            "cc by", "creative commons", "attribution", "credit me", "credit", "credited", "give credit",
            "open license", "open source", "anyone can use", "freely",
        ]
        static let free = ["free of charge", "for free", "free to use", "free", "gratis", "no charge"]
        static let remix = [
            "remix", "remixes", "remixing", "remixed", "derivative", "derivatives", "derivative works", "adapt",
            "adaptation", "adaptations", "build on", "build upon", "modify", "modifications", "fan art", "reuse",
            "sample", "sampling", "transform", "reinterpret", "mashup", "mashups", "cover", "covers",
        ]
        static let commercial = [
            "commercial", "commercially", "sell", "selling", "sale", "sales", "monetize", "monetise", "profit",
            "business", "businesses", "brand", "brands", "advertising", "advertisement", "ads", "merch",
            "merchandise", "products", "clients", "paid", "earn", "income", "revenue",
        ]
    }
}
