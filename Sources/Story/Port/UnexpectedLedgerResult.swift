import BigInt
import Ethereum

/// A ledger answered an operation with a result of another shape than the operation returns
/// (e.g. a number for `registerGroup`): an adapter's bug, never a rule violation.
public struct UnexpectedLedgerResult: Error, CustomStringConvertible, Sendable {
    /// The port operation, e.g. `registerGroup(from:groupPool:)`.
    public let operation: String
    /// What the ledger answered.
    public let result: String

    public init(operation: String, result: String) {
        self.operation = operation
        self.result = result
    }

    public var description: String { "The ledger answered \(operation) with \(result), which it cannot return." }
}

// The result mapping of the typed operations, in one place. `operation` defaults to the calling
// operation's name (`#function`), so the error names the method that got the wrong shape.
extension LedgerReceipt where Result == CallResult {
    func registered(
        in deployment: StoryDeployment, operation: String = #function
    ) throws -> LedgerReceipt<RegisteredIP> {
        try map { result in
            guard case .registered(let ipId, let tokenId, let ids) = result else {
                throw UnexpectedLedgerResult(operation: operation, result: "\(result)")
            }
            // The workflows mint in the deployment's SPG collection.
            return RegisteredIP(
                ipId: ipId, nftContract: deployment.spgNftContract, tokenId: tokenId, licenseTermsIds: ids)
        }
    }

    func number(operation: String = #function) throws -> LedgerReceipt<BigUInt> {
        try map { result in
            guard case .number(let value) = result else {
                throw UnexpectedLedgerResult(operation: operation, result: "\(result)")
            }
            return value
        }
    }

    func numbers(operation: String = #function) throws -> LedgerReceipt<[BigUInt]> {
        try map { result in
            guard case .numbers(let values) = result else {
                throw UnexpectedLedgerResult(operation: operation, result: "\(result)")
            }
            return values
        }
    }

    func address(operation: String = #function) throws -> LedgerReceipt<Address> {
        try map { result in
            guard case .address(let address) = result else {
                throw UnexpectedLedgerResult(operation: operation, result: "\(result)")
            }
            return address
        }
    }

    /// Calls that return nothing: whatever came back is dropped.
    func none() -> LedgerReceipt<Void> { map { _ in () } }
}

extension IPLedger {
    /// Reads `view` and extracts the value of the shape it answers (`value` returns nil for any other).
    func read<Value>(
        _ view: LedgerView, operation: String = #function, _ value: (LedgerViewResult) -> Value?
    ) async throws -> Value {
        let result = try await read(view)
        guard let extracted = value(result) else {
            throw UnexpectedLedgerResult(operation: operation, result: "\(result)")
        }
        return extracted
    }

    /// ``read(_:operation:_:)`` for views that may find nothing (``LedgerViewResult/notFound`` is nil).
    func readIfFound<Value>(
        _ view: LedgerView, operation: String = #function, _ value: (LedgerViewResult) -> Value?
    ) async throws -> Value? {
        let result = try await read(view)
        if case .notFound = result { return nil }
        guard let extracted = value(result) else {
            throw UnexpectedLedgerResult(operation: operation, result: "\(result)")
        }
        return extracted
    }
}

extension LedgerViewResult {
    var boolValue: Bool? { if case .bool(let value) = self { value } else { nil } }
    var numberValue: BigUInt? { if case .number(let value) = self { value } else { nil } }
    var numbersValue: [BigUInt]? { if case .numbers(let values) = self { values } else { nil } }
    var addressValue: Address? { if case .address(let value) = self { value } else { nil } }
    var addressesValue: [Address]? { if case .addresses(let values) = self { values } else { nil } }
    var ipAssetValue: IPAsset? { if case .ipAsset(let value) = self { value } else { nil } }
    var licenseTermsValue: PILTerms? { if case .licenseTerms(let value) = self { value } else { nil } }
    var licensingConfigValue: LicensingConfig? { if case .licensingConfig(let value) = self { value } else { nil } }
    var disputeValue: Dispute? { if case .dispute(let value) = self { value } else { nil } }
    var permissionValue: AccessPermission? { if case .permission(let value) = self { value } else { nil } }
    var licenseTokenValue: LicenseTokenInfo? { if case .licenseToken(let value) = self { value } else { nil } }
    var isNone: Bool { if case .none = self { true } else { false } }
}
