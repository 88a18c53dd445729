// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";

/// @notice The subset of the ERC-7579 module interfaces used by klaster.
interface IERC7579Module {
    /// @notice Called by the account when the module is installed.
    function onInstall(bytes calldata data) external payable;

    /// @notice Called by the account when the module is removed.
    function onUninstall(bytes calldata data) external payable;

    /// @notice True when the module implements the given ERC-7579 module type.
    function isModuleType(uint256 moduleTypeId) external view returns (bool);

    /// @notice True when the module has been installed by `smartAccount`.
    function isInitialized(address smartAccount) external view returns (bool);
}

/// @notice ERC-7579 validator module (module type 1).
interface IERC7579Validator is IERC7579Module {
    /// @notice Validates a user operation on behalf of the calling account.
    /// @return validationData packed as in ERC-4337 (sigFailed | validUntil << 160 | validAfter << 208).
    function validateUserOp(PackedUserOperation calldata userOp, bytes32 userOpHash) external returns (uint256);

    /// @notice ERC-1271 check on behalf of the calling account.
    /// @return 0x1626ba7e when valid, 0xffffffff otherwise.
    function isValidSignatureWithSender(address sender, bytes32 hash, bytes calldata data)
        external
        view
        returns (bytes4);
}
