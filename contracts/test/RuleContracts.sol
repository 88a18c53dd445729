// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

// Test-only contracts that trigger ERC-7562 validation rules on demand. They
// are deployed on the dev chain by validation/ tests and never in production.
//
// Every entity (account, paymaster, factory) decodes a rule request
// abi.encode(uint8 mode, bool via, uint256 arg) from its signature /
// paymasterData / factory call and performs the action selected by mode,
// either itself (via=false) or inside RuleHelper through a CALL (via=true).

import {PackedUserOperation} from "@account-abstraction/contracts/interfaces/PackedUserOperation.sol";

/// @notice The EntryPoint v0.6 UserOperation (unpacked; paymasterAndData
/// without gas limits), for the v0.6 entry functions below.
struct UserOperation06 {
    address sender;
    uint256 nonce;
    bytes initCode;
    bytes callData;
    uint256 callGasLimit;
    uint256 verificationGasLimit;
    uint256 preVerificationGas;
    uint256 maxFeePerGas;
    uint256 maxPriorityFeePerGas;
    bytes paymasterAndData;
    bytes signature;
}

interface IRuleEntryPoint {
    function depositTo(address account) external payable;
    function addStake(uint32 unstakeDelaySec) external payable;
    function balanceOf(address account) external view returns (uint256);
    function incrementNonce(uint192 key) external;
}

/// @notice Mode numbers, mirrored by validation/rules_contracts_test.go.
library RuleModes {
    uint8 internal constant NONE = 0;
    uint8 internal constant TIMESTAMP = 1;
    uint8 internal constant NUMBER = 2;
    uint8 internal constant COINBASE = 3;
    uint8 internal constant PREVRANDAO = 4;
    uint8 internal constant BASEFEE = 5;
    uint8 internal constant GASLIMIT = 6;
    uint8 internal constant GASPRICE = 7;
    uint8 internal constant ORIGIN = 8;
    uint8 internal constant BLOCKHASH = 9;
    uint8 internal constant BLOBHASH = 10;
    uint8 internal constant BLOBBASEFEE = 11;
    uint8 internal constant GAS = 12;
    uint8 internal constant GAS_CALL = 13;
    uint8 internal constant BALANCE = 14;
    uint8 internal constant SELFBALANCE = 15;
    uint8 internal constant CREATE = 16;
    uint8 internal constant CREATE2 = 17;
    uint8 internal constant SELFDESTRUCT = 18;
    uint8 internal constant INVALID = 19;
    uint8 internal constant OWN_SLOAD = 20;
    uint8 internal constant OWN_SSTORE = 21;
    uint8 internal constant OWN_TLOAD = 22;
    uint8 internal constant OWN_TSTORE = 23;
    uint8 internal constant READ_SENDER_ASSOC = 24;
    uint8 internal constant WRITE_SENDER_ASSOC = 25;
    uint8 internal constant READ_ENTITY_ASSOC = 26;
    uint8 internal constant WRITE_ENTITY_ASSOC = 27;
    uint8 internal constant READ_EXTERNAL = 28;
    uint8 internal constant WRITE_EXTERNAL = 29;
    uint8 internal constant ACCOUNT_STORAGE = 30;
    uint8 internal constant EXTCODESIZE_NOCODE = 31;
    uint8 internal constant CALL_NOCODE = 32;
    uint8 internal constant EXTCODEHASH_EP = 33;
    uint8 internal constant EP_BALANCEOF = 34;
    uint8 internal constant VALUE_CALL = 35;
    uint8 internal constant EP_DEPOSITTO = 36;
    uint8 internal constant EP_FALLBACK = 37;
    uint8 internal constant PRECOMPILE_OK = 38;
    uint8 internal constant PRECOMPILE_BAD = 39;
    uint8 internal constant BEACON_READ = 40;
    uint8 internal constant OOG = 41;
    uint8 internal constant EP_INCREMENT_NONCE = 42;
    uint8 internal constant SIG_FAIL = 43;
    uint8 internal constant VALIDATION_DATA = 44;
    uint8 internal constant CONTEXT = 45;
    uint8 internal constant REVERT = 46;
    uint8 internal constant WRITE_SENDER_ASSOC_STRUCT = 47;
    uint8 internal constant TOUCH_SENDER = 48;
    uint8 internal constant BEACON_UNSET = 49;
}

/// @notice A contract the rules create, destroy or call into.
contract RuleDummy {
    function destroy() external {
        selfdestruct(payable(msg.sender));
    }

    function boom() external pure {
        assembly {
            invalid()
        }
    }
}

/// @notice Shared action code. stored is slot 0, assoc slot 1, structs slot 2.
abstract contract RuleRunner {
    struct Triple {
        uint256 a;
        uint256 b;
        uint256 c;
    }

    uint256 public stored;
    mapping(address => uint256) public assoc;
    mapping(address => Triple) public structs;

    address internal constant BEACON_ROOTS = 0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02;

    event Used(uint256 value);

    function _helper() internal view virtual returns (RuleHelper);

    function _entryPoint() internal view virtual returns (address);

    // _run performs one action. entity is the address whose entity-associated
    // storage the *_ENTITY_ASSOC modes touch.
    function _run(uint8 mode, uint256 arg, address account, address entity) internal {
        address ep = _entryPoint();
        RuleHelper h = _helper();
        if (mode == RuleModes.NONE) return;
        else if (mode == RuleModes.TIMESTAMP) emit Used(block.timestamp);
        else if (mode == RuleModes.NUMBER) emit Used(block.number);
        else if (mode == RuleModes.COINBASE) emit Used(uint160(address(block.coinbase)));
        else if (mode == RuleModes.PREVRANDAO) emit Used(block.prevrandao);
        else if (mode == RuleModes.BASEFEE) emit Used(block.basefee);
        else if (mode == RuleModes.GASLIMIT) emit Used(block.gaslimit);
        else if (mode == RuleModes.GASPRICE) emit Used(tx.gasprice);
        else if (mode == RuleModes.ORIGIN) emit Used(uint160(tx.origin));
        else if (mode == RuleModes.BLOCKHASH) emit Used(uint256(blockhash(arg)));
        else if (mode == RuleModes.BLOBHASH) emit Used(uint256(blobhash(arg)));
        else if (mode == RuleModes.BLOBBASEFEE) emit Used(block.blobbasefee);
        else if (mode == RuleModes.GAS) emit Used(gasleft());
        else if (mode == RuleModes.GAS_CALL) {
            bool ok;
            assembly {
                ok := staticcall(gas(), h, 0, 0, 0, 0)
            }
            emit Used(ok ? 1 : 0);
        } else if (mode == RuleModes.BALANCE) emit Used(account.balance);
        else if (mode == RuleModes.SELFBALANCE) emit Used(address(this).balance);
        else if (mode == RuleModes.CREATE) emit Used(uint160(address(new RuleDummy())));
        else if (mode == RuleModes.CREATE2) emit Used(uint160(address(new RuleDummy{salt: bytes32(arg)}())));
        else if (mode == RuleModes.SELFDESTRUCT) new RuleDummy().destroy();
        else if (mode == RuleModes.INVALID) {
            (bool ok, ) = address(h).call{gas: 20000}(abi.encodeCall(RuleHelper.boom, ()));
            emit Used(ok ? 1 : 0);
        } else if (mode == RuleModes.OWN_SLOAD) emit Used(stored);
        else if (mode == RuleModes.OWN_SSTORE) stored = arg + 1;
        else if (mode == RuleModes.OWN_TLOAD) {
            uint256 v;
            assembly {
                v := tload(7)
            }
            emit Used(v);
        } else if (mode == RuleModes.OWN_TSTORE) {
            assembly {
                tstore(7, add(arg, 1))
            }
        } else if (mode == RuleModes.READ_SENDER_ASSOC) emit Used(h.assoc(account));
        else if (mode == RuleModes.WRITE_SENDER_ASSOC) h.bump(account);
        else if (mode == RuleModes.WRITE_SENDER_ASSOC_STRUCT) h.bumpStruct(account);
        else if (mode == RuleModes.READ_ENTITY_ASSOC) emit Used(h.assoc(entity));
        else if (mode == RuleModes.WRITE_ENTITY_ASSOC) h.bump(entity);
        else if (mode == RuleModes.READ_EXTERNAL) emit Used(h.assoc(address(0xdeadcafe)));
        else if (mode == RuleModes.WRITE_EXTERNAL) h.bump(address(0xdeadcafe));
        else if (mode == RuleModes.ACCOUNT_STORAGE) emit Used(RuleRunner(account).stored());
        else if (mode == RuleModes.EXTCODESIZE_NOCODE) emit Used(address(0x100500).code.length);
        else if (mode == RuleModes.CALL_NOCODE) {
            (bool ok, ) = address(0x100100).call("");
            emit Used(ok ? 1 : 0);
        } else if (mode == RuleModes.EXTCODEHASH_EP) emit Used(uint256(ep.codehash));
        else if (mode == RuleModes.EP_BALANCEOF) emit Used(IRuleEntryPoint(ep).balanceOf(account));
        else if (mode == RuleModes.VALUE_CALL) {
            (bool ok, ) = payable(address(h)).call{value: 1}("");
            emit Used(ok ? 1 : 0);
        } else if (mode == RuleModes.EP_DEPOSITTO) IRuleEntryPoint(ep).depositTo{value: 1}(account);
        else if (mode == RuleModes.EP_FALLBACK) {
            (bool ok, ) = payable(ep).call{value: 1}("");
            require(ok, "fallback");
        } else if (mode == RuleModes.PRECOMPILE_OK) {
            (bool ok, bytes memory ret) = address(2).staticcall("abc");
            emit Used(ok ? uint256(bytes32(ret)) : 0);
        } else if (mode == RuleModes.PRECOMPILE_BAD) {
            (bool ok, ) = address(0x20).staticcall("abc");
            emit Used(ok ? 1 : 0);
        } else if (mode == RuleModes.BEACON_READ) {
            (bool ok, bytes memory ret) = BEACON_ROOTS.staticcall(abi.encode(arg));
            require(ok && ret.length == 32, "beacon root");
            emit Used(uint256(bytes32(ret)));
        } else if (mode == RuleModes.BEACON_UNSET) {
            // Valid only while get(arg) reverts: an op that bets on a
            // ring-buffer index the coming blocks write.
            (bool ok, ) = BEACON_ROOTS.staticcall(abi.encode(arg));
            require(!ok, "beacon root set");
            emit Used(arg);
        } else if (mode == RuleModes.OOG) {
            (bool ok, ) = address(h).call{gas: 5000}(abi.encodeCall(RuleHelper.burn, ()));
            emit Used(ok ? 1 : 0);
        } else if (mode == RuleModes.EP_INCREMENT_NONCE) IRuleEntryPoint(ep).incrementNonce(uint192(arg));
        else if (mode == RuleModes.REVERT) revert("rule revert");
        else if (mode == RuleModes.TOUCH_SENDER) {
            emit Used(account.code.length);
            (bool ok, ) = account.call("");
            emit Used(ok ? 1 : 0);
        } else revert("unknown mode");
    }

    // _dispatch runs the request locally or inside the helper.
    function _dispatch(uint8 mode, bool via, uint256 arg, address account, address entity) internal {
        if (via) _helper().run(mode, arg, account, entity);
        else _run(mode, arg, account, entity);
    }
}

/// @notice The contract the *_ASSOC / *_EXTERNAL modes touch and the target of
/// via=true requests. It is never an entity.
contract RuleHelper is RuleRunner {
    address public immutable entryPoint;

    constructor(address ep) {
        entryPoint = ep;
    }

    function _helper() internal view override returns (RuleHelper) {
        return this;
    }

    function _entryPoint() internal view override returns (address) {
        return entryPoint;
    }

    function run(uint8 mode, uint256 arg, address account, address entity) external {
        _run(mode, arg, account, entity);
    }

    function bump(address key) external {
        assoc[key] += 1;
    }

    function bumpStruct(address key) external {
        structs[key].c += 1;
    }

    function boom() external pure {
        assembly {
            invalid()
        }
    }

    function burn() external pure returns (bytes32 h) {
        for (uint256 i = 0; i < type(uint256).max; i++) {
            h = keccak256(abi.encode(h, i));
        }
    }

    receive() external payable {}
}

abstract contract RuleEntity is RuleRunner {
    address public immutable entryPoint;
    RuleHelper public immutable helper;

    constructor(address ep, RuleHelper h) payable {
        entryPoint = ep;
        helper = h;
    }

    function _helper() internal view override returns (RuleHelper) {
        return helper;
    }

    function _entryPoint() internal view override returns (address) {
        return entryPoint;
    }

    /// @notice Stakes msg.value for this contract in the EntryPoint.
    function stake(uint32 unstakeDelaySec) external payable {
        IRuleEntryPoint(entryPoint).addStake{value: msg.value}(unstakeDelaySec);
    }

    /// @notice Deposits msg.value for this contract in the EntryPoint.
    function deposit() external payable {
        IRuleEntryPoint(entryPoint).depositTo{value: msg.value}(address(this));
    }

    receive() external payable {}
}

/// @notice An account whose signature is the rule request.
contract RuleAccount is RuleEntity {
    constructor(address ep, RuleHelper h) payable RuleEntity(ep, h) {}

    function validateUserOp(PackedUserOperation calldata op, bytes32, uint256 missingAccountFunds)
        external
        returns (uint256)
    {
        return _validate(op.signature, missingAccountFunds);
    }

    /// @notice The EntryPoint v0.6 entry: the same rule request.
    function validateUserOp(UserOperation06 calldata op, bytes32, uint256 missingAccountFunds)
        external
        returns (uint256)
    {
        return _validate(op.signature, missingAccountFunds);
    }

    function _validate(bytes calldata signature, uint256 missingAccountFunds) internal returns (uint256) {
        require(msg.sender == entryPoint, "not from EntryPoint");
        if (missingAccountFunds > 0) {
            (bool ok, ) = payable(msg.sender).call{value: missingAccountFunds}("");
            ok;
        }
        if (signature.length < 96) return 0;
        (uint8 mode, bool via, uint256 arg) = abi.decode(signature, (uint8, bool, uint256));
        if (mode == RuleModes.SIG_FAIL) return 1;
        if (mode == RuleModes.VALIDATION_DATA) return arg;
        _dispatch(mode, via, arg, address(this), address(this));
        return 0;
    }

    function execute(address to, uint256 value, bytes calldata data) external {
        require(msg.sender == entryPoint, "not from EntryPoint");
        (bool ok, bytes memory ret) = to.call{value: value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
    }
}

/// @notice A paymaster whose paymasterData is the rule request.
contract RulePaymaster is RuleEntity {
    constructor(address ep, RuleHelper h) payable RuleEntity(ep, h) {}

    function validatePaymasterUserOp(PackedUserOperation calldata op, bytes32, uint256)
        external
        returns (bytes memory context, uint256 validationData)
    {
        return _validatePaymaster(op.paymasterAndData[52:], op.sender);
    }

    /// @notice The EntryPoint v0.6 entry: paymasterAndData has no gas limits.
    function validatePaymasterUserOp(UserOperation06 calldata op, bytes32, uint256)
        external
        returns (bytes memory context, uint256 validationData)
    {
        return _validatePaymaster(op.paymasterAndData[20:], op.sender);
    }

    function _validatePaymaster(bytes calldata data, address sender)
        internal
        returns (bytes memory context, uint256 validationData)
    {
        require(msg.sender == entryPoint, "not from EntryPoint");
        if (data.length < 96) return ("", 0);
        (uint8 mode, bool via, uint256 arg) = abi.decode(data, (uint8, bool, uint256));
        if (mode == RuleModes.SIG_FAIL) return ("", 1);
        if (mode == RuleModes.VALIDATION_DATA) return ("", arg);
        if (mode == RuleModes.CONTEXT) return ("a context", 0);
        _dispatch(mode, via, arg, sender, address(this));
        return ("", 0);
    }

    function postOp(uint8, bytes calldata, uint256, uint256) external view {
        require(msg.sender == entryPoint, "not from EntryPoint");
    }

    /// @notice The EntryPoint v0.6 postOp(mode, context, actualGasCost).
    function postOp(uint8, bytes calldata, uint256) external view {
        require(msg.sender == entryPoint, "not from EntryPoint");
    }
}

/// @notice A factory that deploys RuleAccounts with CREATE2 and then runs the
/// rule request given in createAccount.
contract RuleFactory is RuleEntity {
    constructor(address ep, RuleHelper h) payable RuleEntity(ep, h) {}

    function getAddress(uint256 salt) public view returns (address) {
        bytes32 codeHash = keccak256(abi.encodePacked(type(RuleAccount).creationCode, abi.encode(entryPoint, helper)));
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), bytes32(salt), codeHash)))));
    }

    function createAccount(uint8 mode, bool via, uint256 arg, uint256 salt) external returns (address account) {
        account = getAddress(salt);
        if (mode == RuleModes.TOUCH_SENDER) {
            _dispatch(mode, via, arg, account, address(this));
            mode = RuleModes.NONE;
        }
        if (account.code.length == 0) {
            account = address(new RuleAccount{salt: bytes32(salt)}(entryPoint, helper));
        }
        _dispatch(mode, via, arg, account, address(this));
    }
}
