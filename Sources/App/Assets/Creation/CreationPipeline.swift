import BigInt
import Crypto
import Ethereum
import Fluent
import Foundation
import IPFS
import LoreJSON
import NIOConcurrencyHelpers
import Story

/// Runs an asset's creation steps (12-ASSET-CREATION-WORKFLOW.md, DECISIONS.md "Creation
/// steps"): `media_upload → metadata_upload → story_registration → license_attachment →
/// completed`, resuming at `creation_step`. Every step records its result before the next
/// begins, and registration never happens twice: the ledger refuses a second mint of the same
/// NFT metadata hash (`SPGNFT__DuplicatedNFTMetadataHash`, naming the token), and the pipeline
/// then adopts that registration instead of making another.
struct CreationPipeline: JobHandler {
    static let kind = "asset.creation"

    struct Payload: Codable, Sendable {
        let assetID: UUID

        enum CodingKeys: String, CodingKey { case assetID = "asset_id" }
    }

    let ledger: any IPLedger
    let contentStore: any ContentStore
    let publicOrigin: String
    /// Test hook: throws at chosen points to simulate a crash there.
    let faults: PipelineFaultSwitch

    var kind: String { Self.kind }

    func run(_ context: JobContext) async throws {
        let payload = try context.payload(as: Payload.self)
        let database = context.database
        guard let asset = try await Asset.query(on: database).filter(\.$id == payload.assetID).with(\.$owner).first()
        else { return }  // permanently deleted meanwhile: nothing left to do
        while asset.creationStep != .completed {
            try await context.heartbeat()
            let step = asset.creationStep
            try faults.check(.before(step))
            do {
                try faults.check(.during(step))
                try await perform(step, on: asset, context: context)
            } catch let error as PermanentJobFailure {
                try await markFailed(asset, at: step, reason: error.description, on: database)
                throw error
            } catch let error as StoryError {
                let reason = LedgerRefusal.sentence(for: error)
                try await markFailed(asset, at: step, reason: reason, on: database)
                throw PermanentJobFailure(description: reason, underlying: error)
            } catch {
                // Transient (store, network, database): the job is retried with backoff; once its
                // attempts are used up the asset shows as failed and can be retried by its owner.
                if context.job.attempts >= context.job.maxAttempts {
                    try await markFailed(asset, at: step, reason: "\(step.rawValue) failed: \(error)", on: database)
                } else {
                    asset.registrationError = "\(step.rawValue) will be retried: \(error)"
                    try await asset.save(on: database)
                }
                throw error
            }
            try faults.check(.afterSaved(step))
        }
        try await finish(asset, now: context.now(), on: database)
    }

    /// Makes sure a completed asset is marked registered and its parents count it. Runs whenever
    /// the job finds the steps completed — also after a crash that came after the last step's
    /// save — so the next run finishes what the dead one left (the recount, an asset left
    /// `pending` at `completed` by an earlier version) instead of skipping it.
    private func finish(_ asset: Asset, now: Date, on database: any Database) async throws {
        if asset.registrationStatus != .registered || asset.failedAtStep != nil || asset.registrationError != nil {
            try asset.markRegistered(now: now)
            try await asset.save(on: database)
        }
        let parents = try await DerivativeLink.query(on: database).filter(\.$child.$id == asset.requireID()).all()
        try await AssetCounters.recountDerivatives(of: parents.map { $0.$parent.id }, on: database)
    }

    /// Performs one step and saves its outcome (the next step, the recorded data).
    private func perform(_ step: CreationStep, on asset: Asset, context: JobContext) async throws {
        let database = context.database
        switch step {
        case .mediaUpload:
            try await verifyMedia(asset)
            asset.creationStep = .metadataUpload
        case .metadataUpload:
            try await storeMetadata(asset)
            asset.creationStep = .storyRegistration
        case .storyRegistration:
            asset.registrationAttempts += 1
            try await asset.save(on: database)
            try await register(asset, context: context)
            asset.creationStep = asset.licenseTermsIDs.isEmpty ? .licenseAttachment : .completed
        case .licenseAttachment:
            try await attachLicense(asset, now: context.now())
            asset.creationStep = .completed
        case .completed:
            return
        }
        if asset.creationStep == .completed { try asset.markRegistered(now: context.now()) }
        try await asset.save(on: database)
    }

    /// `media_upload`: the media must be in the content store; record what it is.
    private func verifyMedia(_ asset: Asset) async throws {
        guard let cid = CID(asset.mediaCID) else {
            throw PermanentJobFailure(description: "media_url does not name a valid CID")
        }
        guard let object = try await contentStore.open(cid) else {
            throw PermanentJobFailure(
                description: "the media \(asset.mediaURL) is not in the content store; upload it again")
        }
        let sha256: String
        if let known = object.sha256 { sha256 = known } else { sha256 = try await Self.hash(object) }
        asset.mediaType = object.mimeType
        asset.mediaSize = object.size
        asset.mediaHash = "0x" + sha256
        var steps = asset.steps
        steps.record(
            CreationStep.mediaUpload.rawValue,
            [
                "ipfs_hash": .string(asset.mediaCID), "ipfs_url": .string(asset.mediaURL),
                "sha256": .string("0x" + sha256),
                "mime_type": .string(object.mimeType), "size": .number(Double(object.size)),
            ])
        asset.steps = steps
    }

    /// SHA-256 of stored content read back in chunks (stores that do not keep it).
    private static func hash(_ object: StoredObject) async throws -> String {
        var hasher = SHA256()
        for try await chunk in object.chunks() {
            chunk.withUnsafeReadableBytes { hasher.update(bufferPointer: $0) }
        }
        return Hex.encode(hasher.finalize(), prefix: false)
    }

    /// `metadata_upload`: build, store and hash the IP and NFT metadata documents.
    private func storeMetadata(_ asset: Asset) async throws {
        let owner = asset.owner
        let ipDocument = try AssetMetadataDocuments.ipMetadata(for: asset, owner: owner)
        let nftDocument = try AssetMetadataDocuments.nftMetadata(for: asset, owner: owner, publicOrigin: publicOrigin)
        let ip = try await contentStore.put(bytes: ipDocument, name: "ip-metadata-\(try asset.requireID())")
        let nft = try await contentStore.put(bytes: nftDocument, name: "nft-metadata-\(try asset.requireID())")
        asset.ipMetadataURI = "ipfs://\(ip.cid)"
        asset.ipMetadataHash = "0x" + ip.sha256
        asset.nftMetadataURI = "ipfs://\(nft.cid)"
        asset.nftMetadataHash = "0x" + nft.sha256
        var steps = asset.steps
        steps.record(
            CreationStep.metadataUpload.rawValue,
            [
                "ipfs_hash": .string(ip.cid.description), "ipfs_url": .string("ipfs://\(ip.cid)"),
                "metadata_hash": .string("0x" + ip.sha256),
                "nft_ipfs_hash": .string(nft.cid.description), "nft_ipfs_url": .string("ipfs://\(nft.cid)"),
                "nft_metadata_hash": .string("0x" + nft.sha256),
            ])
        asset.steps = steps
    }

    /// `story_registration`: mint, register and attach terms (or link to parents) in one
    /// transaction; adopt an earlier registration of the same metadata after a crash.
    private func register(_ asset: Asset, context: JobContext) async throws {
        let metadata = try ipMetadata(of: asset)
        let owner = try asset.owner.address
        let deployment = ledger.deployment
        let links = try await DerivativeLink.query(on: context.database)
            .filter(\.$child.$id == asset.requireID()).with(\.$parent).sort(\.$position).all()
        let registered: RegisteredIP
        var transactionHash: String?
        do {
            let receipt: LedgerReceipt<RegisteredIP>
            if links.isEmpty {
                let terms = try LicenseSelection.terms(of: asset)
                receipt = try await ledger.mintAndRegisterIpAndAttachPILTerms(
                    from: ledger.operatorAddress, spgNftContract: deployment.spgNftContract, recipient: owner,
                    ipMetadata: metadata, licenseTermsData: [LicenseTermsData(terms: terms)], allowDuplicates: false)
            } else {
                let derivation = try DerivativeRegistration(asset: asset, links: links, deployment: deployment)
                // The child's creator pays the parents' minting fees.
                receipt = try await ledger.mintAndRegisterIpAndMakeDerivative(
                    from: owner, spgNftContract: deployment.spgNftContract, derivData: derivation.makeDerivative,
                    ipMetadata: metadata, recipient: owner, allowDuplicates: false)
            }
            try faults.check(.afterLedgerCall)
            registered = receipt.result
            transactionHash = receipt.transactionHash.hex
        } catch let error as StoryError where error.name == "SPGNFT__DuplicatedNFTMetadataHash" {
            registered = try await adoptRegistration(from: error)
        }
        asset.chainID = Int(deployment.chainId)
        asset.nftContract = registered.nftContract.lowercased
        asset.tokenID = String(registered.tokenId)
        asset.ipID = registered.ipId.lowercased
        asset.licenseTermsIDs = registered.licenseTermsIds.map { String($0) }
        asset.txHash = transactionHash ?? asset.txHash
        var steps = asset.steps
        steps.record(
            CreationStep.storyRegistration.rawValue,
            [
                "story_ip_id": .string(registered.ipId.lowercased), "token_id": .string(String(registered.tokenId)),
                "nft_contract": .string(registered.nftContract.lowercased),
                "license_terms_ids": .array(registered.licenseTermsIds.map { .string(String($0)) }),
                "tx_hash": transactionHash.map(JSONValue.string) ?? .null,
                "recovered": .bool(transactionHash == nil),
            ])
        asset.steps = steps
        for link in links {
            link.txHash = transactionHash ?? link.txHash
            try await link.save(on: context.database)
        }
    }

    /// The registration the ledger already holds for this metadata (a crash came between the
    /// ledger's receipt and our save).
    private func adoptRegistration(from error: StoryError) async throws -> RegisteredIP {
        guard error.arguments.count == 3, case .address(let collection) = error.arguments[0],
            case .uint(let tokenId) = error.arguments[1]
        else { throw error }
        let ipId = ledger.ipId(chainId: ledger.deployment.chainId, tokenContract: collection, tokenId: tokenId)
        let terms = try await ledger.attachedLicenseTerms(of: ipId)
        return RegisteredIP(ipId: ipId, nftContract: collection, tokenId: tokenId, licenseTermsIds: terms)
    }

    /// `license_attachment`: only when registration left no terms attached.
    private func attachLicense(_ asset: Asset, now: Date) async throws {
        guard let ipId = asset.ipAddress else {
            throw PermanentJobFailure(description: "the asset has no ipId to attach terms to")
        }
        let terms = try LicenseSelection.terms(of: asset)
        let owner = try asset.owner.address
        let termsId = try await ledger.registerLicenseTerms(from: ledger.operatorAddress, terms: terms).result
        if !(try await ledger.attachedLicenseTerms(of: ipId)).contains(termsId) {
            _ = try await ledger.attachLicenseTerms(from: owner, ipId: ipId, licenseTermsId: termsId)
        }
        asset.licenseTermsIDs = [String(termsId)]
        var steps = asset.steps
        steps.record(
            CreationStep.licenseAttachment.rawValue,
            [
                "attached": .bool(true), "license_terms_id": .string(String(termsId)),
                "attached_at": .string(ISO8601.string(from: now)),
            ])
        asset.steps = steps
    }

    private func ipMetadata(of asset: Asset) throws -> IPMetadata {
        guard let ipURI = asset.ipMetadataURI, let ipHash = asset.ipMetadataHash.flatMap({ try? Bytes32(hex: $0) }),
            let nftURI = asset.nftMetadataURI, let nftHash = asset.nftMetadataHash.flatMap({ try? Bytes32(hex: $0) })
        else { throw PermanentJobFailure(description: "the metadata documents are missing; retry the creation") }
        return IPMetadata(
            ipMetadataURI: ipURI, ipMetadataHash: ipHash, nftMetadataURI: nftURI, nftMetadataHash: nftHash)
    }

    private func markFailed(_ asset: Asset, at step: CreationStep, reason: String, on database: any Database)
        async throws
    {
        try asset.markFailed(at: step, reason: reason)
        try await asset.save(on: database)
    }
}

/// Points where a test can make the pipeline stop as if the process had died.
enum PipelinePoint: Hashable, Sendable {
    case before(CreationStep)
    /// Inside the step: what fails here is handled as the step's own failure.
    case during(CreationStep)
    /// The ledger has committed the registration; nothing is saved yet.
    case afterLedgerCall
    case afterSaved(CreationStep)
}

/// Decides where the pipeline "crashes" (tests only).
protocol PipelineFaults: Sendable {
    func check(_ point: PipelinePoint) throws
}

/// The installed fault plan, if any: a test installs one, production never does.
final class PipelineFaultSwitch: PipelineFaults, Sendable {
    private let installed = NIOLockedValueBox<(any PipelineFaults)?>(nil)

    func install(_ faults: (any PipelineFaults)?) { installed.withLockedValue { $0 = faults } }

    func check(_ point: PipelinePoint) throws {
        try installed.withLockedValue { $0 }?.check(point)
    }
}
