import Ethereum

/// A refusal by Story Protocol's rules: the custom error the contracts revert with (name and
/// arguments, exactly as `Errors.sol` declares them), and a plain-words explanation for people.
///
/// The local ledger throws these; ``init(revertData:)`` builds the same values from a chain's
/// revert data, so an adapter for the real chain can be handled alike.
public struct StoryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Which error.
    public let definition: StoryErrorDefinition
    /// Its arguments, in declaration order.
    public let arguments: [ABIValue]

    init(_ definition: StoryErrorDefinition, _ arguments: [ABIValue]) {
        precondition(
            arguments.count == definition.function.parameters.count,
            "\(definition.name) takes \(definition.function.parameters.count) arguments")
        self.definition = definition
        self.arguments = arguments
    }

    /// Story's error name, e.g. `LicenseRegistry__ParentIpTagged`.
    public var name: String { definition.name }

    /// A sentence for people, e.g. "the parent IP carries an upheld dispute tag, …".
    public var explanation: String { definition.explanation }

    /// Arguments with their declared names.
    public var namedArguments: [(name: String, value: ABIValue)] {
        zip(definition.function.parameters, arguments).map { ($0.name, $1) }
    }

    /// The revert data a contract returns: selector ‖ abi.encode(arguments).
    public var revertData: [UInt8] { (try? definition.function.encodeCall(arguments)) ?? definition.function.selector }

    /// Decodes revert data into a known Story error; nil for unknown selectors or malformed data.
    public init?(revertData: [UInt8]) {
        guard revertData.count >= 4,
            let definition = StoryErrors.bySelector[Array(revertData.prefix(4))],
            let arguments = try? definition.function.decodeCall(revertData)
        else { return nil }
        self.init(definition, arguments)
    }

    /// `Name(arg: value, …): explanation`.
    public var description: String {
        let args = namedArguments.map { $0.name.isEmpty ? $0.value.description : "\($0.name): \($0.value)" }
        return "\(name)(\(args.joined(separator: ", "))): \(explanation)"
    }

    public static func == (lhs: StoryError, rhs: StoryError) -> Bool {
        lhs.definition == rhs.definition && lhs.arguments == rhs.arguments
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(definition)
        hasher.combine(arguments)
    }
}

/// One custom error: its Solidity declaration and what it means in plain words.
public struct StoryErrorDefinition: Hashable, Sendable, CustomStringConvertible {
    /// The declaration with parameter names, e.g. `LicenseRegistry__ParentIpTagged(address ipId)`.
    public let function: ABIFunction
    public let explanation: String

    init(_ declaration: String, _ explanation: String) {
        // Declarations are literals in this module; a typo is a programming error.
        function = try! ABIFunction(declaration)
        self.explanation = explanation
    }

    public var name: String { function.name }
    /// The 4-byte selector that starts the revert data.
    public var selector: [UInt8] { function.selector }
    public var description: String { function.canonicalSignature }

    /// The error with these arguments.
    func callAsFunction(_ arguments: ABIValue...) -> StoryError { StoryError(self, arguments) }

    public static func == (lhs: StoryErrorDefinition, rhs: StoryErrorDefinition) -> Bool {
        lhs.function == rhs.function
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(function) }
}
