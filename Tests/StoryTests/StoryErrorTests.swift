import Ethereum
import Testing

@testable import Story

@Suite("Story errors")
struct StoryErrorTests {
    @Test func selectorsMatchStorySelectorsAppendix() {
        #expect(Hex.encode(StoryErrors.LicenseRegistry.parentIpTagged.selector) == "0x76a26b62")
        #expect(Hex.encode(StoryErrors.ArbitrationPolicyUMA.cannotCancel.selector) == "0x048a9640")
        #expect(Hex.encode(StoryErrors.RoyaltyModule.aboveMaxPercent.selector) == "0x39759b14")
        #expect(Hex.encode(StoryErrors.LicensingModule.derivativesCannotAddLicenseTerms.selector) == "0x1ae3058f")
        #expect(Hex.encode(StoryErrors.AccessController.permissionDenied.selector) == "0xb3e96921")
    }

    @Test func revertDataRoundTripsWithArgumentsAndExplanation() throws {
        let parent = try Address("0x78cDAEEA147bF8AACFa8dda269EF724aC54d94ad")
        let error = StoryErrors.LicenseRegistry.parentIpTagged(.address(parent))
        #expect(error.name == "LicenseRegistry__ParentIpTagged")
        #expect(error.namedArguments.first?.name == "ipId")
        #expect(error.explanation.contains("dispute"))
        #expect(error.description.hasPrefix("LicenseRegistry__ParentIpTagged(ipId: 0x78cD"))
        let decoded = try #require(StoryError(revertData: error.revertData))
        #expect(decoded == error)
        #expect(StoryError(revertData: [1, 2, 3, 4]) == nil)
    }

    @Test func selectorsAreUniqueInTheCatalogue() {
        #expect(StoryErrors.bySelector.count == StoryErrors.all.count)
    }
}
