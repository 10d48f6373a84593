import BigInt
import Ethereum

// MARK: Permissions

extension IPLedger {
    /// AccessController.setPermission (IP owner): `signer` may call `function` of `to` for the IP.
    public func setPermission(
        from: Address, ipAccount: Address, signer: Address, to: Address, function: FunctionSelector,
        permission: AccessPermission
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .setPermission(
                ipAccount: ipAccount, signer: signer, to: to, function: function, permission: permission.rawValue),
            from: from
        ).none()
    }

    /// AccessController.setAllPermissions (IP owner): the account-wide permission.
    public func setAllPermissions(
        from: Address, ipAccount: Address, signer: Address, permission: AccessPermission
    ) async throws -> LedgerReceipt<Void> {
        try await submit(
            .setAllPermissions(ipAccount: ipAccount, signer: signer, permission: permission.rawValue), from: from
        ).none()
    }

    /// AccessController.setBatchPermissions.
    public func setBatchPermissions(from: Address, permissions: [PermissionEntry]) async throws -> LedgerReceipt<Void> {
        try await submit(.setBatchPermissions(permissions), from: from).none()
    }
}
