// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";

/// @dev What the stake manager reads from the executed registry (KlasterMerkleValidator).
interface IExecutedRegistry {
    function executedAt(address sender, bytes32 userOpHash) external view returns (uint256);
}

/// @dev The one EntryPoint function the stake manager needs (v0.7 and v0.8 alike).
interface IUserOpHasher {
    function getUserOpHash(PackedUserOperation calldata userOp) external view returns (bytes32);
}

/// @title KlasterStakeManager
/// @notice Stake of Klaster committing nodes and witnesses, and slashing of a
/// node that committed to an op and did not run it.
///
/// * Anyone stakes the native coin with `stake()`. `unlock()` starts the
///   withdrawal delay; `withdraw()` pays the whole stake out after it. Staking
///   again cancels a pending unlock. An unlocking stake can still be slashed
///   but does not vote.
/// * A staked witness calls `slash` with the op and its mee-v1 evidence. The
///   call reverts unless the node's commitment (EIP-191 signature over
///   itxHash) recovers to a staked node, the proof puts the op's leaf under
///   itxHash (for one of the EntryPoints fixed at deployment), the deadline
///   `upperBoundTimestamp + challengeDelay` has passed, and the registry says
///   the op never ran. The witness's stake counts as its vote, once per op.
/// * When the votes against a node for one op reach `thresholdBps` of all
///   stake (measured at the vote), `slashBps` of the node's stake is taken and
///   kept in this contract (`slashedTotal`), and `Slashed` is emitted.
contract KlasterStakeManager {
    struct StakeInfo {
        uint256 amount;
        uint256 withdrawableAt; // 0 while locked
    }

    uint256 private constant BPS = 10_000;

    IExecutedRegistry public immutable registry;
    uint256 public immutable unlockDelay;
    uint256 public immutable challengeDelay;
    uint256 public immutable thresholdBps;
    uint256 public immutable slashBps;
    address[] private _entryPoints;

    mapping(address => StakeInfo) private _stakes;
    uint256 public totalStake;
    uint256 public slashedTotal;

    /// @dev keccak256(node, itxHash, userOpHash) => stake that voted, voters, done.
    mapping(bytes32 => uint256) public votes;
    mapping(bytes32 => mapping(address => bool)) public voted;
    mapping(bytes32 => bool) public slashed;

    event Staked(address indexed account, uint256 added, uint256 total);
    event Unlocked(address indexed account, uint256 withdrawableAt);
    event Withdrawn(address indexed account, uint256 amount);
    event SlashVote(
        address indexed node, address indexed witness, bytes32 indexed userOpHash, bytes32 itxHash, uint256 votes
    );
    event Slashed(address indexed node, bytes32 indexed itxHash, bytes32 indexed userOpHash, uint256 amount);

    error BadConfig();
    error NoStake(address account);
    error NotUnlocking(address account);
    error StillLocked(uint256 withdrawableAt);
    error TransferFailed();
    error BadCommitment();
    error NodeNotStaked(address node);
    error BadProof();
    error TooEarly(uint256 deadline);
    error OpExecuted(bytes32 userOpHash);
    error NotAWitness(address caller);
    error AlreadyVoted(address witness);
    error AlreadySlashed();

    constructor(
        IExecutedRegistry registry_,
        address[] memory entryPoints_,
        uint256 unlockDelay_,
        uint256 challengeDelay_,
        uint256 thresholdBps_,
        uint256 slashBps_
    ) {
        if (
            address(registry_) == address(0) || entryPoints_.length == 0 || thresholdBps_ == 0
                || thresholdBps_ > BPS || slashBps_ == 0 || slashBps_ > BPS
        ) revert BadConfig();
        registry = registry_;
        _entryPoints = entryPoints_;
        unlockDelay = unlockDelay_;
        challengeDelay = challengeDelay_;
        thresholdBps = thresholdBps_;
        slashBps = slashBps_;
    }

    /// @notice The EntryPoints whose userOpHash `slash` accepts.
    function entryPoints() external view returns (address[] memory) {
        return _entryPoints;
    }

    /// @notice `account`'s stake and when it may be withdrawn (0: locked).
    function stakeOf(address account) external view returns (uint256 amount, uint256 withdrawableAt) {
        StakeInfo storage s = _stakes[account];
        return (s.amount, s.withdrawableAt);
    }

    /// @notice Adds msg.value to the caller's stake and cancels a pending unlock.
    function stake() external payable {
        if (msg.value == 0) revert NoStake(msg.sender);
        StakeInfo storage s = _stakes[msg.sender];
        s.amount += msg.value;
        s.withdrawableAt = 0;
        totalStake += msg.value;
        emit Staked(msg.sender, msg.value, s.amount);
    }

    /// @notice Starts the withdrawal delay of the caller's stake.
    function unlock() external {
        StakeInfo storage s = _stakes[msg.sender];
        if (s.amount == 0) revert NoStake(msg.sender);
        s.withdrawableAt = block.timestamp + unlockDelay;
        emit Unlocked(msg.sender, s.withdrawableAt);
    }

    /// @notice Pays the caller's whole stake out once its unlock delay is over.
    function withdraw() external {
        StakeInfo storage s = _stakes[msg.sender];
        uint256 amount = s.amount;
        if (amount == 0) revert NoStake(msg.sender);
        if (s.withdrawableAt == 0) revert NotUnlocking(msg.sender);
        if (block.timestamp < s.withdrawableAt) revert StillLocked(s.withdrawableAt);
        delete _stakes[msg.sender];
        totalStake -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice Votes to slash the node whose commitment covers `op` and which
    /// did not run it. The arguments are a witness report's evidence.
    /// @dev userSignature is part of the evidence but not checked here: an op
    /// whose signature cannot validate never simulates, so honest witnesses
    /// report it UNEXECUTABLE and never vote.
    function slash(
        PackedUserOperation calldata op,
        bytes32 itxHash,
        uint48 lowerBoundTimestamp,
        uint48 upperBoundTimestamp,
        bytes32[] calldata proof,
        bytes calldata userSignature,
        bytes calldata nodeCommitment
    ) external {
        userSignature; // evidence only, see @dev
        (address node, ECDSA.RecoverError err,) =
            ECDSA.tryRecover(MessageHashUtils.toEthSignedMessageHash(itxHash), nodeCommitment);
        if (err != ECDSA.RecoverError.NoError) revert BadCommitment();
        if (_stakes[node].amount == 0) revert NodeNotStaked(node);

        bytes32 userOpHash = _leafUserOpHash(op, itxHash, lowerBoundTimestamp, upperBoundTimestamp, proof);

        uint256 deadline = uint256(upperBoundTimestamp) + challengeDelay;
        if (block.timestamp <= deadline) revert TooEarly(deadline);
        if (registry.executedAt(op.sender, userOpHash) != 0) revert OpExecuted(userOpHash);

        _vote(node, itxHash, userOpHash);
    }

    /// @dev Counts the caller's stake against `node` for one op and slashes
    /// at the threshold.
    function _vote(address node, bytes32 itxHash, bytes32 userOpHash) private {
        StakeInfo storage w = _stakes[msg.sender];
        if (w.amount == 0 || w.withdrawableAt != 0 || msg.sender == node) revert NotAWitness(msg.sender);

        bytes32 key = keccak256(abi.encode(node, itxHash, userOpHash));
        if (slashed[key]) revert AlreadySlashed();
        if (voted[key][msg.sender]) revert AlreadyVoted(msg.sender);
        voted[key][msg.sender] = true;
        uint256 v = votes[key] + w.amount;
        votes[key] = v;
        emit SlashVote(node, msg.sender, userOpHash, itxHash, v);

        if (v * BPS >= totalStake * thresholdBps) {
            slashed[key] = true;
            StakeInfo storage n = _stakes[node];
            uint256 amount = n.amount * slashBps / BPS;
            n.amount -= amount;
            totalStake -= amount;
            slashedTotal += amount;
            emit Slashed(node, itxHash, userOpHash, amount);
        }
    }

    /// @dev The userOpHash of `op` under the EntryPoint whose leaf the proof
    /// puts under itxHash; reverts BadProof when there is none.
    function _leafUserOpHash(
        PackedUserOperation calldata op,
        bytes32 itxHash,
        uint48 lower,
        uint48 upper,
        bytes32[] calldata proof
    ) private view returns (bytes32) {
        uint256 n = _entryPoints.length;
        for (uint256 i = 0; i < n; i++) {
            bytes32 h = IUserOpHasher(_entryPoints[i]).getUserOpHash(op);
            bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(h, uint256(lower), uint256(upper)))));
            if (MerkleProof.verifyCalldata(proof, itxHash, leaf)) return h;
        }
        revert BadProof();
    }
}
