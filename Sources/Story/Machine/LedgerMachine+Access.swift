import BigInt
import Ethereum

/// AccessController (story.md §2.8) and the `verifyPermission` every owner-only module call makes.
extension LedgerMachine {
    /// AccessControlled.verifyPermission: the IP account itself, its owner, or a signer the
    /// AccessController allows for (module, selector).
    func verifyPermission(
        _ ipId: Address, caller: Address, module: Address,
        function: FunctionSelector
    ) throws(StoryError) {
        guard isRegistered(ipId) else { throw StoryErrors.AccessController.notIpAccount(.address(ipId)) }
        if caller == ipId { return }
        try checkPermission(ipAccount: ipId, signer: caller, to: module, function: function)
    }

    /// AccessControlled._hasPermission: the same check, as a Bool.
    func hasPermission(_ ipId: Address, caller: Address, module: Address, function: FunctionSelector) -> Bool {
        (try? verifyPermission(ipId, caller: caller, module: module, function: function)) != nil
    }

    /// AccessController.checkPermission: owner always; otherwise only calls to or from registered
    /// modules, resolved function-level → module-level (func 0) → account-wide (to 0, func 0),
    /// where an explicit DENY wins at its level and only ALLOW at the last level passes.
    func checkPermission(
        ipAccount: Address, signer: Address, to: Address, function: FunctionSelector
    ) throws(StoryError) {
        guard isRegistered(ipAccount) else {
            throw StoryErrors.AccessController.ipAccountIsNotValid(.address(ipAccount))
        }
        let owner = owner(of: ipAccount) ?? .zero
        if owner == signer { return }
        if to != deployment.accessController && !registeredModules.contains(to) && !registeredModules.contains(signer) {
            throw StoryErrors.AccessController.bothCallerAndRecipientAreNotRegisteredModule(
                .address(signer), .address(to))
        }
        let denied = StoryErrors.AccessController.permissionDenied(
            .address(ipAccount), .address(signer), .address(to), .fixedBytes(function.bytes))
        switch permission(owner: owner, ipAccount: ipAccount, signer: signer, to: to, function: function) {
        case .allow: return
        case .deny: throw denied
        case .abstain: break
        }
        switch permission(owner: owner, ipAccount: ipAccount, signer: signer, to: to, function: .any) {
        case .allow: return
        case .deny: throw denied
        case .abstain: break
        }
        guard permission(owner: owner, ipAccount: ipAccount, signer: signer, to: .zero, function: .any) == .allow else {
            throw denied
        }
    }

    /// The stored permission; keyed by the current owner, so a transferred IP starts afresh.
    func permission(
        owner: Address, ipAccount: Address, signer: Address, to: Address,
        function: FunctionSelector
    ) -> AccessPermission {
        state.permissions[PermissionKey(owner: owner, ipAccount: ipAccount, signer: signer, to: to, function: function)]
            ?? .abstain
    }

    /// AccessController.setPermission / setAllPermissions (to = 0, func = 0).
    func setPermission(
        caller: Address, ipAccount: Address, signer: Address, to: Address, function: FunctionSelector,
        permission: UInt8
    ) throws(StoryError) {
        guard ipAccount != .zero else { throw StoryErrors.AccessController.ipAccountIsZeroAddress() }
        guard signer != .zero else { throw StoryErrors.AccessController.signerIsZeroAddress() }
        guard isRegistered(ipAccount) else {
            throw StoryErrors.AccessController.ipAccountIsNotValid(.address(ipAccount))
        }
        guard let value = AccessPermission(rawValue: permission) else {
            throw StoryErrors.AccessController.permissionIsNotValid()
        }
        let owner = owner(of: ipAccount) ?? .zero
        guard ipAccount == caller || owner == caller else {
            throw StoryErrors.AccessController.callerIsNotIPAccountOrOwner()
        }
        if isRegistered(owner) {
            throw StoryErrors.AccessController.ownerIsIPAccount(.address(ipAccount), .address(owner))
        }
        state.permissions[
            PermissionKey(owner: owner, ipAccount: ipAccount, signer: signer, to: to, function: function)] =
            value == .abstain ? nil : value
        emit(
            deployment.accessController,
            .permissionSet(
                ipAccountOwner: owner, ipAccount: ipAccount, signer: signer, to: to, function: function,
                permission: permission))
    }
}
