import BigInt
import Ethereum

/// AccessController permission values (story.md §2.8): ABSTAIN = 0, ALLOW = 1, DENY = 2.
public enum AccessPermission: UInt8, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case abstain = 0
    case allow = 1
    case deny = 2

    public var description: String {
        switch self {
        case .abstain: "ABSTAIN"
        case .allow: "ALLOW"
        case .deny: "DENY"
        }
    }
}

/// `AccessPermission.Permission`: what `signer` may do on `ipAccount` when calling `to`'s `func`.
/// `to = 0x0` with `func = any` is the account-wide permission; `func = any` covers all of `to`.
public struct PermissionEntry: Hashable, Sendable, ABITupleConvertible {
    public var ipAccount: Address
    public var signer: Address
    public var to: Address
    public var function: FunctionSelector
    public var permission: AccessPermission

    public init(
        ipAccount: Address, signer: Address, to: Address, function: FunctionSelector,
        permission: AccessPermission
    ) {
        self.ipAccount = ipAccount
        self.signer = signer
        self.to = to
        self.function = function
        self.permission = permission
    }

    /// `(address,address,address,bytes4,uint8)`
    public static let abiType = ABIType.tuple([.address, .address, .address, .fixedBytes(4), .uint(8)])

    public var abiValue: ABIValue {
        .tuple([
            .address(ipAccount), .address(signer), .address(to), .fixedBytes(function.bytes),
            .uint(BigUInt(permission.rawValue)),
        ])
    }

    public init(abiValue: ABIValue) throws(ABIError) {
        var r = try ABIFieldReader(tuple: abiValue, count: 5)
        ipAccount = try r.address()
        signer = try r.address()
        to = try r.address()
        function = try r.selector()
        let raw = try r.uint()
        // AccessController rejects values above 2 with its own error; carry them as-is to be refused there.
        guard let value = UInt8(exactly: raw), let permission = AccessPermission(rawValue: value) else {
            throw .integerOutOfRange(.uint(8))
        }
        self.permission = permission
    }
}
