import Fluent

/// Fluent finds a model's properties by reflection (`Mirror`) every time it reads or writes a
/// row unless the model lists them. For Asset's 39 columns that reflection was a third of the
/// CPU time of serving a discovery page (perf, `bench/run discovery`), so they are listed here.
/// `AssetDiscoveryTests.assetListsEveryProperty` fails when a property is added to Asset but
/// not to this list.
extension Asset {
    var properties: [any AnyProperty] {
        [
            $id, $owner, $title, $description, $assetType,
            $mediaURL, $mediaCID, $mediaType, $mediaHash, $mediaSize,
            $licenseType, $commercialUse, $derivativesAllowed, $commercialRevShare, $mintingFee, $licenseTerms,
            $licenseTermsIDs,
            $ipMetadataURI, $ipMetadataHash, $nftMetadataURI, $nftMetadataHash,
            $chainID, $nftContract, $tokenID, $ipID, $txHash, $registeredAt,
            $registrationStatus, $creationStep, $stepData, $failedAtStep, $registrationError, $registrationAttempts,
            $isArchived, $archivedAt, $derivativesCount, $favoritesCount,
            $createdAt, $updatedAt,
        ]
    }
}
