// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

import {IERC7579Module, IERC7579Validator} from "./interfaces/IERC7579Validator.sol";

/// @title KlasterMerkleValidator
/// @notice ERC-7579 validator that lets one owner signature authorise many
/// user operations (possibly on many chains) at once.
///
/// Signature formats accepted by validateUserOp / isValidSignatureWithSender:
///
///  * "mee-v1": 0x177eee00 ++ abi.encode(bytes32 itxHash, uint48 lowerBoundTimestamp,
///    uint48 upperBoundTimestamp, bytes32[] proof, bytes userSignature).
///    itxHash is the root of an OpenZeppelin-style Merkle tree (sorted pairs)
///    whose leaves are keccak256(bytes.concat(keccak256(abi.encode(hash,
///    uint256(lower), uint256(upper))))). userSignature is the owner's 65-byte
///    ECDSA signature over the root, either EIP-191 personal_sign or raw.
///  * anything else: a 65-byte ECDSA signature over the hash, EIP-191 or raw.
///
/// The owner is kept in a mapping keyed by the account, i.e. in storage
/// associated with the account as ERC-7562 requires. An account that
/// registered no owner is its own signer: that is an EOA delegated to
/// Klaster7702Account with EIP-7702, whose own key signs (for a contract
/// account no key recovers to its address). validateUserOp reads no
/// block environment; the time window is returned in validationData and is
/// enforced by the EntryPoint.
///
/// Executed registry: every mee-v1 op this module validates is recorded in
/// `_executed[userOpHash][account]`. The account is the innermost mapping
/// key, so the slot is keccak256(account ++ keccak256(userOpHash ++ slot)):
/// storage associated with the account (ERC-7562 STO-021). The EntryPoint
/// keeps validation's writes even when the op's execution reverts, so an op
/// that ran and reverted still counts as run. NUMBER is banned in validation
/// (OP-011), so the block cannot be read there: the record is a marker, and
/// the `Executed` event it emits carries the block; see `executedAt`.
contract KlasterMerkleValidator is IERC7579Validator {
    /// @notice Prefix selecting the "mee-v1" Merkle signature scheme.
    bytes4 public constant MEE_V1_PREFIX = 0x177eee00;

    uint256 internal constant MODULE_TYPE_VALIDATOR = 1;
    uint256 internal constant SIG_VALIDATION_FAILED = 1;
    bytes4 internal constant ERC1271_MAGIC_VALUE = 0x1626ba7e;
    bytes4 internal constant ERC1271_INVALID = 0xffffffff;

    /// Size of the static head of the mee-v1 payload (five 32-byte words).
    uint256 private constant MEE_HEAD_SIZE = 160;

    mapping(address account => address owner) private _owners;

    /// @dev userOpHash => account => marker. 0: never validated here.
    mapping(bytes32 userOpHash => mapping(address account => uint256)) private _executed;

    /// @notice Emitted when an account installs (owner != 0) or removes (owner == 0) this module.
    event OwnerSet(address indexed account, address indexed owner);

    /// @notice Emitted when an op of `account` passes this module's validation
    /// (inside handleOps, so the log's block is the block in which it ran).
    event Executed(address indexed account, bytes32 indexed userOpHash);

    error AlreadyInitialized(address account);
    error InvalidOwner();

    /// @inheritdoc IERC7579Module
    /// @param data the owner address in its first 20 bytes (abi.encodePacked(owner)).
    function onInstall(bytes calldata data) external payable override {
        if (_owners[msg.sender] != address(0)) revert AlreadyInitialized(msg.sender);
        if (data.length < 20) revert InvalidOwner();
        address newOwner = address(bytes20(data[0:20]));
        if (newOwner == address(0)) revert InvalidOwner();
        _owners[msg.sender] = newOwner;
        emit OwnerSet(msg.sender, newOwner);
    }

    /// @inheritdoc IERC7579Module
    function onUninstall(bytes calldata) external payable override {
        delete _owners[msg.sender];
        emit OwnerSet(msg.sender, address(0));
    }

    /// @inheritdoc IERC7579Module
    function isModuleType(uint256 moduleTypeId) external pure override returns (bool) {
        return moduleTypeId == MODULE_TYPE_VALIDATOR;
    }

    /// @inheritdoc IERC7579Module
    function isInitialized(address smartAccount) external view override returns (bool) {
        return _owners[smartAccount] != address(0);
    }

    /// @notice The owner registered by `account`, or the zero address (the
    /// account then signs for itself, see `_signerOf`).
    function owner(address account) external view returns (address) {
        return _owners[account];
    }

    /// @notice Nonzero when a mee-v1 op of `sender` with `userOpHash` passed
    /// this module's validation inside handleOps, 0 when it never ran. The value is
    /// 1 (validation may not read NUMBER, ERC-7562 OP-011); the block in which
    /// the op ran is the block of its `Executed` / `UserOperationEvent` log.
    function executedAt(address sender, bytes32 userOpHash) external view returns (uint256) {
        return _executed[userOpHash][sender];
    }

    /// @inheritdoc IERC7579Validator
    /// @dev Never reverts on a bad or malformed signature: it returns
    /// SIG_VALIDATION_FAILED so the EntryPoint reports AA24. Every mee-v1 op
    /// (every op of an interchain transaction) is recorded in the executed
    /// registry (account storage); plain-signature ops belong to no
    /// commitment and are not, so they do not pay for the record. A failed
    /// signature makes handleOps revert as a whole (AA24), so only ops that
    /// ran stay recorded; writing before the check also makes a placeholder
    /// signature cost the same validation gas as the real one.
    function validateUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash)
        external
        override
        returns (uint256)
    {
        address accountOwner = _signerOf(msg.sender);
        bytes calldata sig = userOp.signature;
        if (_isMee(sig)) {
            _executed[userOpHash][msg.sender] = 1;
            emit Executed(msg.sender, userOpHash);
            (bool ok, uint256 lower, uint256 upper) = _checkMee(sig[4:], userOpHash, accountOwner);
            if (!ok) return SIG_VALIDATION_FAILED;
            return (upper << 160) | (lower << 208);
        }
        return _signedBy(accountOwner, userOpHash, sig) ? 0 : SIG_VALIDATION_FAILED;
    }

    /// @inheritdoc IERC7579Validator
    /// @dev The owner is the one registered by msg.sender (the account), or
    /// the account itself when it registered none.
    /// In mee-v1 mode the leaf is built from `hash` and the signed time window
    /// must contain block.timestamp (an upper bound of 0 means "no upper bound",
    /// as in ERC-4337 validationData).
    function isValidSignatureWithSender(address, bytes32 hash, bytes calldata data)
        external
        view
        override
        returns (bytes4)
    {
        address accountOwner = _signerOf(msg.sender);
        if (_isMee(data)) {
            (bool ok, uint256 lower, uint256 upper) = _checkMee(data[4:], hash, accountOwner);
            if (!ok || block.timestamp < lower || (upper != 0 && block.timestamp > upper)) {
                return ERC1271_INVALID;
            }
            return ERC1271_MAGIC_VALUE;
        }
        return _signedBy(accountOwner, hash, data) ? ERC1271_MAGIC_VALUE : ERC1271_INVALID;
    }

    /// @dev Who signs for `account`: its registered owner, or, when it has
    /// none, the account itself (an EIP-7702 delegated EOA signs with its
    /// own key).
    function _signerOf(address account) private view returns (address signer) {
        signer = _owners[account];
        if (signer == address(0)) signer = account;
    }

    function _isMee(bytes calldata sig) private pure returns (bool) {
        return sig.length >= 4 && bytes4(sig[0:4]) == MEE_V1_PREFIX;
    }

    /// @dev Checks a mee-v1 payload (prefix already removed) for `hash`.
    /// Every offset and length is bounds-checked, so a malformed payload yields
    /// ok == false instead of a revert.
    function _checkMee(bytes calldata blob, bytes32 hash, address accountOwner)
        private
        pure
        returns (bool ok, uint256 lower, uint256 upper)
    {
        if (blob.length < MEE_HEAD_SIZE) return (false, 0, 0);
        lower = uint256(bytes32(blob[32:64]));
        upper = uint256(bytes32(blob[64:96]));
        if (lower > type(uint48).max || upper > type(uint48).max) return (false, 0, 0);

        bytes32 root = bytes32(blob[0:32]);
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(hash, lower, upper))));
        if (!_proofValid(blob, root, leaf)) return (false, 0, 0);

        (bool found, uint256 start, uint256 len) = _tail(blob, 128, 1);
        if (!found) return (false, 0, 0);
        ok = _signedBy(accountOwner, root, blob[start:start + len]);
    }

    function _proofValid(bytes calldata blob, bytes32 root, bytes32 leaf) private pure returns (bool) {
        (bool found, uint256 start, uint256 len) = _tail(blob, 96, 32);
        if (!found) return false;
        bytes32[] calldata proof;
        assembly ("memory-safe") {
            proof.offset := add(blob.offset, start)
            proof.length := len
        }
        return MerkleProof.verifyCalldata(proof, root, leaf);
    }

    /// @dev Locates the dynamic value whose offset is stored at `headPos`
    /// (ABI encoding, offsets relative to the start of `blob`). Returns the
    /// start of its data and its length in elements of `elemSize` bytes.
    function _tail(bytes calldata blob, uint256 headPos, uint256 elemSize)
        private
        pure
        returns (bool found, uint256 start, uint256 len)
    {
        uint256 offset = uint256(bytes32(blob[headPos:headPos + 32]));
        // blob.length >= MEE_HEAD_SIZE > 32, so the subtractions cannot underflow.
        if (offset > blob.length - 32) return (false, 0, 0);
        len = uint256(bytes32(blob[offset:offset + 32]));
        start = offset + 32;
        if (len > (blob.length - start) / elemSize) return (false, 0, 0);
        found = true;
    }

    /// @dev True when `sig` is a 65-byte signature by `signer` over either
    /// the EIP-191 personal_sign digest of `hash` or `hash` itself.
    /// v may be 27/28 or 0/1.
    function _signedBy(address signer, bytes32 hash, bytes calldata sig) private pure returns (bool) {
        if (signer == address(0) || sig.length != 65) return false;
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 27) v += 27;
        (address recovered, ECDSA.RecoverError err,) =
            ECDSA.tryRecover(MessageHashUtils.toEthSignedMessageHash(hash), v, r, s);
        if (err == ECDSA.RecoverError.NoError && recovered == signer) return true;
        (recovered, err,) = ECDSA.tryRecover(hash, v, r, s);
        return err == ECDSA.RecoverError.NoError && recovered == signer;
    }
}
