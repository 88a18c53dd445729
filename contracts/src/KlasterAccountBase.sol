// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccount} from "@account-abstraction/contracts/interfaces/IAccount.sol";
import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";
import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";

import {IERC7579Validator} from "./interfaces/IERC7579Validator.sol";

/// @title KlasterAccountBase
/// @notice What every Klaster account shares: a minimal ERC-4337 account whose
/// signature checks are delegated to a single ERC-7579 validator module
/// (KlasterMerkleValidator). The EntryPoint and the validator are immutables,
/// so the account reads none of its own storage.
///
/// execute / executeBatch have the ABI and revert behaviour of the
/// eth-infinitism v0.8 BaseAccount.
abstract contract KlasterAccountBase is IAccount, IERC1271 {
    /// @notice One call of executeBatch (same layout as BaseAccount.Call).
    struct Call {
        address target;
        uint256 value;
        bytes data;
    }

    /// @notice Raised by executeBatch with more than one call when call `index` reverts.
    error ExecuteError(uint256 index, bytes error);
    error NotFromEntryPoint(address caller);
    error Unauthorized(address caller);

    IEntryPoint internal immutable _entryPoint;
    address internal immutable _validator;

    /// @param anEntryPoint the EntryPoint (v0.7 or v0.8) this account trusts.
    /// @param aValidator the KlasterMerkleValidator used for all signature checks.
    constructor(IEntryPoint anEntryPoint, address aValidator) {
        _entryPoint = anEntryPoint;
        _validator = aValidator;
    }

    receive() external payable {}

    /// @notice The EntryPoint this account accepts user operations from.
    function entryPoint() public view returns (IEntryPoint) {
        return _entryPoint;
    }

    /// @notice The validator module used for signature checks.
    function validator() public view returns (address) {
        return _validator;
    }

    /// @notice The account's EntryPoint nonce for key 0.
    function getNonce() public view returns (uint256) {
        return _entryPoint.getNonce(address(this), 0);
    }

    /// @inheritdoc IAccount
    function validateUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash, uint256 missingAccountFunds)
        external
        override
        returns (uint256 validationData)
    {
        if (msg.sender != address(_entryPoint)) revert NotFromEntryPoint(msg.sender);
        validationData = IERC7579Validator(_validator).validateUserOp(userOp, userOpHash);
        if (missingAccountFunds != 0) {
            // Like BaseAccount, ignore failure: the EntryPoint checks the deposit itself.
            (bool success,) = payable(msg.sender).call{value: missingAccountFunds}("");
            (success);
        }
    }

    /// @notice Executes one call. Callable by the EntryPoint or the account itself.
    /// The callee's revert data is bubbled up unchanged.
    function execute(address target, uint256 value, bytes calldata data) external {
        _requireForExecute();
        (bool success, bytes memory ret) = target.call{value: value}(data);
        if (!success) _revertWith(ret);
    }

    /// @notice Executes calls in order, reverting on the first failure. With a
    /// single call its revert data is bubbled up unchanged, otherwise it is
    /// wrapped in ExecuteError(index, revertData).
    function executeBatch(Call[] calldata calls) external {
        _requireForExecute();
        uint256 n = calls.length;
        for (uint256 i = 0; i < n; i++) {
            Call calldata c = calls[i];
            (bool success, bytes memory ret) = c.target.call{value: c.value}(c.data);
            if (!success) {
                if (n == 1) _revertWith(ret);
                revert ExecuteError(i, ret);
            }
        }
    }

    /// @inheritdoc IERC1271
    function isValidSignature(bytes32 hash, bytes calldata signature) external view override returns (bytes4) {
        return IERC7579Validator(_validator).isValidSignatureWithSender(msg.sender, hash, signature);
    }

    function _requireForExecute() internal view {
        if (msg.sender != address(_entryPoint) && msg.sender != address(this)) revert Unauthorized(msg.sender);
    }

    function _revertWith(bytes memory data) private pure {
        assembly ("memory-safe") {
            revert(add(data, 0x20), mload(data))
        }
    }
}
