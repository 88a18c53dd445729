// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";

import {KlasterAccountBase} from "./KlasterAccountBase.sol";

/// @title Klaster7702Account
/// @notice The Klaster account for plain EOAs: the implementation an EOA
/// delegates to with EIP-7702 (klaster_getInfo lists it as `eip7702Account`).
///
/// It needs no storage and no initialisation. The EOA's code is the
/// delegation, so the account's address is the EOA's: with no owner
/// registered, KlasterMerkleValidator takes the account itself as the signer,
/// and the EOA's own key signs the iTx root (mee-v1) or the userOpHash.
///
/// Unlike KlasterAccount it has no `initialize`: on a delegated EOA its
/// storage starts empty, and anyone could otherwise install themselves as
/// the owner. The EOA may still register another owner in the validator by
/// calling `execute(validator, 0, onInstall(owner))` itself.
contract Klaster7702Account is KlasterAccountBase {
    /// @param anEntryPoint the EntryPoint (v0.8) the delegated EOAs trust.
    /// @param aValidator the KlasterMerkleValidator used for all signature checks.
    constructor(IEntryPoint anEntryPoint, address aValidator) KlasterAccountBase(anEntryPoint, aValidator) {}
}
