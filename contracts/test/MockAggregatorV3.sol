// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// Test-only Chainlink-style AggregatorV3Interface whose answer and update
/// time anyone may set, so tests can make a price feed fresh or stale.
contract MockAggregatorV3 {
    uint8 public immutable decimals;
    string public description;
    uint256 public constant version = 4;

    uint80 private _round;
    int256 private _answer;
    uint256 private _updatedAt;

    constructor(uint8 aDecimals, string memory aDescription, int256 answer) {
        decimals = aDecimals;
        description = aDescription;
        _set(answer, block.timestamp);
    }

    function setAnswer(int256 answer, uint256 updatedAt) external {
        _set(answer, updatedAt);
    }

    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        return (_round, _answer, _updatedAt, _updatedAt, _round);
    }

    function _set(int256 answer, uint256 updatedAt) private {
        _round++;
        _answer = answer;
        _updatedAt = updatedAt;
    }
}
