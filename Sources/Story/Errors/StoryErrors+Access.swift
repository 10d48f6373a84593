extension StoryErrors {
    /// AccessController and the permission checks of every module (AccessControlled, IPAccount).
    public enum AccessController {
        static let bothCallerAndRecipientAreNotRegisteredModule = StoryErrorDefinition(
            "AccessController__BothCallerAndRecipientAreNotRegisteredModule(address signer, address to)",
            "only the IP's owner may act on this; others can only be permitted to call Story modules")
        static let callerIsNotIPAccountOrOwner = StoryErrorDefinition(
            "AccessController__CallerIsNotIPAccountOrOwner()", "only the IP's owner can change its permissions")
        static let ipAccountIsNotValid = StoryErrorDefinition(
            "AccessController__IPAccountIsNotValid(address ipAccount)", "the IP account is not registered")
        static let ipAccountIsZeroAddress = StoryErrorDefinition(
            "AccessController__IPAccountIsZeroAddress()", "the IP account cannot be the zero address")
        static let ownerIsIPAccount = StoryErrorDefinition(
            "AccessController__OwnerIsIPAccount(address ipAccount, address owner)",
            "permissions of an IP owned by another IP account are managed by that account")
        static let permissionDenied = StoryErrorDefinition(
            "AccessController__PermissionDenied(address ipAccount, address signer, address to, bytes4 func)",
            "you are not the IP's owner and have not been given permission for this")
        static let permissionIsNotValid = StoryErrorDefinition(
            "AccessController__PermissionIsNotValid()", "a permission is ABSTAIN (0), ALLOW (1) or DENY (2)")
        static let signerIsZeroAddress = StoryErrorDefinition(
            "AccessController__SignerIsZeroAddress()", "the signer cannot be the zero address")
        static let toAndFuncAreZeroAddressShouldCallSetAllPermissions = StoryErrorDefinition(
            "AccessController__ToAndFuncAreZeroAddressShouldCallSetAllPermissions()",
            "an account-wide permission is set with setAllPermissions")
        static let notIpAccount = StoryErrorDefinition(
            "AccessControlled__NotIpAccount(address ipAccount)", "this address is not a registered IP")

        static let all = [
            bothCallerAndRecipientAreNotRegisteredModule, callerIsNotIPAccountOrOwner, ipAccountIsNotValid,
            ipAccountIsZeroAddress, ownerIsIPAccount, permissionDenied, permissionIsNotValid, signerIsZeroAddress,
            toAndFuncAreZeroAddressShouldCallSetAllPermissions, notIpAccount,
        ]
    }
}
