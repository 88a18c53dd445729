// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title KlasterTestToken
/// @notice The 6-decimal token that `klaster --dev` deploys on every chain
/// to pay for interchain transactions with. Only its minter (the dev
/// deployer) mints.
contract KlasterTestToken is ERC20 {
    error NotMinter(address caller);

    address public immutable minter;

    constructor(address aMinter) ERC20("Klaster Test USD", "KUSD") {
        minter = aMinter;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) revert NotMinter(msg.sender);
        _mint(to, amount);
    }
}
