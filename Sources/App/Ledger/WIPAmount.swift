import BigInt
import Foundation
import Story

/// Amounts of WIP (18 decimals) as people write them ("1.5") and as the ledger counts them (wei).
enum WIPAmount {
    static let decimals = StoryUnits.wipDecimals

    /// Parses a non-negative decimal with at most 18 fractional digits into wei; nil otherwise.
    static func wei(fromDecimal text: String) -> BigUInt? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !trimmed.isEmpty, trimmed.count <= 100 else { return nil }
        let whole = parts[0].isEmpty ? "0" : String(parts[0])
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit), fraction.count <= decimals,
            !(parts.count == 2 && fraction.isEmpty)
        else { return nil }
        guard let wholeValue = BigUInt(whole, radix: 10) else { return nil }
        let padded = fraction + String(repeating: "0", count: decimals - fraction.count)
        let fractionValue = BigUInt(padded, radix: 10) ?? 0
        return wholeValue * BigUInt(10).power(decimals) + fractionValue
    }

    /// "1.5" for 1.5 × 10^18 wei: no trailing zeros, no exponent.
    static func decimal(fromWei wei: BigUInt) -> String {
        let unit = BigUInt(10).power(decimals)
        let (whole, fraction) = wei.quotientAndRemainder(dividingBy: unit)
        guard fraction > 0 else { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: decimals - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
