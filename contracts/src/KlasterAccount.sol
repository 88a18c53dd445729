// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";

import {IERC7579Validator} from "./interfaces/IERC7579Validator.sol";
import {KlasterAccountBase} from "./KlasterAccountBase.sol";

/// @title KlasterAccount
/// @notice Minimal ERC-4337 account whose signature checks are delegated to a
/// single ERC-7579 validator module (KlasterMerkleValidator).
///
/// The contract is deployed once as an implementation; users get ERC-1167
/// minimal proxies created by KlasterAccountFactory. The EntryPoint and the
/// validator are immutables of the implementation and therefore shared by all
/// clones; the owner lives in the validator's per-account storage.
///
/// execute / executeBatch have the ABI and revert behaviour of the
/// eth-infinitism v0.8 BaseAccount.
contract KlasterAccount is KlasterAccountBase {
    error AlreadyInitialized();

    event KlasterAccountInitialized(IEntryPoint indexed entryPoint, address indexed validator, address indexed owner);

    bool private _initialized;

    /// @param anEntryPoint the EntryPoint (v0.7 or v0.8) this account trusts.
    /// @param aValidator the KlasterMerkleValidator used for all signature checks.
    constructor(IEntryPoint anEntryPoint, address aValidator) KlasterAccountBase(anEntryPoint, aValidator) {
        // The implementation itself can never be initialised; clones have their own storage.
        _initialized = true;
    }

    /// @notice One-time initialisation of a clone: installs the validator with `anOwner`.
    function initialize(address anOwner) external {
        if (_initialized) revert AlreadyInitialized();
        _initialized = true;
        IERC7579Validator(_validator).onInstall(abi.encodePacked(anOwner));
        emit KlasterAccountInitialized(_entryPoint, _validator, anOwner);
    }
}
