// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IPaymaster} from "@account-abstraction/contracts/interfaces/IPaymaster.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title KlasterNodePaymaster
/// @notice The paymaster of one klaster node in one EntryPoint (v0.7, v0.8 or
/// v0.9). It pays for exactly the ops the node signed a sponsorship for, and
/// for nothing else: an op must carry, in its paymasterData, the node's ECDSA
/// signature over every field of the op that the EntryPoint executes (all but
/// the op's own signature), the paymaster gas limits, the sponsorship's
/// validity window and the payment reference that ties it to the iTx's
/// payment op. Any other op (or a changed one) gets SIG_VALIDATION_FAILED,
/// which the EntryPoint turns into AA34, whoever submits it.
///
/// paymasterAndData = paymaster (20) ‖ paymasterVerificationGasLimit (16) ‖
/// paymasterPostOpGasLimit (16) ‖ validUntil (6) ‖ validAfter (6) ‖
/// paymentRef (32) ‖ signature (65).
///
/// Validation reads only immutables and calldata and calls only ecrecover,
/// so it obeys the ERC-7562 rules; the paymaster is staked (addStake).
/// No context is returned, so the EntryPoint never calls postOp: the price
/// was paid up front, in the iTx's payment op.
contract KlasterNodePaymaster is IPaymaster {
    error NotFromEntryPoint(address caller);
    error NotOwner(address caller);
    error NoPostOp();

    uint256 private constant PAYMASTER_DATA_OFFSET = 52;
    uint256 private constant SPONSORSHIP_LENGTH = 6 + 6 + 32 + 65;
    uint256 private constant SIG_VALIDATION_FAILED = 1;
    /// @notice Domain tag of the sponsorship hash.
    bytes32 public constant SPONSORSHIP_TAG = keccak256("KlasterNodePaymaster.Sponsorship(v1)");

    IEntryPoint public immutable entryPoint;
    /// @notice The node key whose signatures sponsor ops.
    address public immutable signer;
    /// @notice May unlock and withdraw the stake and the deposit.
    address public immutable owner;
    /// @notice The unstake delay of every addStake.
    uint32 public immutable unstakeDelay;

    constructor(IEntryPoint anEntryPoint, address aSigner, address anOwner, uint32 anUnstakeDelay) {
        entryPoint = anEntryPoint;
        signer = aSigner;
        owner = anOwner;
        unstakeDelay = anUnstakeDelay;
    }

    /// @inheritdoc IPaymaster
    function validatePaymasterUserOp(PackedUserOperation calldata userOp, bytes32, uint256)
        external
        view
        override
        returns (bytes memory context, uint256 validationData)
    {
        if (msg.sender != address(entryPoint)) revert NotFromEntryPoint(msg.sender);
        bytes calldata pmd = userOp.paymasterAndData;
        if (pmd.length != PAYMASTER_DATA_OFFSET + SPONSORSHIP_LENGTH) {
            return ("", SIG_VALIDATION_FAILED);
        }
        uint48 validUntil = uint48(bytes6(pmd[52:58]));
        uint48 validAfter = uint48(bytes6(pmd[58:64]));
        bytes32 paymentRef = bytes32(pmd[64:96]);
        bytes32 h = sponsorshipHash(userOp, validUntil, validAfter, paymentRef);
        (address recovered, ECDSA.RecoverError err,) = ECDSA.tryRecover(h, pmd[96:161]);
        uint256 failed = (err != ECDSA.RecoverError.NoError || recovered != signer) ? SIG_VALIDATION_FAILED : 0;
        return ("", failed | (uint256(validUntil) << 160) | (uint256(validAfter) << 208));
    }

    /// @notice The hash the node signs (raw ECDSA, no EIP-191 prefix) to
    /// sponsor userOp: everything the EntryPoint executes except the op's
    /// signature and the sponsorship's own signature.
    function sponsorshipHash(PackedUserOperation calldata userOp, uint48 validUntil, uint48 validAfter, bytes32 paymentRef)
        public
        view
        returns (bytes32)
    {
        bytes32 head = keccak256(
            abi.encode(
                SPONSORSHIP_TAG,
                block.chainid,
                address(this),
                userOp.sender,
                userOp.nonce,
                keccak256(userOp.initCode),
                keccak256(userOp.callData)
            )
        );
        return keccak256(
            abi.encode(
                head,
                userOp.accountGasLimits,
                bytes32(userOp.paymasterAndData[20:52]),
                userOp.preVerificationGas,
                userOp.gasFees,
                validUntil,
                validAfter,
                paymentRef
            )
        );
    }

    /// @inheritdoc IPaymaster
    function postOp(PostOpMode, bytes calldata, uint256, uint256) external pure override {
        revert NoPostOp();
    }

    /// @notice Adds msg.value to the paymaster's deposit (anyone may).
    function deposit() external payable {
        entryPoint.depositTo{value: msg.value}(address(this));
    }

    /// @notice Adds msg.value to the paymaster's stake with unstakeDelay (anyone may).
    function addStake() external payable {
        entryPoint.addStake{value: msg.value}(unstakeDelay);
    }

    /// @notice The paymaster's deposit in the EntryPoint.
    function getDeposit() external view returns (uint256) {
        return entryPoint.balanceOf(address(this));
    }

    function unlockStake() external {
        _onlyOwner();
        entryPoint.unlockStake();
    }

    function withdrawStake(address payable to) external {
        _onlyOwner();
        entryPoint.withdrawStake(to);
    }

    function withdrawTo(address payable to, uint256 amount) external {
        _onlyOwner();
        entryPoint.withdrawTo(to, amount);
    }

    function _onlyOwner() private view {
        if (msg.sender != owner) revert NotOwner(msg.sender);
    }
}
