// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IEntryPoint} from "@account-abstraction/contracts/interfaces/IEntryPoint.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";

import {KlasterAccount} from "./KlasterAccount.sol";

/// @title KlasterAccountFactory
/// @notice Deploys KlasterAccount ERC-1167 clones with CREATE2, for use as the
/// factory in a user operation's initCode.
///
/// Account creation writes the owner into the validator's storage slot
/// associated with the new account, which ERC-7562 only permits when the
/// factory is staked: fund the stake with addStake().
contract KlasterAccountFactory is Ownable {
    /// @notice The implementation every account is a clone of.
    KlasterAccount public immutable accountImplementation;

    IEntryPoint private immutable _entryPoint;

    /// @param anEntryPoint EntryPoint used by the accounts and for staking.
    /// @param aValidator validator module installed in every account.
    /// @param anOwner may unlock and withdraw this factory's stake.
    constructor(IEntryPoint anEntryPoint, address aValidator, address anOwner) Ownable(anOwner) {
        _entryPoint = anEntryPoint;
        accountImplementation = new KlasterAccount(anEntryPoint, aValidator);
    }

    /// @notice Deploys (or returns the already deployed) account of `anOwner` for `salt`.
    function createAccount(address anOwner, uint256 salt) external returns (KlasterAccount account) {
        bytes32 cloneSalt = _cloneSalt(anOwner, salt);
        address predicted = Clones.predictDeterministicAddress(address(accountImplementation), cloneSalt);
        if (predicted.code.length != 0) {
            return KlasterAccount(payable(predicted));
        }
        account = KlasterAccount(payable(Clones.cloneDeterministic(address(accountImplementation), cloneSalt)));
        account.initialize(anOwner);
    }

    /// @notice The counterfactual address createAccount(anOwner, salt) deploys to.
    function getAddress(address anOwner, uint256 salt) external view returns (address) {
        return Clones.predictDeterministicAddress(address(accountImplementation), _cloneSalt(anOwner, salt));
    }

    /// @notice The EntryPoint the accounts and the stake belong to.
    function entryPoint() external view returns (IEntryPoint) {
        return _entryPoint;
    }

    /// @notice The validator module installed in every account.
    function validator() external view returns (address) {
        return accountImplementation.validator();
    }

    /// @notice Adds msg.value to the factory's EntryPoint stake. Anyone may fund it.
    function addStake(uint32 unstakeDelaySec) external payable {
        _entryPoint.addStake{value: msg.value}(unstakeDelaySec);
    }

    /// @notice Starts the unstake delay.
    function unlockStake() external onlyOwner {
        _entryPoint.unlockStake();
    }

    /// @notice Withdraws the unlocked stake to `to`.
    function withdrawStake(address payable to) external onlyOwner {
        _entryPoint.withdrawStake(to);
    }

    function _cloneSalt(address anOwner, uint256 salt) private pure returns (bytes32) {
        return keccak256(abi.encode(anOwner, salt));
    }
}
