// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testcontracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// PackedUserOperation is an auto generated low-level Go binding around an user-defined struct.
type PackedUserOperation struct {
	Sender             common.Address
	Nonce              *big.Int
	InitCode           []byte
	CallData           []byte
	AccountGasLimits   [32]byte
	PreVerificationGas *big.Int
	GasFees            [32]byte
	PaymasterAndData   []byte
	Signature          []byte
}

// UserOperation06 is an auto generated low-level Go binding around an user-defined struct.
type UserOperation06 struct {
	Sender               common.Address
	Nonce                *big.Int
	InitCode             []byte
	CallData             []byte
	CallGasLimit         *big.Int
	VerificationGasLimit *big.Int
	PreVerificationGas   *big.Int
	MaxFeePerGas         *big.Int
	MaxPriorityFeePerGas *big.Int
	PaymasterAndData     []byte
	Signature            []byte
}

// MockAggregatorV3MetaData contains all meta data concerning the MockAggregatorV3 contract.
var MockAggregatorV3MetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"aDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"aDescription\",\"type\":\"string\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"setAnswer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161066438038061066483398101604081905261002e916100ad565b60ff83166080525f6100408382610205565b5061004b8142610053565b5050506102f6565b600180546001600160501b0316905f61006b836102bf565b82546001600160501b039182166101009390930a928302919092021990911617905550600291909155600355565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f606084860312156100bf575f5ffd5b835160ff811681146100cf575f5ffd5b60208501519093506001600160401b038111156100ea575f5ffd5b8401601f810186136100fa575f5ffd5b80516001600160401b0381111561011357610113610099565b604051601f8201601f19908116603f011681016001600160401b038111828210171561014157610141610099565b604052818152828201602001881015610158575f5ffd5b8160208401602083015e5f91810160200191909152604095909501519396949550929392505050565b600181811c9082168061019557607f821691505b6020821081036101b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561020057805f5260205f20601f840160051c810160208510156101de5750805b601f840160051c820191505b818110156101fd575f81556001016101ea565b50505b505050565b81516001600160401b0381111561021e5761021e610099565b6102328161022c8454610181565b846101b9565b6020601f821160018114610264575f831561024d5750848201515b5f19600385901b1c1916600184901b1784556101fd565b5f84815260208120601f198516915b828110156102935787850151825560209485019460019092019101610273565b50848210156102b057868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f6001600160501b0382166002600160501b031981016102ed57634e487b7160e01b5f52601160045260245ffd5b60010192915050565b60805161035761030d5f395f606d01526103575ff3fe608060405234801561000f575f5ffd5b5060043610610064575f3560e01c80637284e4161161004d5780637284e416146100bc578063860f1383146100d1578063feaf968c146100e6575f5ffd5b8063313ce5671461006857806354fd4d50146100a6575b5f5ffd5b61008f7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020015b60405180910390f35b6100ae600481565b60405190815260200161009d565b6100c4610123565b60405161009d9190610208565b6100e46100df36600461025b565b6101ae565b005b6001546002546003546040805169ffffffffffffffffffff909416808552602085019390935283018190526060830152608082015260a00161009d565b5f805461012f9061027b565b80601f016020809104026020016040519081016040528092919081815260200182805461015b9061027b565b80156101a65780601f1061017d576101008083540402835291602001916101a6565b820191905f5260205f20905b81548152906001019060200180831161018957829003601f168201915b505050505081565b6101b882826101bc565b5050565b6001805469ffffffffffffffffffff16905f6101d7836102cc565b825469ffffffffffffffffffff9182166101009390930a928302919092021990911617905550600291909155600355565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b5f5f6040838503121561026c575f5ffd5b50508035926020909101359150565b600181811c9082168061028f57607f821691505b6020821081036102c6577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b5f69ffffffffffffffffffff821669ffffffffffffffffffff8103610318577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6001019291505056fea26469706673582212208cde72703684ec81444411f644e424555f36849de86b783b44fd022eff2fb04164736f6c634300081c0033",
}

// MockAggregatorV3ABI is the input ABI used to generate the binding from.
// Deprecated: Use MockAggregatorV3MetaData.ABI instead.
var MockAggregatorV3ABI = MockAggregatorV3MetaData.ABI

// MockAggregatorV3Bin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use MockAggregatorV3MetaData.Bin instead.
var MockAggregatorV3Bin = MockAggregatorV3MetaData.Bin

// DeployMockAggregatorV3 deploys a new Ethereum contract, binding an instance of MockAggregatorV3 to it.
func DeployMockAggregatorV3(auth *bind.TransactOpts, backend bind.ContractBackend, aDecimals uint8, aDescription string, answer *big.Int) (common.Address, *types.Transaction, *MockAggregatorV3, error) {
	parsed, err := MockAggregatorV3MetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(MockAggregatorV3Bin), backend, aDecimals, aDescription, answer)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &MockAggregatorV3{MockAggregatorV3Caller: MockAggregatorV3Caller{contract: contract}, MockAggregatorV3Transactor: MockAggregatorV3Transactor{contract: contract}, MockAggregatorV3Filterer: MockAggregatorV3Filterer{contract: contract}}, nil
}

// MockAggregatorV3 is an auto generated Go binding around an Ethereum contract.
type MockAggregatorV3 struct {
	MockAggregatorV3Caller     // Read-only binding to the contract
	MockAggregatorV3Transactor // Write-only binding to the contract
	MockAggregatorV3Filterer   // Log filterer for contract events
}

// MockAggregatorV3Caller is an auto generated read-only Go binding around an Ethereum contract.
type MockAggregatorV3Caller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MockAggregatorV3Transactor is an auto generated write-only Go binding around an Ethereum contract.
type MockAggregatorV3Transactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MockAggregatorV3Filterer is an auto generated log filtering Go binding around an Ethereum contract events.
type MockAggregatorV3Filterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// MockAggregatorV3Session is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type MockAggregatorV3Session struct {
	Contract     *MockAggregatorV3 // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// MockAggregatorV3CallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type MockAggregatorV3CallerSession struct {
	Contract *MockAggregatorV3Caller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// MockAggregatorV3TransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type MockAggregatorV3TransactorSession struct {
	Contract     *MockAggregatorV3Transactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// MockAggregatorV3Raw is an auto generated low-level Go binding around an Ethereum contract.
type MockAggregatorV3Raw struct {
	Contract *MockAggregatorV3 // Generic contract binding to access the raw methods on
}

// MockAggregatorV3CallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type MockAggregatorV3CallerRaw struct {
	Contract *MockAggregatorV3Caller // Generic read-only contract binding to access the raw methods on
}

// MockAggregatorV3TransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type MockAggregatorV3TransactorRaw struct {
	Contract *MockAggregatorV3Transactor // Generic write-only contract binding to access the raw methods on
}

// NewMockAggregatorV3 creates a new instance of MockAggregatorV3, bound to a specific deployed contract.
func NewMockAggregatorV3(address common.Address, backend bind.ContractBackend) (*MockAggregatorV3, error) {
	contract, err := bindMockAggregatorV3(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &MockAggregatorV3{MockAggregatorV3Caller: MockAggregatorV3Caller{contract: contract}, MockAggregatorV3Transactor: MockAggregatorV3Transactor{contract: contract}, MockAggregatorV3Filterer: MockAggregatorV3Filterer{contract: contract}}, nil
}

// NewMockAggregatorV3Caller creates a new read-only instance of MockAggregatorV3, bound to a specific deployed contract.
func NewMockAggregatorV3Caller(address common.Address, caller bind.ContractCaller) (*MockAggregatorV3Caller, error) {
	contract, err := bindMockAggregatorV3(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &MockAggregatorV3Caller{contract: contract}, nil
}

// NewMockAggregatorV3Transactor creates a new write-only instance of MockAggregatorV3, bound to a specific deployed contract.
func NewMockAggregatorV3Transactor(address common.Address, transactor bind.ContractTransactor) (*MockAggregatorV3Transactor, error) {
	contract, err := bindMockAggregatorV3(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &MockAggregatorV3Transactor{contract: contract}, nil
}

// NewMockAggregatorV3Filterer creates a new log filterer instance of MockAggregatorV3, bound to a specific deployed contract.
func NewMockAggregatorV3Filterer(address common.Address, filterer bind.ContractFilterer) (*MockAggregatorV3Filterer, error) {
	contract, err := bindMockAggregatorV3(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &MockAggregatorV3Filterer{contract: contract}, nil
}

// bindMockAggregatorV3 binds a generic wrapper to an already deployed contract.
func bindMockAggregatorV3(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := MockAggregatorV3MetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MockAggregatorV3 *MockAggregatorV3Raw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MockAggregatorV3.Contract.MockAggregatorV3Caller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MockAggregatorV3 *MockAggregatorV3Raw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MockAggregatorV3.Contract.MockAggregatorV3Transactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MockAggregatorV3 *MockAggregatorV3Raw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MockAggregatorV3.Contract.MockAggregatorV3Transactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_MockAggregatorV3 *MockAggregatorV3CallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _MockAggregatorV3.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_MockAggregatorV3 *MockAggregatorV3TransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _MockAggregatorV3.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_MockAggregatorV3 *MockAggregatorV3TransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _MockAggregatorV3.Contract.contract.Transact(opts, method, params...)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_MockAggregatorV3 *MockAggregatorV3Caller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _MockAggregatorV3.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_MockAggregatorV3 *MockAggregatorV3Session) Decimals() (uint8, error) {
	return _MockAggregatorV3.Contract.Decimals(&_MockAggregatorV3.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_MockAggregatorV3 *MockAggregatorV3CallerSession) Decimals() (uint8, error) {
	return _MockAggregatorV3.Contract.Decimals(&_MockAggregatorV3.CallOpts)
}

// Description is a free data retrieval call binding the contract method 0x7284e416.
//
// Solidity: function description() view returns(string)
func (_MockAggregatorV3 *MockAggregatorV3Caller) Description(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _MockAggregatorV3.contract.Call(opts, &out, "description")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Description is a free data retrieval call binding the contract method 0x7284e416.
//
// Solidity: function description() view returns(string)
func (_MockAggregatorV3 *MockAggregatorV3Session) Description() (string, error) {
	return _MockAggregatorV3.Contract.Description(&_MockAggregatorV3.CallOpts)
}

// Description is a free data retrieval call binding the contract method 0x7284e416.
//
// Solidity: function description() view returns(string)
func (_MockAggregatorV3 *MockAggregatorV3CallerSession) Description() (string, error) {
	return _MockAggregatorV3.Contract.Description(&_MockAggregatorV3.CallOpts)
}

// LatestRoundData is a free data retrieval call binding the contract method 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (_MockAggregatorV3 *MockAggregatorV3Caller) LatestRoundData(opts *bind.CallOpts) (struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}, error) {
	var out []interface{}
	err := _MockAggregatorV3.contract.Call(opts, &out, "latestRoundData")

	outstruct := new(struct {
		RoundId         *big.Int
		Answer          *big.Int
		StartedAt       *big.Int
		UpdatedAt       *big.Int
		AnsweredInRound *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.RoundId = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Answer = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.StartedAt = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.UpdatedAt = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.AnsweredInRound = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// LatestRoundData is a free data retrieval call binding the contract method 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (_MockAggregatorV3 *MockAggregatorV3Session) LatestRoundData() (struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}, error) {
	return _MockAggregatorV3.Contract.LatestRoundData(&_MockAggregatorV3.CallOpts)
}

// LatestRoundData is a free data retrieval call binding the contract method 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (_MockAggregatorV3 *MockAggregatorV3CallerSession) LatestRoundData() (struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}, error) {
	return _MockAggregatorV3.Contract.LatestRoundData(&_MockAggregatorV3.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (_MockAggregatorV3 *MockAggregatorV3Caller) Version(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _MockAggregatorV3.contract.Call(opts, &out, "version")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (_MockAggregatorV3 *MockAggregatorV3Session) Version() (*big.Int, error) {
	return _MockAggregatorV3.Contract.Version(&_MockAggregatorV3.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (_MockAggregatorV3 *MockAggregatorV3CallerSession) Version() (*big.Int, error) {
	return _MockAggregatorV3.Contract.Version(&_MockAggregatorV3.CallOpts)
}

// SetAnswer is a paid mutator transaction binding the contract method 0x860f1383.
//
// Solidity: function setAnswer(int256 answer, uint256 updatedAt) returns()
func (_MockAggregatorV3 *MockAggregatorV3Transactor) SetAnswer(opts *bind.TransactOpts, answer *big.Int, updatedAt *big.Int) (*types.Transaction, error) {
	return _MockAggregatorV3.contract.Transact(opts, "setAnswer", answer, updatedAt)
}

// SetAnswer is a paid mutator transaction binding the contract method 0x860f1383.
//
// Solidity: function setAnswer(int256 answer, uint256 updatedAt) returns()
func (_MockAggregatorV3 *MockAggregatorV3Session) SetAnswer(answer *big.Int, updatedAt *big.Int) (*types.Transaction, error) {
	return _MockAggregatorV3.Contract.SetAnswer(&_MockAggregatorV3.TransactOpts, answer, updatedAt)
}

// SetAnswer is a paid mutator transaction binding the contract method 0x860f1383.
//
// Solidity: function setAnswer(int256 answer, uint256 updatedAt) returns()
func (_MockAggregatorV3 *MockAggregatorV3TransactorSession) SetAnswer(answer *big.Int, updatedAt *big.Int) (*types.Transaction, error) {
	return _MockAggregatorV3.Contract.SetAnswer(&_MockAggregatorV3.TransactOpts, answer, updatedAt)
}

// RuleAccountMetaData contains all meta data concerning the RuleAccount contract.
var RuleAccountMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ep\",\"type\":\"address\"},{\"internalType\":\"contractRuleHelper\",\"name\":\"h\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Used\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"assoc\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"helper\",\"outputs\":[{\"internalType\":\"contractRuleHelper\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"unstakeDelaySec\",\"type\":\"uint32\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stored\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"structs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"c\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"op\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"missingAccountFunds\",\"type\":\"uint256\"}],\"name\":\"validateUserOp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"callGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verificationGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structUserOperation06\",\"name\":\"op\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"missingAccountFunds\",\"type\":\"uint256\"}],\"name\":\"validateUserOp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60c06040526040516125cc3803806125cc83398101604081905261002291610050565b6001600160a01b039182166080521660a052610088565b6001600160a01b038116811461004d575f5ffd5b50565b5f5f60408385031215610061575f5ffd5b825161006c81610039565b602084015190925061007d81610039565b809150509250929050565b60805160a0516124f26100da5f395f818161011d0152818161069e015261078201525f818161018a015281816102ce015281816103580152818161048d01528181610517015261076101526124f25ff3fe6080604052600436106100b0575f3560e01c8063b61d27f611610066578063daaac4471161004c578063daaac447146101d3578063e582dd3114610227578063e5c2d17e1461023b575f5ffd5b8063b61d27f6146101ac578063d0e30db0146101cb575f5ffd5b806363b0e66a1161009657806363b0e66a1461010c5780637fcfb7c214610164578063b0d691fe14610179575f5ffd5b806319822f7c146100bb5780633a871cdd146100ed575f5ffd5b366100b757005b5f5ffd5b3480156100c6575f5ffd5b506100da6100d536600461214f565b610266565b6040519081526020015b60405180910390f35b3480156100f8575f5ffd5b506100da61010736600461219e565b610288565b348015610117575f5ffd5b5061013f7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100e4565b6101776101723660046121d8565b61029a565b005b348015610184575f5ffd5b5061013f7f000000000000000000000000000000000000000000000000000000000000000081565b3480156101b7575f5ffd5b506101776101c6366004612223565b610340565b61017761045f565b3480156101de575f5ffd5b5061020c6101ed3660046122a6565b600260208190525f918252604090912080546001820154919092015483565b604080519384526020840192909252908201526060016100e4565b348015610232575f5ffd5b506100da5f5481565b348015610246575f5ffd5b506100da6102553660046122a6565b60016020525f908152604090205481565b5f61027e6102786101008601866122bf565b846104fe565b90505b9392505050565b5f61027e6102786101408601866122bf565b6040517f0396cb6000000000000000000000000000000000000000000000000000000000815263ffffffff821660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690630396cb609034906024015f604051808303818588803b158015610326575f5ffd5b505af1158015610338573d5f5f3e3d5ffd5b505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146103e4576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601360248201527f6e6f742066726f6d20456e747279506f696e740000000000000000000000000060448201526064015b60405180910390fd5b5f5f8573ffffffffffffffffffffffffffffffffffffffff1685858560405161040e929190612327565b5f6040518083038185875af1925050503d805f8114610448576040519150601f19603f3d011682016040523d82523d5f602084013e61044d565b606091505b50915091508161033857805160208201fd5b6040517fb760faf90000000000000000000000000000000000000000000000000000000081523060048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b760faf99034906024015f604051808303818588803b1580156104e5575f5ffd5b505af11580156104f7573d5f5f3e3d5ffd5b5050505050565b5f3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461059e576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601360248201527f6e6f742066726f6d20456e747279506f696e740000000000000000000000000060448201526064016103db565b81156105ed576040515f90339084908381818185875af1925050503d805f81146105e3576040519150601f19603f3d011682016040523d82523d5f602084013e6105e8565b606091505b505050505b60608310156105fd57505f610281565b5f808061060c86880188612336565b919450925090507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd560ff8416016106495760019350505050610281565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd460ff84160161067d579250610281915050565b61068a8383833030610696565b505f9695505050505050565b8315610758577f00000000000000000000000000000000000000000000000000000000000000006040517f75d87e4c00000000000000000000000000000000000000000000000000000000815260ff871660048201526024810185905273ffffffffffffffffffffffffffffffffffffffff8481166044830152838116606483015291909116906375d87e4c906084015f604051808303815f87803b15801561073d575f5ffd5b505af115801561074f573d5f5f3e3d5ffd5b505050506104f7565b6104f7858484847f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000060ff86166107b057505061213d565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff871601610813576040514281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020015b60405180910390a1610338565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff87160161086d576040514381527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd60ff8716016108c7576040514181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60ff871601610921576040514481527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb60ff87160161097b576040514881527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa60ff8716016109d5576040514581527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff871601610a2f576040513a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff860ff871601610a89576040513281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff760ff871601610ae457604051854081527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff660ff871601610b3f57604051854981527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff560ff871601610b99576040514a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff460ff871601610bf3577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5a604051908152602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff360ff871601610c72575f5f5f5f5f855afa90507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610c53575f610c56565b60015b60405160ff90911681526020015b60405180910390a150610338565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff260ff871601610ce35760405173ffffffffffffffffffffffffffffffffffffffff85163181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff160ff871601610d3d576040514781527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff060ff871601610dd3577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f604051610d9490612143565b604051809103905ff080158015610dad573d5f5f3e3d5ffd5b5060405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610806565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffef60ff871601610e4a577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f855f1b604051610e2d90612143565b8190604051809103905ff5905080158015610dad573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffee60ff871601610ef957604051610e8090612143565b604051809103905ff080158015610e99573d5f5f3e3d5ffd5b5073ffffffffffffffffffffffffffffffffffffffff166383197ef06040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610ede575f5ffd5b505af1158015610ef0573d5f5f3e3d5ffd5b50505050610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed60ff8716016110115760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fa169ce090000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff841691614e2091610fa29161237d565b5f604051808303815f8787f1925050503d805f8114610fdc576040519150601f19603f3d011682016040523d82523d5f602084013e610fe1565b606091505b505090507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610c53575f610c56565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec60ff87160161106d577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5f5460405161080691815260200190565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeb60ff8716016110a9576110a2856001612393565b5f55610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffea60ff8716016111075760405160075c808252907fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610c64565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe960ff87160161113d576001850160075d610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe860ff871601611227576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e906024015b602060405180830381865afa1580156111f5573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061121991906123d1565b604051908152602001610806565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe760ff8716016112b8576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015282169063d975f716906024015b5f604051808303815f87803b158015610ede575f5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd160ff871601611336576040517f3a7322f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152821690633a7322f7906024016112a1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe660ff8716016113d7576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e906024016111da565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe560ff871601611455576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff848116600483015282169063d975f716906024016112a1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe460ff8716016114f7576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815263deadcafe60048201527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9073ffffffffffffffffffffffffffffffffffffffff83169063e5c2d17e906024016111da565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe360ff871601611577576040517fd975f71600000000000000000000000000000000000000000000000000000000815263deadcafe600482015273ffffffffffffffffffffffffffffffffffffffff82169063d975f716906024016112a1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe260ff87160161160b577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f8473ffffffffffffffffffffffffffffffffffffffff1663e582dd316040518163ffffffff1660e01b8152600401602060405180830381865afa1580156111f5573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe160ff87160161166957604051621005003b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe060ff8716016116eb575f6210010073ffffffffffffffffffffffffffffffffffffffff166040515b5f604051808303815f865af19150503d805f8114610fdc576040519150601f19603f3d011682016040523d82523d5f602084013e610fe1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdf60ff87160161175c5760405173ffffffffffffffffffffffffffffffffffffffff83163f81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffde60ff8716016117fd576040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f91908416906370a08231906024016111da565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdd60ff87160161187e575f8173ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f8114610fdc576040519150601f19603f3d011682016040523d82523d5f602084013e610fe1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc60ff87160161192d576040517fb760faf900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015283169063b760faf9906001906024015f604051808303818588803b158015611911575f5ffd5b505af1158015611923573d5f5f3e3d5ffd5b5050505050610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdb60ff871601611a24575f8273ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f81146119ae576040519150601f19603f3d011682016040523d82523d5f602084013e6119b3565b606091505b5050905080611a1e576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f66616c6c6261636b00000000000000000000000000000000000000000000000060448201526064016103db565b50610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffda60ff871601611b0d576040517f616263000000000000000000000000000000000000000000000000000000000081525f9081906002906003015f60405180830381855afa9150503d805f8114611ab6576040519150601f19603f3d011682016040523d82523d5f602084013e611abb565b606091505b50915091507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f82611aec575f611af5565b611af5826123e8565b60405190815260200160405180910390a15050610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd960ff871601611b9d576040517f616263000000000000000000000000000000000000000000000000000000000081525f906020906003015f60405180830381855afa9150503d805f8114610fdc576040519150601f19603f3d011682016040523d82523d5f602084013e610fe1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd860ff871601611d1e575f5f720f3df6d732807ef1319fb7b8bb8522d0beac0273ffffffffffffffffffffffffffffffffffffffff1687604051602001611c0691815260200190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611c3e9161237d565b5f60405180830381855afa9150503d805f8114611c76576040519150601f19603f3d011682016040523d82523d5f602084013e611c7b565b606091505b5091509150818015611c8e575080516020145b611cf4576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f626561636f6e20726f6f7400000000000000000000000000000000000000000060448201526064016103db565b7fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f611af5826123e8565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffcf60ff871601611e7c5760408051602081018790525f91720f3df6d732807ef1319fb7b8bb8522d0beac029101604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611da39161237d565b5f60405180830381855afa9150503d805f8114611ddb576040519150601f19603f3d011682016040523d82523d5f602084013e611de0565b606091505b505090508015611e4c576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600f60248201527f626561636f6e20726f6f7420736574000000000000000000000000000000000060448201526064016103db565b6040518681527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610c64565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd760ff871601611f255760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f44df8e700000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff84169161138891610fa29161237d565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd660ff871601611fbb576040517f0bd28e3b00000000000000000000000000000000000000000000000000000000815277ffffffffffffffffffffffffffffffffffffffffffffffff8616600482015273ffffffffffffffffffffffffffffffffffffffff831690630bd28e3b906024016112a1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd260ff871601612047576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f72756c652072657665727400000000000000000000000000000000000000000060448201526064016103db565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd060ff8716016120db5760405173ffffffffffffffffffffffffffffffffffffffff85163b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200160405180910390a15f8473ffffffffffffffffffffffffffffffffffffffff166040516116b2565b6040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600c60248201527f756e6b6e6f776e206d6f6465000000000000000000000000000000000000000060448201526064016103db565b50505050565b608f8061242e83390190565b5f5f5f60608486031215612161575f5ffd5b833567ffffffffffffffff811115612177575f5ffd5b84016101208187031215612189575f5ffd5b95602085013595506040909401359392505050565b5f5f5f606084860312156121b0575f5ffd5b833567ffffffffffffffff8111156121c6575f5ffd5b84016101608187031215612189575f5ffd5b5f602082840312156121e8575f5ffd5b813563ffffffff81168114610281575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff8116811461221e575f5ffd5b919050565b5f5f5f5f60608587031215612236575f5ffd5b61223f856121fb565b935060208501359250604085013567ffffffffffffffff811115612261575f5ffd5b8501601f81018713612271575f5ffd5b803567ffffffffffffffff811115612287575f5ffd5b876020828401011115612298575f5ffd5b949793965060200194505050565b5f602082840312156122b6575f5ffd5b610281826121fb565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126122f2575f5ffd5b83018035915067ffffffffffffffff82111561230c575f5ffd5b602001915036819003821315612320575f5ffd5b9250929050565b818382375f9101908152919050565b5f5f5f60608486031215612348575f5ffd5b833560ff81168114612358575f5ffd5b92506020840135801515811461236c575f5ffd5b929592945050506040919091013590565b5f82518060208501845e5f920191825250919050565b808201808211156123cb577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b5f602082840312156123e1575f5ffd5b5051919050565b80516020808301519190811015612427577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8160200360031b1b821691505b5091905056fe6080604052348015600e575f5ffd5b50607580601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106030575f3560e01c806383197ef0146034578063a169ce0914603b575b5f5ffd5b603933ff5b005b6039fefea2646970667358221220909adc36e5569c5e08ab2059f6be3ff9d046e521fd6000a62fd5d782e7e2a8f764736f6c634300081c0033a2646970667358221220c8c7d9ac292c78f40477bfaf93f3840dd62df9b6a48b0fb6c79f03d65081345964736f6c634300081c0033",
}

// RuleAccountABI is the input ABI used to generate the binding from.
// Deprecated: Use RuleAccountMetaData.ABI instead.
var RuleAccountABI = RuleAccountMetaData.ABI

// RuleAccountBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RuleAccountMetaData.Bin instead.
var RuleAccountBin = RuleAccountMetaData.Bin

// DeployRuleAccount deploys a new Ethereum contract, binding an instance of RuleAccount to it.
func DeployRuleAccount(auth *bind.TransactOpts, backend bind.ContractBackend, ep common.Address, h common.Address) (common.Address, *types.Transaction, *RuleAccount, error) {
	parsed, err := RuleAccountMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RuleAccountBin), backend, ep, h)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RuleAccount{RuleAccountCaller: RuleAccountCaller{contract: contract}, RuleAccountTransactor: RuleAccountTransactor{contract: contract}, RuleAccountFilterer: RuleAccountFilterer{contract: contract}}, nil
}

// RuleAccount is an auto generated Go binding around an Ethereum contract.
type RuleAccount struct {
	RuleAccountCaller     // Read-only binding to the contract
	RuleAccountTransactor // Write-only binding to the contract
	RuleAccountFilterer   // Log filterer for contract events
}

// RuleAccountCaller is an auto generated read-only Go binding around an Ethereum contract.
type RuleAccountCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleAccountTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RuleAccountTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleAccountFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RuleAccountFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleAccountSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RuleAccountSession struct {
	Contract     *RuleAccount      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RuleAccountCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RuleAccountCallerSession struct {
	Contract *RuleAccountCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// RuleAccountTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RuleAccountTransactorSession struct {
	Contract     *RuleAccountTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// RuleAccountRaw is an auto generated low-level Go binding around an Ethereum contract.
type RuleAccountRaw struct {
	Contract *RuleAccount // Generic contract binding to access the raw methods on
}

// RuleAccountCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RuleAccountCallerRaw struct {
	Contract *RuleAccountCaller // Generic read-only contract binding to access the raw methods on
}

// RuleAccountTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RuleAccountTransactorRaw struct {
	Contract *RuleAccountTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRuleAccount creates a new instance of RuleAccount, bound to a specific deployed contract.
func NewRuleAccount(address common.Address, backend bind.ContractBackend) (*RuleAccount, error) {
	contract, err := bindRuleAccount(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RuleAccount{RuleAccountCaller: RuleAccountCaller{contract: contract}, RuleAccountTransactor: RuleAccountTransactor{contract: contract}, RuleAccountFilterer: RuleAccountFilterer{contract: contract}}, nil
}

// NewRuleAccountCaller creates a new read-only instance of RuleAccount, bound to a specific deployed contract.
func NewRuleAccountCaller(address common.Address, caller bind.ContractCaller) (*RuleAccountCaller, error) {
	contract, err := bindRuleAccount(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RuleAccountCaller{contract: contract}, nil
}

// NewRuleAccountTransactor creates a new write-only instance of RuleAccount, bound to a specific deployed contract.
func NewRuleAccountTransactor(address common.Address, transactor bind.ContractTransactor) (*RuleAccountTransactor, error) {
	contract, err := bindRuleAccount(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RuleAccountTransactor{contract: contract}, nil
}

// NewRuleAccountFilterer creates a new log filterer instance of RuleAccount, bound to a specific deployed contract.
func NewRuleAccountFilterer(address common.Address, filterer bind.ContractFilterer) (*RuleAccountFilterer, error) {
	contract, err := bindRuleAccount(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RuleAccountFilterer{contract: contract}, nil
}

// bindRuleAccount binds a generic wrapper to an already deployed contract.
func bindRuleAccount(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RuleAccountMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleAccount *RuleAccountRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleAccount.Contract.RuleAccountCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleAccount *RuleAccountRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleAccount.Contract.RuleAccountTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleAccount *RuleAccountRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleAccount.Contract.RuleAccountTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleAccount *RuleAccountCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleAccount.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleAccount *RuleAccountTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleAccount.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleAccount *RuleAccountTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleAccount.Contract.contract.Transact(opts, method, params...)
}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RuleAccount *RuleAccountCaller) Assoc(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RuleAccount.contract.Call(opts, &out, "assoc", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RuleAccount *RuleAccountSession) Assoc(arg0 common.Address) (*big.Int, error) {
	return _RuleAccount.Contract.Assoc(&_RuleAccount.CallOpts, arg0)
}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RuleAccount *RuleAccountCallerSession) Assoc(arg0 common.Address) (*big.Int, error) {
	return _RuleAccount.Contract.Assoc(&_RuleAccount.CallOpts, arg0)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RuleAccount *RuleAccountCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RuleAccount.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RuleAccount *RuleAccountSession) EntryPoint() (common.Address, error) {
	return _RuleAccount.Contract.EntryPoint(&_RuleAccount.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RuleAccount *RuleAccountCallerSession) EntryPoint() (common.Address, error) {
	return _RuleAccount.Contract.EntryPoint(&_RuleAccount.CallOpts)
}

// Helper is a free data retrieval call binding the contract method 0x63b0e66a.
//
// Solidity: function helper() view returns(address)
func (_RuleAccount *RuleAccountCaller) Helper(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RuleAccount.contract.Call(opts, &out, "helper")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Helper is a free data retrieval call binding the contract method 0x63b0e66a.
//
// Solidity: function helper() view returns(address)
func (_RuleAccount *RuleAccountSession) Helper() (common.Address, error) {
	return _RuleAccount.Contract.Helper(&_RuleAccount.CallOpts)
}

// Helper is a free data retrieval call binding the contract method 0x63b0e66a.
//
// Solidity: function helper() view returns(address)
func (_RuleAccount *RuleAccountCallerSession) Helper() (common.Address, error) {
	return _RuleAccount.Contract.Helper(&_RuleAccount.CallOpts)
}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RuleAccount *RuleAccountCaller) Stored(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RuleAccount.contract.Call(opts, &out, "stored")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RuleAccount *RuleAccountSession) Stored() (*big.Int, error) {
	return _RuleAccount.Contract.Stored(&_RuleAccount.CallOpts)
}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RuleAccount *RuleAccountCallerSession) Stored() (*big.Int, error) {
	return _RuleAccount.Contract.Stored(&_RuleAccount.CallOpts)
}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RuleAccount *RuleAccountCaller) Structs(opts *bind.CallOpts, arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	var out []interface{}
	err := _RuleAccount.contract.Call(opts, &out, "structs", arg0)

	outstruct := new(struct {
		A *big.Int
		B *big.Int
		C *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.A = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.B = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.C = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RuleAccount *RuleAccountSession) Structs(arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	return _RuleAccount.Contract.Structs(&_RuleAccount.CallOpts, arg0)
}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RuleAccount *RuleAccountCallerSession) Structs(arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	return _RuleAccount.Contract.Structs(&_RuleAccount.CallOpts, arg0)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RuleAccount *RuleAccountTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleAccount.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RuleAccount *RuleAccountSession) Deposit() (*types.Transaction, error) {
	return _RuleAccount.Contract.Deposit(&_RuleAccount.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RuleAccount *RuleAccountTransactorSession) Deposit() (*types.Transaction, error) {
	return _RuleAccount.Contract.Deposit(&_RuleAccount.TransactOpts)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address to, uint256 value, bytes data) returns()
func (_RuleAccount *RuleAccountTransactor) Execute(opts *bind.TransactOpts, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _RuleAccount.contract.Transact(opts, "execute", to, value, data)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address to, uint256 value, bytes data) returns()
func (_RuleAccount *RuleAccountSession) Execute(to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _RuleAccount.Contract.Execute(&_RuleAccount.TransactOpts, to, value, data)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address to, uint256 value, bytes data) returns()
func (_RuleAccount *RuleAccountTransactorSession) Execute(to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _RuleAccount.Contract.Execute(&_RuleAccount.TransactOpts, to, value, data)
}

// Stake is a paid mutator transaction binding the contract method 0x7fcfb7c2.
//
// Solidity: function stake(uint32 unstakeDelaySec) payable returns()
func (_RuleAccount *RuleAccountTransactor) Stake(opts *bind.TransactOpts, unstakeDelaySec uint32) (*types.Transaction, error) {
	return _RuleAccount.contract.Transact(opts, "stake", unstakeDelaySec)
}

// Stake is a paid mutator transaction binding the contract method 0x7fcfb7c2.
//
// Solidity: function stake(uint32 unstakeDelaySec) payable returns()
func (_RuleAccount *RuleAccountSession) Stake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _RuleAccount.Contract.Stake(&_RuleAccount.TransactOpts, unstakeDelaySec)
}

// Stake is a paid mutator transaction binding the contract method 0x7fcfb7c2.
//
// Solidity: function stake(uint32 unstakeDelaySec) payable returns()
func (_RuleAccount *RuleAccountTransactorSession) Stake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _RuleAccount.Contract.Stake(&_RuleAccount.TransactOpts, unstakeDelaySec)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) op, bytes32 , uint256 missingAccountFunds) returns(uint256)
func (_RuleAccount *RuleAccountTransactor) ValidateUserOp(opts *bind.TransactOpts, op PackedUserOperation, arg1 [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _RuleAccount.contract.Transact(opts, "validateUserOp", op, arg1, missingAccountFunds)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) op, bytes32 , uint256 missingAccountFunds) returns(uint256)
func (_RuleAccount *RuleAccountSession) ValidateUserOp(op PackedUserOperation, arg1 [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _RuleAccount.Contract.ValidateUserOp(&_RuleAccount.TransactOpts, op, arg1, missingAccountFunds)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) op, bytes32 , uint256 missingAccountFunds) returns(uint256)
func (_RuleAccount *RuleAccountTransactorSession) ValidateUserOp(op PackedUserOperation, arg1 [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _RuleAccount.Contract.ValidateUserOp(&_RuleAccount.TransactOpts, op, arg1, missingAccountFunds)
}

// ValidateUserOp0 is a paid mutator transaction binding the contract method 0x3a871cdd.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,uint256,uint256,uint256,uint256,uint256,bytes,bytes) op, bytes32 , uint256 missingAccountFunds) returns(uint256)
func (_RuleAccount *RuleAccountTransactor) ValidateUserOp0(opts *bind.TransactOpts, op UserOperation06, arg1 [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _RuleAccount.contract.Transact(opts, "validateUserOp0", op, arg1, missingAccountFunds)
}

// ValidateUserOp0 is a paid mutator transaction binding the contract method 0x3a871cdd.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,uint256,uint256,uint256,uint256,uint256,bytes,bytes) op, bytes32 , uint256 missingAccountFunds) returns(uint256)
func (_RuleAccount *RuleAccountSession) ValidateUserOp0(op UserOperation06, arg1 [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _RuleAccount.Contract.ValidateUserOp0(&_RuleAccount.TransactOpts, op, arg1, missingAccountFunds)
}

// ValidateUserOp0 is a paid mutator transaction binding the contract method 0x3a871cdd.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,uint256,uint256,uint256,uint256,uint256,bytes,bytes) op, bytes32 , uint256 missingAccountFunds) returns(uint256)
func (_RuleAccount *RuleAccountTransactorSession) ValidateUserOp0(op UserOperation06, arg1 [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _RuleAccount.Contract.ValidateUserOp0(&_RuleAccount.TransactOpts, op, arg1, missingAccountFunds)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RuleAccount *RuleAccountTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleAccount.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RuleAccount *RuleAccountSession) Receive() (*types.Transaction, error) {
	return _RuleAccount.Contract.Receive(&_RuleAccount.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RuleAccount *RuleAccountTransactorSession) Receive() (*types.Transaction, error) {
	return _RuleAccount.Contract.Receive(&_RuleAccount.TransactOpts)
}

// RuleAccountUsedIterator is returned from FilterUsed and is used to iterate over the raw logs and unpacked data for Used events raised by the RuleAccount contract.
type RuleAccountUsedIterator struct {
	Event *RuleAccountUsed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RuleAccountUsedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RuleAccountUsed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RuleAccountUsed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RuleAccountUsedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RuleAccountUsedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RuleAccountUsed represents a Used event raised by the RuleAccount contract.
type RuleAccountUsed struct {
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterUsed is a free log retrieval operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RuleAccount *RuleAccountFilterer) FilterUsed(opts *bind.FilterOpts) (*RuleAccountUsedIterator, error) {

	logs, sub, err := _RuleAccount.contract.FilterLogs(opts, "Used")
	if err != nil {
		return nil, err
	}
	return &RuleAccountUsedIterator{contract: _RuleAccount.contract, event: "Used", logs: logs, sub: sub}, nil
}

// WatchUsed is a free log subscription operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RuleAccount *RuleAccountFilterer) WatchUsed(opts *bind.WatchOpts, sink chan<- *RuleAccountUsed) (event.Subscription, error) {

	logs, sub, err := _RuleAccount.contract.WatchLogs(opts, "Used")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RuleAccountUsed)
				if err := _RuleAccount.contract.UnpackLog(event, "Used", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUsed is a log parse operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RuleAccount *RuleAccountFilterer) ParseUsed(log types.Log) (*RuleAccountUsed, error) {
	event := new(RuleAccountUsed)
	if err := _RuleAccount.contract.UnpackLog(event, "Used", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RuleDummyMetaData contains all meta data concerning the RuleDummy contract.
var RuleDummyMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"boom\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"destroy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50607580601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106030575f3560e01c806383197ef0146034578063a169ce0914603b575b5f5ffd5b603933ff5b005b6039fefea2646970667358221220909adc36e5569c5e08ab2059f6be3ff9d046e521fd6000a62fd5d782e7e2a8f764736f6c634300081c0033",
}

// RuleDummyABI is the input ABI used to generate the binding from.
// Deprecated: Use RuleDummyMetaData.ABI instead.
var RuleDummyABI = RuleDummyMetaData.ABI

// RuleDummyBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RuleDummyMetaData.Bin instead.
var RuleDummyBin = RuleDummyMetaData.Bin

// DeployRuleDummy deploys a new Ethereum contract, binding an instance of RuleDummy to it.
func DeployRuleDummy(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *RuleDummy, error) {
	parsed, err := RuleDummyMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RuleDummyBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RuleDummy{RuleDummyCaller: RuleDummyCaller{contract: contract}, RuleDummyTransactor: RuleDummyTransactor{contract: contract}, RuleDummyFilterer: RuleDummyFilterer{contract: contract}}, nil
}

// RuleDummy is an auto generated Go binding around an Ethereum contract.
type RuleDummy struct {
	RuleDummyCaller     // Read-only binding to the contract
	RuleDummyTransactor // Write-only binding to the contract
	RuleDummyFilterer   // Log filterer for contract events
}

// RuleDummyCaller is an auto generated read-only Go binding around an Ethereum contract.
type RuleDummyCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleDummyTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RuleDummyTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleDummyFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RuleDummyFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleDummySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RuleDummySession struct {
	Contract     *RuleDummy        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RuleDummyCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RuleDummyCallerSession struct {
	Contract *RuleDummyCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// RuleDummyTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RuleDummyTransactorSession struct {
	Contract     *RuleDummyTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// RuleDummyRaw is an auto generated low-level Go binding around an Ethereum contract.
type RuleDummyRaw struct {
	Contract *RuleDummy // Generic contract binding to access the raw methods on
}

// RuleDummyCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RuleDummyCallerRaw struct {
	Contract *RuleDummyCaller // Generic read-only contract binding to access the raw methods on
}

// RuleDummyTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RuleDummyTransactorRaw struct {
	Contract *RuleDummyTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRuleDummy creates a new instance of RuleDummy, bound to a specific deployed contract.
func NewRuleDummy(address common.Address, backend bind.ContractBackend) (*RuleDummy, error) {
	contract, err := bindRuleDummy(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RuleDummy{RuleDummyCaller: RuleDummyCaller{contract: contract}, RuleDummyTransactor: RuleDummyTransactor{contract: contract}, RuleDummyFilterer: RuleDummyFilterer{contract: contract}}, nil
}

// NewRuleDummyCaller creates a new read-only instance of RuleDummy, bound to a specific deployed contract.
func NewRuleDummyCaller(address common.Address, caller bind.ContractCaller) (*RuleDummyCaller, error) {
	contract, err := bindRuleDummy(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RuleDummyCaller{contract: contract}, nil
}

// NewRuleDummyTransactor creates a new write-only instance of RuleDummy, bound to a specific deployed contract.
func NewRuleDummyTransactor(address common.Address, transactor bind.ContractTransactor) (*RuleDummyTransactor, error) {
	contract, err := bindRuleDummy(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RuleDummyTransactor{contract: contract}, nil
}

// NewRuleDummyFilterer creates a new log filterer instance of RuleDummy, bound to a specific deployed contract.
func NewRuleDummyFilterer(address common.Address, filterer bind.ContractFilterer) (*RuleDummyFilterer, error) {
	contract, err := bindRuleDummy(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RuleDummyFilterer{contract: contract}, nil
}

// bindRuleDummy binds a generic wrapper to an already deployed contract.
func bindRuleDummy(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RuleDummyMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleDummy *RuleDummyRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleDummy.Contract.RuleDummyCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleDummy *RuleDummyRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleDummy.Contract.RuleDummyTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleDummy *RuleDummyRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleDummy.Contract.RuleDummyTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleDummy *RuleDummyCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleDummy.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleDummy *RuleDummyTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleDummy.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleDummy *RuleDummyTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleDummy.Contract.contract.Transact(opts, method, params...)
}

// Boom is a free data retrieval call binding the contract method 0xa169ce09.
//
// Solidity: function boom() pure returns()
func (_RuleDummy *RuleDummyCaller) Boom(opts *bind.CallOpts) error {
	var out []interface{}
	err := _RuleDummy.contract.Call(opts, &out, "boom")

	if err != nil {
		return err
	}

	return err

}

// Boom is a free data retrieval call binding the contract method 0xa169ce09.
//
// Solidity: function boom() pure returns()
func (_RuleDummy *RuleDummySession) Boom() error {
	return _RuleDummy.Contract.Boom(&_RuleDummy.CallOpts)
}

// Boom is a free data retrieval call binding the contract method 0xa169ce09.
//
// Solidity: function boom() pure returns()
func (_RuleDummy *RuleDummyCallerSession) Boom() error {
	return _RuleDummy.Contract.Boom(&_RuleDummy.CallOpts)
}

// Destroy is a paid mutator transaction binding the contract method 0x83197ef0.
//
// Solidity: function destroy() returns()
func (_RuleDummy *RuleDummyTransactor) Destroy(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleDummy.contract.Transact(opts, "destroy")
}

// Destroy is a paid mutator transaction binding the contract method 0x83197ef0.
//
// Solidity: function destroy() returns()
func (_RuleDummy *RuleDummySession) Destroy() (*types.Transaction, error) {
	return _RuleDummy.Contract.Destroy(&_RuleDummy.TransactOpts)
}

// Destroy is a paid mutator transaction binding the contract method 0x83197ef0.
//
// Solidity: function destroy() returns()
func (_RuleDummy *RuleDummyTransactorSession) Destroy() (*types.Transaction, error) {
	return _RuleDummy.Contract.Destroy(&_RuleDummy.TransactOpts)
}

// RuleFactoryMetaData contains all meta data concerning the RuleFactory contract.
var RuleFactoryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ep\",\"type\":\"address\"},{\"internalType\":\"contractRuleHelper\",\"name\":\"h\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Used\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"assoc\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"via\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"arg\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"name\":\"createAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"name\":\"getAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"helper\",\"outputs\":[{\"internalType\":\"contractRuleHelper\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"unstakeDelaySec\",\"type\":\"uint32\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stored\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"structs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"c\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60c06040526040516149d13803806149d183398101604081905261002291610050565b6001600160a01b039182166080521660a052610088565b6001600160a01b038116811461004d575f5ffd5b50565b5f5f60408385031215610061575f5ffd5b825161006c81610039565b602084015190925061007d81610039565b809150509250929050565b60805160a0516148ea6100e75f395f818160b20152818161035e015281816104680152818161060601526106ea01525f8181610143015281816102610152818161033d0152818161042a0152818161058d01526106c901526148ea5ff3fe608060405260043610610096575f3560e01c8063b93f9b0a11610066578063daaac4471161004c578063daaac4471461018c578063e582dd31146101e0578063e5c2d17e14610202575f5ffd5b8063b93f9b0a14610165578063d0e30db014610184575f5ffd5b806363b0e66a146100a15780637fcfb7c2146100fe5780638892c06c14610113578063b0d691fe14610132575f5ffd5b3661009d57005b5f5ffd5b3480156100ac575f5ffd5b506100d47f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b61011161010c3660046120c9565b61022d565b005b34801561011e575f5ffd5b506100d461012d3660046120f3565b6102d3565b34801561013d575f5ffd5b506100d47f000000000000000000000000000000000000000000000000000000000000000081565b348015610170575f5ffd5b506100d461017f36600461213f565b6103e3565b61011161055f565b348015610197575f5ffd5b506101c56101a6366004612156565b600260208190525f918252604090912080546001820154919092015483565b604080519384526020840192909252908201526060016100f5565b3480156101eb575f5ffd5b506101f45f5481565b6040519081526020016100f5565b34801561020d575f5ffd5b506101f461021c366004612156565b60016020525f908152604090205481565b6040517f0396cb6000000000000000000000000000000000000000000000000000000000815263ffffffff821660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690630396cb609034906024015f604051808303818588803b1580156102b9575f5ffd5b505af11580156102cb573d5f5f3e3d5ffd5b505050505050565b5f6102dd826103e3565b90507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd060ff86160161031a5761031685858584306105fe565b5f94505b8073ffffffffffffffffffffffffffffffffffffffff163b5f036103ce57815f1b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000604051610389906120b0565b73ffffffffffffffffffffffffffffffffffffffff9283168152911660208201526040018190604051809103905ff59050801580156103ca573d5f5f3e3d5ffd5b5090505b6103db85858584306105fe565b949350505050565b5f5f604051806020016103f5906120b0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe082820381018352601f9091011660408181527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff90811660208401527f00000000000000000000000000000000000000000000000000000000000000001681830152805180830382018152606083019091526104a992916080016121a0565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815282825280516020918201207fff00000000000000000000000000000000000000000000000000000000000000828501523060601b7fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016602185015260358401969096526055808401969096528151808403909601865260759092019052835193019290922092915050565b6040517fb760faf90000000000000000000000000000000000000000000000000000000081523060048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b760faf99034906024015f604051808303818588803b1580156105e5575f5ffd5b505af11580156105f7573d5f5f3e3d5ffd5b5050505050565b83156106c0577f00000000000000000000000000000000000000000000000000000000000000006040517f75d87e4c00000000000000000000000000000000000000000000000000000000815260ff871660048201526024810185905273ffffffffffffffffffffffffffffffffffffffff8481166044830152838116606483015291909116906375d87e4c906084015f604051808303815f87803b1580156106a5575f5ffd5b505af11580156106b7573d5f5f3e3d5ffd5b505050506105f7565b6105f7858484847f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000060ff86166107185750506120aa565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff87160161077b576040514281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020015b60405180910390a16102cb565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff8716016107d5576040514381527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd60ff87160161082f576040514181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60ff871601610889576040514481527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb60ff8716016108e3576040514881527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa60ff87160161093d576040514581527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff871601610997576040513a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff860ff8716016109f1576040513281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff760ff871601610a4c57604051854081527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff660ff871601610aa757604051854981527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff560ff871601610b01576040514a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff460ff871601610b5b577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5a60405190815260200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff360ff871601610bda575f5f5f5f5f855afa90507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610bbb575f610bbe565b60015b60405160ff90911681526020015b60405180910390a1506102cb565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff260ff871601610c4b5760405173ffffffffffffffffffffffffffffffffffffffff85163181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff160ff871601610ca5576040514781527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff060ff871601610d3b577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f604051610cfc906120bd565b604051809103905ff080158015610d15573d5f5f3e3d5ffd5b5060405173ffffffffffffffffffffffffffffffffffffffff909116815260200161076e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffef60ff871601610db2577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f855f1b604051610d95906120bd565b8190604051809103905ff5905080158015610d15573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffee60ff871601610e6157604051610de8906120bd565b604051809103905ff080158015610e01573d5f5f3e3d5ffd5b5073ffffffffffffffffffffffffffffffffffffffff166383197ef06040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610e46575f5ffd5b505af1158015610e58573d5f5f3e3d5ffd5b505050506102cb565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed60ff871601610f795760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fa169ce090000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff841691614e2091610f0a916121b4565b5f604051808303815f8787f1925050503d805f8114610f44576040519150601f19603f3d011682016040523d82523d5f602084013e610f49565b606091505b505090507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610bbb575f610bbe565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec60ff871601610fd5577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5f5460405161076e91815260200190565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeb60ff8716016110115761100a8560016121bf565b5f556102cb565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffea60ff87160161106f5760405160075c808252907fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610bcc565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe960ff8716016110a5576001850160075d6102cb565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe860ff87160161118f576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e906024015b602060405180830381865afa15801561115d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061118191906121fd565b60405190815260200161076e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe760ff871601611220576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015282169063d975f716906024015b5f604051808303815f87803b158015610e46575f5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd160ff87160161129e576040517f3a7322f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152821690633a7322f790602401611209565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe660ff87160161133f576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e90602401611142565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe560ff8716016113bd576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff848116600483015282169063d975f71690602401611209565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe460ff87160161145f576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815263deadcafe60048201527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9073ffffffffffffffffffffffffffffffffffffffff83169063e5c2d17e90602401611142565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe360ff8716016114df576040517fd975f71600000000000000000000000000000000000000000000000000000000815263deadcafe600482015273ffffffffffffffffffffffffffffffffffffffff82169063d975f71690602401611209565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe260ff871601611573577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f8473ffffffffffffffffffffffffffffffffffffffff1663e582dd316040518163ffffffff1660e01b8152600401602060405180830381865afa15801561115d573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe160ff8716016115d157604051621005003b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe060ff871601611653575f6210010073ffffffffffffffffffffffffffffffffffffffff166040515b5f604051808303815f865af19150503d805f8114610f44576040519150601f19603f3d011682016040523d82523d5f602084013e610f49565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdf60ff8716016116c45760405173ffffffffffffffffffffffffffffffffffffffff83163f81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200161076e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffde60ff871601611765576040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f91908416906370a0823190602401611142565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdd60ff8716016117e6575f8173ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f8114610f44576040519150601f19603f3d011682016040523d82523d5f602084013e610f49565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc60ff871601611895576040517fb760faf900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015283169063b760faf9906001906024015f604051808303818588803b158015611879575f5ffd5b505af115801561188b573d5f5f3e3d5ffd5b50505050506102cb565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdb60ff871601611991575f8273ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f8114611916576040519150601f19603f3d011682016040523d82523d5f602084013e61191b565b606091505b505090508061198b576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f66616c6c6261636b00000000000000000000000000000000000000000000000060448201526064015b60405180910390fd5b506102cb565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffda60ff871601611a7a576040517f616263000000000000000000000000000000000000000000000000000000000081525f9081906002906003015f60405180830381855afa9150503d805f8114611a23576040519150601f19603f3d011682016040523d82523d5f602084013e611a28565b606091505b50915091507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f82611a59575f611a62565b611a6282612214565b60405190815260200160405180910390a150506102cb565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd960ff871601611b0a576040517f616263000000000000000000000000000000000000000000000000000000000081525f906020906003015f60405180830381855afa9150503d805f8114610f44576040519150601f19603f3d011682016040523d82523d5f602084013e610f49565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd860ff871601611c8b575f5f720f3df6d732807ef1319fb7b8bb8522d0beac0273ffffffffffffffffffffffffffffffffffffffff1687604051602001611b7391815260200190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611bab916121b4565b5f60405180830381855afa9150503d805f8114611be3576040519150601f19603f3d011682016040523d82523d5f602084013e611be8565b606091505b5091509150818015611bfb575080516020145b611c61576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f626561636f6e20726f6f740000000000000000000000000000000000000000006044820152606401611982565b7fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f611a6282612214565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffcf60ff871601611de95760408051602081018790525f91720f3df6d732807ef1319fb7b8bb8522d0beac029101604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611d10916121b4565b5f60405180830381855afa9150503d805f8114611d48576040519150601f19603f3d011682016040523d82523d5f602084013e611d4d565b606091505b505090508015611db9576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600f60248201527f626561636f6e20726f6f742073657400000000000000000000000000000000006044820152606401611982565b6040518681527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610bcc565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd760ff871601611e925760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f44df8e700000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff84169161138891610f0a916121b4565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd660ff871601611f28576040517f0bd28e3b00000000000000000000000000000000000000000000000000000000815277ffffffffffffffffffffffffffffffffffffffffffffffff8616600482015273ffffffffffffffffffffffffffffffffffffffff831690630bd28e3b90602401611209565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd260ff871601611fb4576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f72756c65207265766572740000000000000000000000000000000000000000006044820152606401611982565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd060ff8716016120485760405173ffffffffffffffffffffffffffffffffffffffff85163b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200160405180910390a15f8473ffffffffffffffffffffffffffffffffffffffff1660405161161a565b6040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600c60248201527f756e6b6e6f776e206d6f646500000000000000000000000000000000000000006044820152606401611982565b50505050565b6125cc8061225a83390190565b608f8061482683390190565b5f602082840312156120d9575f5ffd5b813563ffffffff811681146120ec575f5ffd5b9392505050565b5f5f5f5f60808587031215612106575f5ffd5b843560ff81168114612116575f5ffd5b93506020850135801515811461212a575f5ffd5b93969395505050506040820135916060013590565b5f6020828403121561214f575f5ffd5b5035919050565b5f60208284031215612166575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff811681146120ec575f5ffd5b5f81518060208401855e5f93019283525090919050565b5f6103db6121ae8386612189565b84612189565b5f6120ec8284612189565b808201808211156121f7577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b5f6020828403121561220d575f5ffd5b5051919050565b80516020808301519190811015612253577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8160200360031b1b821691505b5091905056fe60c06040526040516125cc3803806125cc83398101604081905261002291610050565b6001600160a01b039182166080521660a052610088565b6001600160a01b038116811461004d575f5ffd5b50565b5f5f60408385031215610061575f5ffd5b825161006c81610039565b602084015190925061007d81610039565b809150509250929050565b60805160a0516124f26100da5f395f818161011d0152818161069e015261078201525f818161018a015281816102ce015281816103580152818161048d01528181610517015261076101526124f25ff3fe6080604052600436106100b0575f3560e01c8063b61d27f611610066578063daaac4471161004c578063daaac447146101d3578063e582dd3114610227578063e5c2d17e1461023b575f5ffd5b8063b61d27f6146101ac578063d0e30db0146101cb575f5ffd5b806363b0e66a1161009657806363b0e66a1461010c5780637fcfb7c214610164578063b0d691fe14610179575f5ffd5b806319822f7c146100bb5780633a871cdd146100ed575f5ffd5b366100b757005b5f5ffd5b3480156100c6575f5ffd5b506100da6100d536600461214f565b610266565b6040519081526020015b60405180910390f35b3480156100f8575f5ffd5b506100da61010736600461219e565b610288565b348015610117575f5ffd5b5061013f7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100e4565b6101776101723660046121d8565b61029a565b005b348015610184575f5ffd5b5061013f7f000000000000000000000000000000000000000000000000000000000000000081565b3480156101b7575f5ffd5b506101776101c6366004612223565b610340565b61017761045f565b3480156101de575f5ffd5b5061020c6101ed3660046122a6565b600260208190525f918252604090912080546001820154919092015483565b604080519384526020840192909252908201526060016100e4565b348015610232575f5ffd5b506100da5f5481565b348015610246575f5ffd5b506100da6102553660046122a6565b60016020525f908152604090205481565b5f61027e6102786101008601866122bf565b846104fe565b90505b9392505050565b5f61027e6102786101408601866122bf565b6040517f0396cb6000000000000000000000000000000000000000000000000000000000815263ffffffff821660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690630396cb609034906024015f604051808303818588803b158015610326575f5ffd5b505af1158015610338573d5f5f3e3d5ffd5b505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146103e4576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601360248201527f6e6f742066726f6d20456e747279506f696e740000000000000000000000000060448201526064015b60405180910390fd5b5f5f8573ffffffffffffffffffffffffffffffffffffffff1685858560405161040e929190612327565b5f6040518083038185875af1925050503d805f8114610448576040519150601f19603f3d011682016040523d82523d5f602084013e61044d565b606091505b50915091508161033857805160208201fd5b6040517fb760faf90000000000000000000000000000000000000000000000000000000081523060048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b760faf99034906024015f604051808303818588803b1580156104e5575f5ffd5b505af11580156104f7573d5f5f3e3d5ffd5b5050505050565b5f3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461059e576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601360248201527f6e6f742066726f6d20456e747279506f696e740000000000000000000000000060448201526064016103db565b81156105ed576040515f90339084908381818185875af1925050503d805f81146105e3576040519150601f19603f3d011682016040523d82523d5f602084013e6105e8565b606091505b505050505b60608310156105fd57505f610281565b5f808061060c86880188612336565b919450925090507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd560ff8416016106495760019350505050610281565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd460ff84160161067d579250610281915050565b61068a8383833030610696565b505f9695505050505050565b8315610758577f00000000000000000000000000000000000000000000000000000000000000006040517f75d87e4c00000000000000000000000000000000000000000000000000000000815260ff871660048201526024810185905273ffffffffffffffffffffffffffffffffffffffff8481166044830152838116606483015291909116906375d87e4c906084015f604051808303815f87803b15801561073d575f5ffd5b505af115801561074f573d5f5f3e3d5ffd5b505050506104f7565b6104f7858484847f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000060ff86166107b057505061213d565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff871601610813576040514281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020015b60405180910390a1610338565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff87160161086d576040514381527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd60ff8716016108c7576040514181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60ff871601610921576040514481527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb60ff87160161097b576040514881527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa60ff8716016109d5576040514581527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff871601610a2f576040513a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff860ff871601610a89576040513281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff760ff871601610ae457604051854081527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff660ff871601610b3f57604051854981527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff560ff871601610b99576040514a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff460ff871601610bf3577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5a604051908152602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff360ff871601610c72575f5f5f5f5f855afa90507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610c53575f610c56565b60015b60405160ff90911681526020015b60405180910390a150610338565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff260ff871601610ce35760405173ffffffffffffffffffffffffffffffffffffffff85163181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff160ff871601610d3d576040514781527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff060ff871601610dd3577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f604051610d9490612143565b604051809103905ff080158015610dad573d5f5f3e3d5ffd5b5060405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610806565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffef60ff871601610e4a577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f855f1b604051610e2d90612143565b8190604051809103905ff5905080158015610dad573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffee60ff871601610ef957604051610e8090612143565b604051809103905ff080158015610e99573d5f5f3e3d5ffd5b5073ffffffffffffffffffffffffffffffffffffffff166383197ef06040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610ede575f5ffd5b505af1158015610ef0573d5f5f3e3d5ffd5b50505050610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed60ff8716016110115760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fa169ce090000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff841691614e2091610fa29161237d565b5f604051808303815f8787f1925050503d805f8114610fdc576040519150601f19603f3d011682016040523d82523d5f602084013e610fe1565b606091505b505090507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610c53575f610c56565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec60ff87160161106d577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5f5460405161080691815260200190565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeb60ff8716016110a9576110a2856001612393565b5f55610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffea60ff8716016111075760405160075c808252907fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610c64565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe960ff87160161113d576001850160075d610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe860ff871601611227576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e906024015b602060405180830381865afa1580156111f5573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061121991906123d1565b604051908152602001610806565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe760ff8716016112b8576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015282169063d975f716906024015b5f604051808303815f87803b158015610ede575f5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd160ff871601611336576040517f3a7322f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152821690633a7322f7906024016112a1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe660ff8716016113d7576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e906024016111da565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe560ff871601611455576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff848116600483015282169063d975f716906024016112a1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe460ff8716016114f7576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815263deadcafe60048201527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9073ffffffffffffffffffffffffffffffffffffffff83169063e5c2d17e906024016111da565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe360ff871601611577576040517fd975f71600000000000000000000000000000000000000000000000000000000815263deadcafe600482015273ffffffffffffffffffffffffffffffffffffffff82169063d975f716906024016112a1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe260ff87160161160b577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f8473ffffffffffffffffffffffffffffffffffffffff1663e582dd316040518163ffffffff1660e01b8152600401602060405180830381865afa1580156111f5573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe160ff87160161166957604051621005003b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe060ff8716016116eb575f6210010073ffffffffffffffffffffffffffffffffffffffff166040515b5f604051808303815f865af19150503d805f8114610fdc576040519150601f19603f3d011682016040523d82523d5f602084013e610fe1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdf60ff87160161175c5760405173ffffffffffffffffffffffffffffffffffffffff83163f81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610806565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffde60ff8716016117fd576040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f91908416906370a08231906024016111da565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdd60ff87160161187e575f8173ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f8114610fdc576040519150601f19603f3d011682016040523d82523d5f602084013e610fe1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc60ff87160161192d576040517fb760faf900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015283169063b760faf9906001906024015f604051808303818588803b158015611911575f5ffd5b505af1158015611923573d5f5f3e3d5ffd5b5050505050610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdb60ff871601611a24575f8273ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f81146119ae576040519150601f19603f3d011682016040523d82523d5f602084013e6119b3565b606091505b5050905080611a1e576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f66616c6c6261636b00000000000000000000000000000000000000000000000060448201526064016103db565b50610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffda60ff871601611b0d576040517f616263000000000000000000000000000000000000000000000000000000000081525f9081906002906003015f60405180830381855afa9150503d805f8114611ab6576040519150601f19603f3d011682016040523d82523d5f602084013e611abb565b606091505b50915091507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f82611aec575f611af5565b611af5826123e8565b60405190815260200160405180910390a15050610338565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd960ff871601611b9d576040517f616263000000000000000000000000000000000000000000000000000000000081525f906020906003015f60405180830381855afa9150503d805f8114610fdc576040519150601f19603f3d011682016040523d82523d5f602084013e610fe1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd860ff871601611d1e575f5f720f3df6d732807ef1319fb7b8bb8522d0beac0273ffffffffffffffffffffffffffffffffffffffff1687604051602001611c0691815260200190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611c3e9161237d565b5f60405180830381855afa9150503d805f8114611c76576040519150601f19603f3d011682016040523d82523d5f602084013e611c7b565b606091505b5091509150818015611c8e575080516020145b611cf4576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f626561636f6e20726f6f7400000000000000000000000000000000000000000060448201526064016103db565b7fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f611af5826123e8565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffcf60ff871601611e7c5760408051602081018790525f91720f3df6d732807ef1319fb7b8bb8522d0beac029101604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611da39161237d565b5f60405180830381855afa9150503d805f8114611ddb576040519150601f19603f3d011682016040523d82523d5f602084013e611de0565b606091505b505090508015611e4c576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600f60248201527f626561636f6e20726f6f7420736574000000000000000000000000000000000060448201526064016103db565b6040518681527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610c64565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd760ff871601611f255760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f44df8e700000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff84169161138891610fa29161237d565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd660ff871601611fbb576040517f0bd28e3b00000000000000000000000000000000000000000000000000000000815277ffffffffffffffffffffffffffffffffffffffffffffffff8616600482015273ffffffffffffffffffffffffffffffffffffffff831690630bd28e3b906024016112a1565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd260ff871601612047576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f72756c652072657665727400000000000000000000000000000000000000000060448201526064016103db565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd060ff8716016120db5760405173ffffffffffffffffffffffffffffffffffffffff85163b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200160405180910390a15f8473ffffffffffffffffffffffffffffffffffffffff166040516116b2565b6040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600c60248201527f756e6b6e6f776e206d6f6465000000000000000000000000000000000000000060448201526064016103db565b50505050565b608f8061242e83390190565b5f5f5f60608486031215612161575f5ffd5b833567ffffffffffffffff811115612177575f5ffd5b84016101208187031215612189575f5ffd5b95602085013595506040909401359392505050565b5f5f5f606084860312156121b0575f5ffd5b833567ffffffffffffffff8111156121c6575f5ffd5b84016101608187031215612189575f5ffd5b5f602082840312156121e8575f5ffd5b813563ffffffff81168114610281575f5ffd5b803573ffffffffffffffffffffffffffffffffffffffff8116811461221e575f5ffd5b919050565b5f5f5f5f60608587031215612236575f5ffd5b61223f856121fb565b935060208501359250604085013567ffffffffffffffff811115612261575f5ffd5b8501601f81018713612271575f5ffd5b803567ffffffffffffffff811115612287575f5ffd5b876020828401011115612298575f5ffd5b949793965060200194505050565b5f602082840312156122b6575f5ffd5b610281826121fb565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126122f2575f5ffd5b83018035915067ffffffffffffffff82111561230c575f5ffd5b602001915036819003821315612320575f5ffd5b9250929050565b818382375f9101908152919050565b5f5f5f60608486031215612348575f5ffd5b833560ff81168114612358575f5ffd5b92506020840135801515811461236c575f5ffd5b929592945050506040919091013590565b5f82518060208501845e5f920191825250919050565b808201808211156123cb577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b5f602082840312156123e1575f5ffd5b5051919050565b80516020808301519190811015612427577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8160200360031b1b821691505b5091905056fe6080604052348015600e575f5ffd5b50607580601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106030575f3560e01c806383197ef0146034578063a169ce0914603b575b5f5ffd5b603933ff5b005b6039fefea2646970667358221220909adc36e5569c5e08ab2059f6be3ff9d046e521fd6000a62fd5d782e7e2a8f764736f6c634300081c0033a2646970667358221220c8c7d9ac292c78f40477bfaf93f3840dd62df9b6a48b0fb6c79f03d65081345964736f6c634300081c00336080604052348015600e575f5ffd5b50607580601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106030575f3560e01c806383197ef0146034578063a169ce0914603b575b5f5ffd5b603933ff5b005b6039fefea2646970667358221220909adc36e5569c5e08ab2059f6be3ff9d046e521fd6000a62fd5d782e7e2a8f764736f6c634300081c0033a264697066735822122004bf37ba0d234c8fa41042e866e81f2ab2256957cc0df2b38330c80e125bdb2c64736f6c634300081c0033",
}

// RuleFactoryABI is the input ABI used to generate the binding from.
// Deprecated: Use RuleFactoryMetaData.ABI instead.
var RuleFactoryABI = RuleFactoryMetaData.ABI

// RuleFactoryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RuleFactoryMetaData.Bin instead.
var RuleFactoryBin = RuleFactoryMetaData.Bin

// DeployRuleFactory deploys a new Ethereum contract, binding an instance of RuleFactory to it.
func DeployRuleFactory(auth *bind.TransactOpts, backend bind.ContractBackend, ep common.Address, h common.Address) (common.Address, *types.Transaction, *RuleFactory, error) {
	parsed, err := RuleFactoryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RuleFactoryBin), backend, ep, h)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RuleFactory{RuleFactoryCaller: RuleFactoryCaller{contract: contract}, RuleFactoryTransactor: RuleFactoryTransactor{contract: contract}, RuleFactoryFilterer: RuleFactoryFilterer{contract: contract}}, nil
}

// RuleFactory is an auto generated Go binding around an Ethereum contract.
type RuleFactory struct {
	RuleFactoryCaller     // Read-only binding to the contract
	RuleFactoryTransactor // Write-only binding to the contract
	RuleFactoryFilterer   // Log filterer for contract events
}

// RuleFactoryCaller is an auto generated read-only Go binding around an Ethereum contract.
type RuleFactoryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleFactoryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RuleFactoryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleFactoryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RuleFactoryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleFactorySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RuleFactorySession struct {
	Contract     *RuleFactory      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RuleFactoryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RuleFactoryCallerSession struct {
	Contract *RuleFactoryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// RuleFactoryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RuleFactoryTransactorSession struct {
	Contract     *RuleFactoryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// RuleFactoryRaw is an auto generated low-level Go binding around an Ethereum contract.
type RuleFactoryRaw struct {
	Contract *RuleFactory // Generic contract binding to access the raw methods on
}

// RuleFactoryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RuleFactoryCallerRaw struct {
	Contract *RuleFactoryCaller // Generic read-only contract binding to access the raw methods on
}

// RuleFactoryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RuleFactoryTransactorRaw struct {
	Contract *RuleFactoryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRuleFactory creates a new instance of RuleFactory, bound to a specific deployed contract.
func NewRuleFactory(address common.Address, backend bind.ContractBackend) (*RuleFactory, error) {
	contract, err := bindRuleFactory(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RuleFactory{RuleFactoryCaller: RuleFactoryCaller{contract: contract}, RuleFactoryTransactor: RuleFactoryTransactor{contract: contract}, RuleFactoryFilterer: RuleFactoryFilterer{contract: contract}}, nil
}

// NewRuleFactoryCaller creates a new read-only instance of RuleFactory, bound to a specific deployed contract.
func NewRuleFactoryCaller(address common.Address, caller bind.ContractCaller) (*RuleFactoryCaller, error) {
	contract, err := bindRuleFactory(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RuleFactoryCaller{contract: contract}, nil
}

// NewRuleFactoryTransactor creates a new write-only instance of RuleFactory, bound to a specific deployed contract.
func NewRuleFactoryTransactor(address common.Address, transactor bind.ContractTransactor) (*RuleFactoryTransactor, error) {
	contract, err := bindRuleFactory(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RuleFactoryTransactor{contract: contract}, nil
}

// NewRuleFactoryFilterer creates a new log filterer instance of RuleFactory, bound to a specific deployed contract.
func NewRuleFactoryFilterer(address common.Address, filterer bind.ContractFilterer) (*RuleFactoryFilterer, error) {
	contract, err := bindRuleFactory(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RuleFactoryFilterer{contract: contract}, nil
}

// bindRuleFactory binds a generic wrapper to an already deployed contract.
func bindRuleFactory(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RuleFactoryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleFactory *RuleFactoryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleFactory.Contract.RuleFactoryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleFactory *RuleFactoryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleFactory.Contract.RuleFactoryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleFactory *RuleFactoryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleFactory.Contract.RuleFactoryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleFactory *RuleFactoryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleFactory.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleFactory *RuleFactoryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleFactory.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleFactory *RuleFactoryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleFactory.Contract.contract.Transact(opts, method, params...)
}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RuleFactory *RuleFactoryCaller) Assoc(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RuleFactory.contract.Call(opts, &out, "assoc", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RuleFactory *RuleFactorySession) Assoc(arg0 common.Address) (*big.Int, error) {
	return _RuleFactory.Contract.Assoc(&_RuleFactory.CallOpts, arg0)
}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RuleFactory *RuleFactoryCallerSession) Assoc(arg0 common.Address) (*big.Int, error) {
	return _RuleFactory.Contract.Assoc(&_RuleFactory.CallOpts, arg0)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RuleFactory *RuleFactoryCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RuleFactory.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RuleFactory *RuleFactorySession) EntryPoint() (common.Address, error) {
	return _RuleFactory.Contract.EntryPoint(&_RuleFactory.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RuleFactory *RuleFactoryCallerSession) EntryPoint() (common.Address, error) {
	return _RuleFactory.Contract.EntryPoint(&_RuleFactory.CallOpts)
}

// GetAddress is a free data retrieval call binding the contract method 0xb93f9b0a.
//
// Solidity: function getAddress(uint256 salt) view returns(address)
func (_RuleFactory *RuleFactoryCaller) GetAddress(opts *bind.CallOpts, salt *big.Int) (common.Address, error) {
	var out []interface{}
	err := _RuleFactory.contract.Call(opts, &out, "getAddress", salt)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetAddress is a free data retrieval call binding the contract method 0xb93f9b0a.
//
// Solidity: function getAddress(uint256 salt) view returns(address)
func (_RuleFactory *RuleFactorySession) GetAddress(salt *big.Int) (common.Address, error) {
	return _RuleFactory.Contract.GetAddress(&_RuleFactory.CallOpts, salt)
}

// GetAddress is a free data retrieval call binding the contract method 0xb93f9b0a.
//
// Solidity: function getAddress(uint256 salt) view returns(address)
func (_RuleFactory *RuleFactoryCallerSession) GetAddress(salt *big.Int) (common.Address, error) {
	return _RuleFactory.Contract.GetAddress(&_RuleFactory.CallOpts, salt)
}

// Helper is a free data retrieval call binding the contract method 0x63b0e66a.
//
// Solidity: function helper() view returns(address)
func (_RuleFactory *RuleFactoryCaller) Helper(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RuleFactory.contract.Call(opts, &out, "helper")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Helper is a free data retrieval call binding the contract method 0x63b0e66a.
//
// Solidity: function helper() view returns(address)
func (_RuleFactory *RuleFactorySession) Helper() (common.Address, error) {
	return _RuleFactory.Contract.Helper(&_RuleFactory.CallOpts)
}

// Helper is a free data retrieval call binding the contract method 0x63b0e66a.
//
// Solidity: function helper() view returns(address)
func (_RuleFactory *RuleFactoryCallerSession) Helper() (common.Address, error) {
	return _RuleFactory.Contract.Helper(&_RuleFactory.CallOpts)
}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RuleFactory *RuleFactoryCaller) Stored(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RuleFactory.contract.Call(opts, &out, "stored")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RuleFactory *RuleFactorySession) Stored() (*big.Int, error) {
	return _RuleFactory.Contract.Stored(&_RuleFactory.CallOpts)
}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RuleFactory *RuleFactoryCallerSession) Stored() (*big.Int, error) {
	return _RuleFactory.Contract.Stored(&_RuleFactory.CallOpts)
}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RuleFactory *RuleFactoryCaller) Structs(opts *bind.CallOpts, arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	var out []interface{}
	err := _RuleFactory.contract.Call(opts, &out, "structs", arg0)

	outstruct := new(struct {
		A *big.Int
		B *big.Int
		C *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.A = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.B = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.C = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RuleFactory *RuleFactorySession) Structs(arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	return _RuleFactory.Contract.Structs(&_RuleFactory.CallOpts, arg0)
}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RuleFactory *RuleFactoryCallerSession) Structs(arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	return _RuleFactory.Contract.Structs(&_RuleFactory.CallOpts, arg0)
}

// CreateAccount is a paid mutator transaction binding the contract method 0x8892c06c.
//
// Solidity: function createAccount(uint8 mode, bool via, uint256 arg, uint256 salt) returns(address account)
func (_RuleFactory *RuleFactoryTransactor) CreateAccount(opts *bind.TransactOpts, mode uint8, via bool, arg *big.Int, salt *big.Int) (*types.Transaction, error) {
	return _RuleFactory.contract.Transact(opts, "createAccount", mode, via, arg, salt)
}

// CreateAccount is a paid mutator transaction binding the contract method 0x8892c06c.
//
// Solidity: function createAccount(uint8 mode, bool via, uint256 arg, uint256 salt) returns(address account)
func (_RuleFactory *RuleFactorySession) CreateAccount(mode uint8, via bool, arg *big.Int, salt *big.Int) (*types.Transaction, error) {
	return _RuleFactory.Contract.CreateAccount(&_RuleFactory.TransactOpts, mode, via, arg, salt)
}

// CreateAccount is a paid mutator transaction binding the contract method 0x8892c06c.
//
// Solidity: function createAccount(uint8 mode, bool via, uint256 arg, uint256 salt) returns(address account)
func (_RuleFactory *RuleFactoryTransactorSession) CreateAccount(mode uint8, via bool, arg *big.Int, salt *big.Int) (*types.Transaction, error) {
	return _RuleFactory.Contract.CreateAccount(&_RuleFactory.TransactOpts, mode, via, arg, salt)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RuleFactory *RuleFactoryTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleFactory.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RuleFactory *RuleFactorySession) Deposit() (*types.Transaction, error) {
	return _RuleFactory.Contract.Deposit(&_RuleFactory.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RuleFactory *RuleFactoryTransactorSession) Deposit() (*types.Transaction, error) {
	return _RuleFactory.Contract.Deposit(&_RuleFactory.TransactOpts)
}

// Stake is a paid mutator transaction binding the contract method 0x7fcfb7c2.
//
// Solidity: function stake(uint32 unstakeDelaySec) payable returns()
func (_RuleFactory *RuleFactoryTransactor) Stake(opts *bind.TransactOpts, unstakeDelaySec uint32) (*types.Transaction, error) {
	return _RuleFactory.contract.Transact(opts, "stake", unstakeDelaySec)
}

// Stake is a paid mutator transaction binding the contract method 0x7fcfb7c2.
//
// Solidity: function stake(uint32 unstakeDelaySec) payable returns()
func (_RuleFactory *RuleFactorySession) Stake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _RuleFactory.Contract.Stake(&_RuleFactory.TransactOpts, unstakeDelaySec)
}

// Stake is a paid mutator transaction binding the contract method 0x7fcfb7c2.
//
// Solidity: function stake(uint32 unstakeDelaySec) payable returns()
func (_RuleFactory *RuleFactoryTransactorSession) Stake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _RuleFactory.Contract.Stake(&_RuleFactory.TransactOpts, unstakeDelaySec)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RuleFactory *RuleFactoryTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleFactory.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RuleFactory *RuleFactorySession) Receive() (*types.Transaction, error) {
	return _RuleFactory.Contract.Receive(&_RuleFactory.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RuleFactory *RuleFactoryTransactorSession) Receive() (*types.Transaction, error) {
	return _RuleFactory.Contract.Receive(&_RuleFactory.TransactOpts)
}

// RuleFactoryUsedIterator is returned from FilterUsed and is used to iterate over the raw logs and unpacked data for Used events raised by the RuleFactory contract.
type RuleFactoryUsedIterator struct {
	Event *RuleFactoryUsed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RuleFactoryUsedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RuleFactoryUsed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RuleFactoryUsed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RuleFactoryUsedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RuleFactoryUsedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RuleFactoryUsed represents a Used event raised by the RuleFactory contract.
type RuleFactoryUsed struct {
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterUsed is a free log retrieval operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RuleFactory *RuleFactoryFilterer) FilterUsed(opts *bind.FilterOpts) (*RuleFactoryUsedIterator, error) {

	logs, sub, err := _RuleFactory.contract.FilterLogs(opts, "Used")
	if err != nil {
		return nil, err
	}
	return &RuleFactoryUsedIterator{contract: _RuleFactory.contract, event: "Used", logs: logs, sub: sub}, nil
}

// WatchUsed is a free log subscription operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RuleFactory *RuleFactoryFilterer) WatchUsed(opts *bind.WatchOpts, sink chan<- *RuleFactoryUsed) (event.Subscription, error) {

	logs, sub, err := _RuleFactory.contract.WatchLogs(opts, "Used")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RuleFactoryUsed)
				if err := _RuleFactory.contract.UnpackLog(event, "Used", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUsed is a log parse operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RuleFactory *RuleFactoryFilterer) ParseUsed(log types.Log) (*RuleFactoryUsed, error) {
	event := new(RuleFactoryUsed)
	if err := _RuleFactory.contract.UnpackLog(event, "Used", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RuleHelperMetaData contains all meta data concerning the RuleHelper contract.
var RuleHelperMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ep\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Used\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"assoc\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"boom\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"bump\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"key\",\"type\":\"address\"}],\"name\":\"bumpStruct\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"burn\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"mode\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"arg\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"entity\",\"type\":\"address\"}],\"name\":\"run\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stored\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"structs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"c\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051611f99380380611f99833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b608051611f146100855f395f818161012a01526103310152611f145ff3fe608060405260043610610096575f3560e01c8063b0d691fe11610066578063daaac4471161004c578063daaac44714610190578063e582dd31146101e4578063e5c2d17e146101f8575f5ffd5b8063b0d691fe14610119578063d975f71614610171575f5ffd5b80633a7322f7146100a157806344df8e70146100c257806375d87e4c146100e9578063a169ce0914610108575f5ffd5b3661009d57005b5f5ffd5b3480156100ac575f5ffd5b506100c06100bb366004611d2e565b610223565b005b3480156100cd575f5ffd5b506100d6610263565b6040519081526020015b60405180910390f35b3480156100f4575f5ffd5b506100c0610103366004611d4e565b6102e6565b348015610113575f5ffd5b506100c0fe5b348015610124575f5ffd5b5061014c7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100e0565b34801561017c575f5ffd5b506100c061018b366004611d2e565b6102f8565b34801561019b575f5ffd5b506101c96101aa366004611d2e565b600260208190525f918252604090912080546001820154919092015483565b604080519384526020840192909252908201526060016100e0565b3480156101ef575f5ffd5b506100d65f5481565b348015610203575f5ffd5b506100d6610212366004611d2e565b60016020525f908152604090205481565b73ffffffffffffffffffffffffffffffffffffffff81165f90815260026020819052604082200180546001929061025b908490611d9f565b909155505050565b5f805b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156102e2576040805160208101849052908101829052606001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291905280516020909101209150600101610266565b5090565b6102f28484848461032f565b50505050565b73ffffffffffffffffffffffffffffffffffffffff81165f908152600160208190526040822080549192909161025b908490611d9f565b7f00000000000000000000000000000000000000000000000000000000000000003060ff86166103605750506102f2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff8716016103c3576040514281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020015b60405180910390a1611cf2565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff87160161041d576040514381527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd60ff871601610477576040514181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60ff8716016104d1576040514481527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb60ff87160161052b576040514881527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa60ff871601610585576040514581527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff8716016105df576040513a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff860ff871601610639576040513281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff760ff87160161069457604051854081527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff660ff8716016106ef57604051854981527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff560ff871601610749576040514a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff460ff8716016107a3577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5a6040519081526020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff360ff871601610822575f5f5f5f5f855afa90507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610803575f610806565b60015b60405160ff90911681526020015b60405180910390a150611cf2565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff260ff8716016108935760405173ffffffffffffffffffffffffffffffffffffffff85163181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff160ff8716016108ed576040514781527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff060ff871601610983577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f60405161094490611cfa565b604051809103905ff08015801561095d573d5f5f3e3d5ffd5b5060405173ffffffffffffffffffffffffffffffffffffffff90911681526020016103b6565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffef60ff8716016109fa577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f855f1b6040516109dd90611cfa565b8190604051809103905ff590508015801561095d573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffee60ff871601610aa957604051610a3090611cfa565b604051809103905ff080158015610a49573d5f5f3e3d5ffd5b5073ffffffffffffffffffffffffffffffffffffffff166383197ef06040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610a8e575f5ffd5b505af1158015610aa0573d5f5f3e3d5ffd5b50505050611cf2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed60ff871601610bc15760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fa169ce090000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff841691614e2091610b5291611ddd565b5f604051808303815f8787f1925050503d805f8114610b8c576040519150601f19603f3d011682016040523d82523d5f602084013e610b91565b606091505b505090507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610803575f610806565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec60ff871601610c1d577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5f546040516103b691815260200190565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeb60ff871601610c5957610c52856001611d9f565b5f55611cf2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffea60ff871601610cb75760405160075c808252907fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610814565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe960ff871601610ced576001850160075d611cf2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe860ff871601610dd7576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e906024015b602060405180830381865afa158015610da5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dc99190611df3565b6040519081526020016103b6565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe760ff871601610e68576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015282169063d975f716906024015b5f604051808303815f87803b158015610a8e575f5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd160ff871601610ee6576040517f3a7322f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152821690633a7322f790602401610e51565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe660ff871601610f87576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e90602401610d8a565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe560ff871601611005576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff848116600483015282169063d975f71690602401610e51565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe460ff8716016110a7576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815263deadcafe60048201527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9073ffffffffffffffffffffffffffffffffffffffff83169063e5c2d17e90602401610d8a565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe360ff871601611127576040517fd975f71600000000000000000000000000000000000000000000000000000000815263deadcafe600482015273ffffffffffffffffffffffffffffffffffffffff82169063d975f71690602401610e51565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe260ff8716016111bb577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f8473ffffffffffffffffffffffffffffffffffffffff1663e582dd316040518163ffffffff1660e01b8152600401602060405180830381865afa158015610da5573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe160ff87160161121957604051621005003b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe060ff87160161129b575f6210010073ffffffffffffffffffffffffffffffffffffffff166040515b5f604051808303815f865af19150503d805f8114610b8c576040519150601f19603f3d011682016040523d82523d5f602084013e610b91565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdf60ff87160161130c5760405173ffffffffffffffffffffffffffffffffffffffff83163f81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016103b6565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffde60ff8716016113ad576040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f91908416906370a0823190602401610d8a565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdd60ff87160161142e575f8173ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f8114610b8c576040519150601f19603f3d011682016040523d82523d5f602084013e610b91565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc60ff8716016114dd576040517fb760faf900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015283169063b760faf9906001906024015f604051808303818588803b1580156114c1575f5ffd5b505af11580156114d3573d5f5f3e3d5ffd5b5050505050611cf2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdb60ff8716016115d9575f8273ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f811461155e576040519150601f19603f3d011682016040523d82523d5f602084013e611563565b606091505b50509050806115d3576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f66616c6c6261636b00000000000000000000000000000000000000000000000060448201526064015b60405180910390fd5b50611cf2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffda60ff8716016116c2576040517f616263000000000000000000000000000000000000000000000000000000000081525f9081906002906003015f60405180830381855afa9150503d805f811461166b576040519150601f19603f3d011682016040523d82523d5f602084013e611670565b606091505b50915091507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f826116a1575f6116aa565b6116aa82611e0a565b60405190815260200160405180910390a15050611cf2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd960ff871601611752576040517f616263000000000000000000000000000000000000000000000000000000000081525f906020906003015f60405180830381855afa9150503d805f8114610b8c576040519150601f19603f3d011682016040523d82523d5f602084013e610b91565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd860ff8716016118d3575f5f720f3df6d732807ef1319fb7b8bb8522d0beac0273ffffffffffffffffffffffffffffffffffffffff16876040516020016117bb91815260200190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152908290526117f391611ddd565b5f60405180830381855afa9150503d805f811461182b576040519150601f19603f3d011682016040523d82523d5f602084013e611830565b606091505b5091509150818015611843575080516020145b6118a9576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f626561636f6e20726f6f7400000000000000000000000000000000000000000060448201526064016115ca565b7fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f6116aa82611e0a565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffcf60ff871601611a315760408051602081018790525f91720f3df6d732807ef1319fb7b8bb8522d0beac029101604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181529082905261195891611ddd565b5f60405180830381855afa9150503d805f8114611990576040519150601f19603f3d011682016040523d82523d5f602084013e611995565b606091505b505090508015611a01576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600f60248201527f626561636f6e20726f6f7420736574000000000000000000000000000000000060448201526064016115ca565b6040518681527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610814565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd760ff871601611ada5760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f44df8e700000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff84169161138891610b5291611ddd565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd660ff871601611b70576040517f0bd28e3b00000000000000000000000000000000000000000000000000000000815277ffffffffffffffffffffffffffffffffffffffffffffffff8616600482015273ffffffffffffffffffffffffffffffffffffffff831690630bd28e3b90602401610e51565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd260ff871601611bfc576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f72756c652072657665727400000000000000000000000000000000000000000060448201526064016115ca565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd060ff871601611c905760405173ffffffffffffffffffffffffffffffffffffffff85163b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200160405180910390a15f8473ffffffffffffffffffffffffffffffffffffffff16604051611262565b6040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600c60248201527f756e6b6e6f776e206d6f6465000000000000000000000000000000000000000060448201526064016115ca565b505050505050565b608f80611e5083390190565b803573ffffffffffffffffffffffffffffffffffffffff81168114611d29575f5ffd5b919050565b5f60208284031215611d3e575f5ffd5b611d4782611d06565b9392505050565b5f5f5f5f60808587031215611d61575f5ffd5b843560ff81168114611d71575f5ffd5b935060208501359250611d8660408601611d06565b9150611d9460608601611d06565b905092959194509250565b80820180821115611dd7577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b5f82518060208501845e5f920191825250919050565b5f60208284031215611e03575f5ffd5b5051919050565b80516020808301519190811015611e49577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8160200360031b1b821691505b5091905056fe6080604052348015600e575f5ffd5b50607580601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106030575f3560e01c806383197ef0146034578063a169ce0914603b575b5f5ffd5b603933ff5b005b6039fefea2646970667358221220909adc36e5569c5e08ab2059f6be3ff9d046e521fd6000a62fd5d782e7e2a8f764736f6c634300081c0033a2646970667358221220133fe44bea629476eda566320a4758642d9da32bcc17519b3c725f85b78f240764736f6c634300081c0033",
}

// RuleHelperABI is the input ABI used to generate the binding from.
// Deprecated: Use RuleHelperMetaData.ABI instead.
var RuleHelperABI = RuleHelperMetaData.ABI

// RuleHelperBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RuleHelperMetaData.Bin instead.
var RuleHelperBin = RuleHelperMetaData.Bin

// DeployRuleHelper deploys a new Ethereum contract, binding an instance of RuleHelper to it.
func DeployRuleHelper(auth *bind.TransactOpts, backend bind.ContractBackend, ep common.Address) (common.Address, *types.Transaction, *RuleHelper, error) {
	parsed, err := RuleHelperMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RuleHelperBin), backend, ep)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RuleHelper{RuleHelperCaller: RuleHelperCaller{contract: contract}, RuleHelperTransactor: RuleHelperTransactor{contract: contract}, RuleHelperFilterer: RuleHelperFilterer{contract: contract}}, nil
}

// RuleHelper is an auto generated Go binding around an Ethereum contract.
type RuleHelper struct {
	RuleHelperCaller     // Read-only binding to the contract
	RuleHelperTransactor // Write-only binding to the contract
	RuleHelperFilterer   // Log filterer for contract events
}

// RuleHelperCaller is an auto generated read-only Go binding around an Ethereum contract.
type RuleHelperCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleHelperTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RuleHelperTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleHelperFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RuleHelperFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleHelperSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RuleHelperSession struct {
	Contract     *RuleHelper       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RuleHelperCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RuleHelperCallerSession struct {
	Contract *RuleHelperCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// RuleHelperTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RuleHelperTransactorSession struct {
	Contract     *RuleHelperTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// RuleHelperRaw is an auto generated low-level Go binding around an Ethereum contract.
type RuleHelperRaw struct {
	Contract *RuleHelper // Generic contract binding to access the raw methods on
}

// RuleHelperCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RuleHelperCallerRaw struct {
	Contract *RuleHelperCaller // Generic read-only contract binding to access the raw methods on
}

// RuleHelperTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RuleHelperTransactorRaw struct {
	Contract *RuleHelperTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRuleHelper creates a new instance of RuleHelper, bound to a specific deployed contract.
func NewRuleHelper(address common.Address, backend bind.ContractBackend) (*RuleHelper, error) {
	contract, err := bindRuleHelper(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RuleHelper{RuleHelperCaller: RuleHelperCaller{contract: contract}, RuleHelperTransactor: RuleHelperTransactor{contract: contract}, RuleHelperFilterer: RuleHelperFilterer{contract: contract}}, nil
}

// NewRuleHelperCaller creates a new read-only instance of RuleHelper, bound to a specific deployed contract.
func NewRuleHelperCaller(address common.Address, caller bind.ContractCaller) (*RuleHelperCaller, error) {
	contract, err := bindRuleHelper(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RuleHelperCaller{contract: contract}, nil
}

// NewRuleHelperTransactor creates a new write-only instance of RuleHelper, bound to a specific deployed contract.
func NewRuleHelperTransactor(address common.Address, transactor bind.ContractTransactor) (*RuleHelperTransactor, error) {
	contract, err := bindRuleHelper(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RuleHelperTransactor{contract: contract}, nil
}

// NewRuleHelperFilterer creates a new log filterer instance of RuleHelper, bound to a specific deployed contract.
func NewRuleHelperFilterer(address common.Address, filterer bind.ContractFilterer) (*RuleHelperFilterer, error) {
	contract, err := bindRuleHelper(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RuleHelperFilterer{contract: contract}, nil
}

// bindRuleHelper binds a generic wrapper to an already deployed contract.
func bindRuleHelper(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RuleHelperMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleHelper *RuleHelperRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleHelper.Contract.RuleHelperCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleHelper *RuleHelperRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleHelper.Contract.RuleHelperTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleHelper *RuleHelperRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleHelper.Contract.RuleHelperTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleHelper *RuleHelperCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleHelper.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleHelper *RuleHelperTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleHelper.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleHelper *RuleHelperTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleHelper.Contract.contract.Transact(opts, method, params...)
}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RuleHelper *RuleHelperCaller) Assoc(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RuleHelper.contract.Call(opts, &out, "assoc", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RuleHelper *RuleHelperSession) Assoc(arg0 common.Address) (*big.Int, error) {
	return _RuleHelper.Contract.Assoc(&_RuleHelper.CallOpts, arg0)
}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RuleHelper *RuleHelperCallerSession) Assoc(arg0 common.Address) (*big.Int, error) {
	return _RuleHelper.Contract.Assoc(&_RuleHelper.CallOpts, arg0)
}

// Boom is a free data retrieval call binding the contract method 0xa169ce09.
//
// Solidity: function boom() pure returns()
func (_RuleHelper *RuleHelperCaller) Boom(opts *bind.CallOpts) error {
	var out []interface{}
	err := _RuleHelper.contract.Call(opts, &out, "boom")

	if err != nil {
		return err
	}

	return err

}

// Boom is a free data retrieval call binding the contract method 0xa169ce09.
//
// Solidity: function boom() pure returns()
func (_RuleHelper *RuleHelperSession) Boom() error {
	return _RuleHelper.Contract.Boom(&_RuleHelper.CallOpts)
}

// Boom is a free data retrieval call binding the contract method 0xa169ce09.
//
// Solidity: function boom() pure returns()
func (_RuleHelper *RuleHelperCallerSession) Boom() error {
	return _RuleHelper.Contract.Boom(&_RuleHelper.CallOpts)
}

// Burn is a free data retrieval call binding the contract method 0x44df8e70.
//
// Solidity: function burn() pure returns(bytes32 h)
func (_RuleHelper *RuleHelperCaller) Burn(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _RuleHelper.contract.Call(opts, &out, "burn")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// Burn is a free data retrieval call binding the contract method 0x44df8e70.
//
// Solidity: function burn() pure returns(bytes32 h)
func (_RuleHelper *RuleHelperSession) Burn() ([32]byte, error) {
	return _RuleHelper.Contract.Burn(&_RuleHelper.CallOpts)
}

// Burn is a free data retrieval call binding the contract method 0x44df8e70.
//
// Solidity: function burn() pure returns(bytes32 h)
func (_RuleHelper *RuleHelperCallerSession) Burn() ([32]byte, error) {
	return _RuleHelper.Contract.Burn(&_RuleHelper.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RuleHelper *RuleHelperCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RuleHelper.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RuleHelper *RuleHelperSession) EntryPoint() (common.Address, error) {
	return _RuleHelper.Contract.EntryPoint(&_RuleHelper.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RuleHelper *RuleHelperCallerSession) EntryPoint() (common.Address, error) {
	return _RuleHelper.Contract.EntryPoint(&_RuleHelper.CallOpts)
}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RuleHelper *RuleHelperCaller) Stored(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RuleHelper.contract.Call(opts, &out, "stored")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RuleHelper *RuleHelperSession) Stored() (*big.Int, error) {
	return _RuleHelper.Contract.Stored(&_RuleHelper.CallOpts)
}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RuleHelper *RuleHelperCallerSession) Stored() (*big.Int, error) {
	return _RuleHelper.Contract.Stored(&_RuleHelper.CallOpts)
}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RuleHelper *RuleHelperCaller) Structs(opts *bind.CallOpts, arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	var out []interface{}
	err := _RuleHelper.contract.Call(opts, &out, "structs", arg0)

	outstruct := new(struct {
		A *big.Int
		B *big.Int
		C *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.A = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.B = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.C = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RuleHelper *RuleHelperSession) Structs(arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	return _RuleHelper.Contract.Structs(&_RuleHelper.CallOpts, arg0)
}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RuleHelper *RuleHelperCallerSession) Structs(arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	return _RuleHelper.Contract.Structs(&_RuleHelper.CallOpts, arg0)
}

// Bump is a paid mutator transaction binding the contract method 0xd975f716.
//
// Solidity: function bump(address key) returns()
func (_RuleHelper *RuleHelperTransactor) Bump(opts *bind.TransactOpts, key common.Address) (*types.Transaction, error) {
	return _RuleHelper.contract.Transact(opts, "bump", key)
}

// Bump is a paid mutator transaction binding the contract method 0xd975f716.
//
// Solidity: function bump(address key) returns()
func (_RuleHelper *RuleHelperSession) Bump(key common.Address) (*types.Transaction, error) {
	return _RuleHelper.Contract.Bump(&_RuleHelper.TransactOpts, key)
}

// Bump is a paid mutator transaction binding the contract method 0xd975f716.
//
// Solidity: function bump(address key) returns()
func (_RuleHelper *RuleHelperTransactorSession) Bump(key common.Address) (*types.Transaction, error) {
	return _RuleHelper.Contract.Bump(&_RuleHelper.TransactOpts, key)
}

// BumpStruct is a paid mutator transaction binding the contract method 0x3a7322f7.
//
// Solidity: function bumpStruct(address key) returns()
func (_RuleHelper *RuleHelperTransactor) BumpStruct(opts *bind.TransactOpts, key common.Address) (*types.Transaction, error) {
	return _RuleHelper.contract.Transact(opts, "bumpStruct", key)
}

// BumpStruct is a paid mutator transaction binding the contract method 0x3a7322f7.
//
// Solidity: function bumpStruct(address key) returns()
func (_RuleHelper *RuleHelperSession) BumpStruct(key common.Address) (*types.Transaction, error) {
	return _RuleHelper.Contract.BumpStruct(&_RuleHelper.TransactOpts, key)
}

// BumpStruct is a paid mutator transaction binding the contract method 0x3a7322f7.
//
// Solidity: function bumpStruct(address key) returns()
func (_RuleHelper *RuleHelperTransactorSession) BumpStruct(key common.Address) (*types.Transaction, error) {
	return _RuleHelper.Contract.BumpStruct(&_RuleHelper.TransactOpts, key)
}

// Run is a paid mutator transaction binding the contract method 0x75d87e4c.
//
// Solidity: function run(uint8 mode, uint256 arg, address account, address entity) returns()
func (_RuleHelper *RuleHelperTransactor) Run(opts *bind.TransactOpts, mode uint8, arg *big.Int, account common.Address, entity common.Address) (*types.Transaction, error) {
	return _RuleHelper.contract.Transact(opts, "run", mode, arg, account, entity)
}

// Run is a paid mutator transaction binding the contract method 0x75d87e4c.
//
// Solidity: function run(uint8 mode, uint256 arg, address account, address entity) returns()
func (_RuleHelper *RuleHelperSession) Run(mode uint8, arg *big.Int, account common.Address, entity common.Address) (*types.Transaction, error) {
	return _RuleHelper.Contract.Run(&_RuleHelper.TransactOpts, mode, arg, account, entity)
}

// Run is a paid mutator transaction binding the contract method 0x75d87e4c.
//
// Solidity: function run(uint8 mode, uint256 arg, address account, address entity) returns()
func (_RuleHelper *RuleHelperTransactorSession) Run(mode uint8, arg *big.Int, account common.Address, entity common.Address) (*types.Transaction, error) {
	return _RuleHelper.Contract.Run(&_RuleHelper.TransactOpts, mode, arg, account, entity)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RuleHelper *RuleHelperTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleHelper.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RuleHelper *RuleHelperSession) Receive() (*types.Transaction, error) {
	return _RuleHelper.Contract.Receive(&_RuleHelper.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RuleHelper *RuleHelperTransactorSession) Receive() (*types.Transaction, error) {
	return _RuleHelper.Contract.Receive(&_RuleHelper.TransactOpts)
}

// RuleHelperUsedIterator is returned from FilterUsed and is used to iterate over the raw logs and unpacked data for Used events raised by the RuleHelper contract.
type RuleHelperUsedIterator struct {
	Event *RuleHelperUsed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RuleHelperUsedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RuleHelperUsed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RuleHelperUsed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RuleHelperUsedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RuleHelperUsedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RuleHelperUsed represents a Used event raised by the RuleHelper contract.
type RuleHelperUsed struct {
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterUsed is a free log retrieval operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RuleHelper *RuleHelperFilterer) FilterUsed(opts *bind.FilterOpts) (*RuleHelperUsedIterator, error) {

	logs, sub, err := _RuleHelper.contract.FilterLogs(opts, "Used")
	if err != nil {
		return nil, err
	}
	return &RuleHelperUsedIterator{contract: _RuleHelper.contract, event: "Used", logs: logs, sub: sub}, nil
}

// WatchUsed is a free log subscription operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RuleHelper *RuleHelperFilterer) WatchUsed(opts *bind.WatchOpts, sink chan<- *RuleHelperUsed) (event.Subscription, error) {

	logs, sub, err := _RuleHelper.contract.WatchLogs(opts, "Used")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RuleHelperUsed)
				if err := _RuleHelper.contract.UnpackLog(event, "Used", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUsed is a log parse operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RuleHelper *RuleHelperFilterer) ParseUsed(log types.Log) (*RuleHelperUsed, error) {
	event := new(RuleHelperUsed)
	if err := _RuleHelper.contract.UnpackLog(event, "Used", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RuleModesMetaData contains all meta data concerning the RuleModes contract.
var RuleModesMetaData = &bind.MetaData{
	ABI: "[]",
	Bin: "0x60556032600b8282823980515f1a607314602657634e487b7160e01b5f525f60045260245ffd5b305f52607381538281f3fe730000000000000000000000000000000000000000301460806040525f5ffdfea2646970667358221220c58810805b0915a1490b845e2274d4fd9fcd4709c941d98408ebf352751f6dfa64736f6c634300081c0033",
}

// RuleModesABI is the input ABI used to generate the binding from.
// Deprecated: Use RuleModesMetaData.ABI instead.
var RuleModesABI = RuleModesMetaData.ABI

// RuleModesBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RuleModesMetaData.Bin instead.
var RuleModesBin = RuleModesMetaData.Bin

// DeployRuleModes deploys a new Ethereum contract, binding an instance of RuleModes to it.
func DeployRuleModes(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *RuleModes, error) {
	parsed, err := RuleModesMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RuleModesBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RuleModes{RuleModesCaller: RuleModesCaller{contract: contract}, RuleModesTransactor: RuleModesTransactor{contract: contract}, RuleModesFilterer: RuleModesFilterer{contract: contract}}, nil
}

// RuleModes is an auto generated Go binding around an Ethereum contract.
type RuleModes struct {
	RuleModesCaller     // Read-only binding to the contract
	RuleModesTransactor // Write-only binding to the contract
	RuleModesFilterer   // Log filterer for contract events
}

// RuleModesCaller is an auto generated read-only Go binding around an Ethereum contract.
type RuleModesCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleModesTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RuleModesTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleModesFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RuleModesFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RuleModesSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RuleModesSession struct {
	Contract     *RuleModes        // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RuleModesCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RuleModesCallerSession struct {
	Contract *RuleModesCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts    // Call options to use throughout this session
}

// RuleModesTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RuleModesTransactorSession struct {
	Contract     *RuleModesTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// RuleModesRaw is an auto generated low-level Go binding around an Ethereum contract.
type RuleModesRaw struct {
	Contract *RuleModes // Generic contract binding to access the raw methods on
}

// RuleModesCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RuleModesCallerRaw struct {
	Contract *RuleModesCaller // Generic read-only contract binding to access the raw methods on
}

// RuleModesTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RuleModesTransactorRaw struct {
	Contract *RuleModesTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRuleModes creates a new instance of RuleModes, bound to a specific deployed contract.
func NewRuleModes(address common.Address, backend bind.ContractBackend) (*RuleModes, error) {
	contract, err := bindRuleModes(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RuleModes{RuleModesCaller: RuleModesCaller{contract: contract}, RuleModesTransactor: RuleModesTransactor{contract: contract}, RuleModesFilterer: RuleModesFilterer{contract: contract}}, nil
}

// NewRuleModesCaller creates a new read-only instance of RuleModes, bound to a specific deployed contract.
func NewRuleModesCaller(address common.Address, caller bind.ContractCaller) (*RuleModesCaller, error) {
	contract, err := bindRuleModes(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RuleModesCaller{contract: contract}, nil
}

// NewRuleModesTransactor creates a new write-only instance of RuleModes, bound to a specific deployed contract.
func NewRuleModesTransactor(address common.Address, transactor bind.ContractTransactor) (*RuleModesTransactor, error) {
	contract, err := bindRuleModes(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RuleModesTransactor{contract: contract}, nil
}

// NewRuleModesFilterer creates a new log filterer instance of RuleModes, bound to a specific deployed contract.
func NewRuleModesFilterer(address common.Address, filterer bind.ContractFilterer) (*RuleModesFilterer, error) {
	contract, err := bindRuleModes(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RuleModesFilterer{contract: contract}, nil
}

// bindRuleModes binds a generic wrapper to an already deployed contract.
func bindRuleModes(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RuleModesMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleModes *RuleModesRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleModes.Contract.RuleModesCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleModes *RuleModesRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleModes.Contract.RuleModesTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleModes *RuleModesRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleModes.Contract.RuleModesTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RuleModes *RuleModesCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RuleModes.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RuleModes *RuleModesTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RuleModes.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RuleModes *RuleModesTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RuleModes.Contract.contract.Transact(opts, method, params...)
}

// RulePaymasterMetaData contains all meta data concerning the RulePaymaster contract.
var RulePaymasterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"ep\",\"type\":\"address\"},{\"internalType\":\"contractRuleHelper\",\"name\":\"h\",\"type\":\"address\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Used\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"assoc\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"helper\",\"outputs\":[{\"internalType\":\"contractRuleHelper\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"postOp\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"postOp\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"unstakeDelaySec\",\"type\":\"uint32\"}],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stored\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"structs\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"c\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"op\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"validatePaymasterUserOp\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"validationData\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"callGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verificationGasLimit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPriorityFeePerGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structUserOperation06\",\"name\":\"op\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"validatePaymasterUserOp\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"validationData\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60c06040526040516127af3803806127af83398101604081905261002291610050565b6001600160a01b039182166080521660a052610088565b6001600160a01b038116811461004d575f5ffd5b50565b5f5f60408385031215610061575f5ffd5b825161006c81610039565b602084015190925061007d81610039565b809150509250929050565b60805160a0516126ce6100e15f395f818161010d01528181610796015261087a01525f81816101b8015281816102fa015281816103c10152818161044b01528181610506015281816105ad015261085901526126ce5ff3fe6080604052600436106100bb575f3560e01c8063b0d691fe11610071578063e582dd311161004c578063e582dd3114610236578063e5c2d17e14610258578063f465c77e14610283575f5ffd5b8063b0d691fe146101a7578063d0e30db0146101da578063daaac447146101e2575f5ffd5b80637c627b21116100a15780637c627b21146101545780637fcfb7c214610175578063a9a2340914610188575f5ffd5b806352b7512c146100c657806363b0e66a146100fc575f5ffd5b366100c257005b5f5ffd5b3480156100d1575f5ffd5b506100e56100e0366004612241565b6102a2565b6040516100f3929190612290565b60405180910390f35b348015610107575f5ffd5b5061012f7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100f3565b34801561015f575f5ffd5b5061017361016e366004612344565b6102e2565b005b6101736101833660046123a4565b61038d565b348015610193575f5ffd5b506101736101a23660046123ce565b610433565b3480156101b2575f5ffd5b5061012f7f000000000000000000000000000000000000000000000000000000000000000081565b6101736104d8565b3480156101ed575f5ffd5b5061021b6101fc366004612424565b600260208190525f918252604090912080546001820154919092015483565b604080519384526020840192909252908201526060016100f3565b348015610241575f5ffd5b5061024a5f5481565b6040519081526020016100f3565b348015610263575f5ffd5b5061024a610272366004612424565b60016020525f908152604090205481565b34801561028e575f5ffd5b506100e561029d366004612457565b610570565b60605f6102d56102b560e0870187612491565b6102c39160349082906124f2565b6102d06020890189612424565b610592565b915091505b935093915050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610386576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601360248201527f6e6f742066726f6d20456e747279506f696e740000000000000000000000000060448201526064015b60405180910390fd5b5050505050565b6040517f0396cb6000000000000000000000000000000000000000000000000000000000815263ffffffff821660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690630396cb609034906024015f604051808303818588803b158015610419575f5ffd5b505af115801561042b573d5f5f3e3d5ffd5b505050505050565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016146104d2576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601360248201527f6e6f742066726f6d20456e747279506f696e7400000000000000000000000000604482015260640161037d565b50505050565b6040517fb760faf90000000000000000000000000000000000000000000000000000000081523060048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b760faf99034906024015f604051808303818588803b15801561055e575f5ffd5b505af1158015610386573d5f5f3e3d5ffd5b60605f6102d5610584610120870187612491565b6102c39160149082906124f2565b60605f3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610634576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601360248201527f6e6f742066726f6d20456e747279506f696e7400000000000000000000000000604482015260640161037d565b606084101561065357505060408051602081019091525f8082526102da565b5f808061066287890189612519565b919450925090507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd560ff8416016106b157600160405180602001604052805f81525090945094505050506102da565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd460ff8416016106f55760408051602081019091525f8152945092506102da915050565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd360ff841601610763575f6040518060400160405280600981526020017f6120636f6e74657874000000000000000000000000000000000000000000000081525090945094505050506102da565b610770838383893061078e565b505060408051602081019091525f8082529097909650945050505050565b8315610850577f00000000000000000000000000000000000000000000000000000000000000006040517f75d87e4c00000000000000000000000000000000000000000000000000000000815260ff871660048201526024810185905273ffffffffffffffffffffffffffffffffffffffff8481166044830152838116606483015291909116906375d87e4c906084015f604051808303815f87803b158015610835575f5ffd5b505af1158015610847573d5f5f3e3d5ffd5b50505050610386565b610386858484847f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000060ff86166108a85750506104d2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff87160161090b576040514281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020015b60405180910390a161042b565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff871601610965576040514381527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd60ff8716016109bf576040514181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60ff871601610a19576040514481527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb60ff871601610a73576040514881527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa60ff871601610acd576040514581527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff871601610b27576040513a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff860ff871601610b81576040513281527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff760ff871601610bdc57604051854081527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff660ff871601610c3757604051854981527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff560ff871601610c91576040514a81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff460ff871601610ceb577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5a6040519081526020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff360ff871601610d6a575f5f5f5f5f855afa90507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610d4b575f610d4e565b60015b60405160ff90911681526020015b60405180910390a15061042b565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff260ff871601610ddb5760405173ffffffffffffffffffffffffffffffffffffffff85163181527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff160ff871601610e35576040514781527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff060ff871601610ecb577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f604051610e8c90612235565b604051809103905ff080158015610ea5573d5f5f3e3d5ffd5b5060405173ffffffffffffffffffffffffffffffffffffffff90911681526020016108fe565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffef60ff871601610f42577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f855f1b604051610f2590612235565b8190604051809103905ff5905080158015610ea5573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffee60ff871601610ff157604051610f7890612235565b604051809103905ff080158015610f91573d5f5f3e3d5ffd5b5073ffffffffffffffffffffffffffffffffffffffff166383197ef06040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610fd6575f5ffd5b505af1158015610fe8573d5f5f3e3d5ffd5b5050505061042b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed60ff8716016111095760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167fa169ce090000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff841691614e209161109a91612559565b5f604051808303815f8787f1925050503d805f81146110d4576040519150601f19603f3d011682016040523d82523d5f602084013e6110d9565b606091505b505090507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f81610d4b575f610d4e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec60ff871601611165577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f5f546040516108fe91815260200190565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeb60ff8716016111a15761119a85600161256f565b5f5561042b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffea60ff8716016111ff5760405160075c808252907fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610d5c565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe960ff871601611235576001850160075d61042b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe860ff87160161131f576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e906024015b602060405180830381865afa1580156112ed573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061131191906125ad565b6040519081526020016108fe565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe760ff8716016113b0576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015282169063d975f716906024015b5f604051808303815f87803b158015610fd6575f5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd160ff87160161142e576040517f3a7322f700000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8581166004830152821690633a7322f790602401611399565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe660ff8716016114cf576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f919083169063e5c2d17e906024016112d2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe560ff87160161154d576040517fd975f71600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff848116600483015282169063d975f71690602401611399565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe460ff8716016115ef576040517fe5c2d17e00000000000000000000000000000000000000000000000000000000815263deadcafe60048201527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9073ffffffffffffffffffffffffffffffffffffffff83169063e5c2d17e906024016112d2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe360ff87160161166f576040517fd975f71600000000000000000000000000000000000000000000000000000000815263deadcafe600482015273ffffffffffffffffffffffffffffffffffffffff82169063d975f71690602401611399565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe260ff871601611703577fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f8473ffffffffffffffffffffffffffffffffffffffff1663e582dd316040518163ffffffff1660e01b8152600401602060405180830381865afa1580156112ed573d5f5f3e3d5ffd5b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe160ff87160161176157604051621005003b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe060ff8716016117e3575f6210010073ffffffffffffffffffffffffffffffffffffffff166040515b5f604051808303815f865af19150503d805f81146110d4576040519150601f19603f3d011682016040523d82523d5f602084013e6110d9565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdf60ff8716016118545760405173ffffffffffffffffffffffffffffffffffffffff83163f81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f906020016108fe565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffde60ff8716016118f5576040517f70a0823100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85811660048301527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f91908416906370a08231906024016112d2565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdd60ff871601611976575f8173ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f81146110d4576040519150601f19603f3d011682016040523d82523d5f602084013e6110d9565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc60ff871601611a25576040517fb760faf900000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff858116600483015283169063b760faf9906001906024015f604051808303818588803b158015611a09575f5ffd5b505af1158015611a1b573d5f5f3e3d5ffd5b505050505061042b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdb60ff871601611b1c575f8273ffffffffffffffffffffffffffffffffffffffff1660016040515f6040518083038185875af1925050503d805f8114611aa6576040519150601f19603f3d011682016040523d82523d5f602084013e611aab565b606091505b5050905080611b16576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600860248201527f66616c6c6261636b000000000000000000000000000000000000000000000000604482015260640161037d565b5061042b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffda60ff871601611c05576040517f616263000000000000000000000000000000000000000000000000000000000081525f9081906002906003015f60405180830381855afa9150503d805f8114611bae576040519150601f19603f3d011682016040523d82523d5f602084013e611bb3565b606091505b50915091507fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f82611be4575f611bed565b611bed826125c4565b60405190815260200160405180910390a1505061042b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd960ff871601611c95576040517f616263000000000000000000000000000000000000000000000000000000000081525f906020906003015f60405180830381855afa9150503d805f81146110d4576040519150601f19603f3d011682016040523d82523d5f602084013e6110d9565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd860ff871601611e16575f5f720f3df6d732807ef1319fb7b8bb8522d0beac0273ffffffffffffffffffffffffffffffffffffffff1687604051602001611cfe91815260200190565b604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611d3691612559565b5f60405180830381855afa9150503d805f8114611d6e576040519150601f19603f3d011682016040523d82523d5f602084013e611d73565b606091505b5091509150818015611d86575080516020145b611dec576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f626561636f6e20726f6f74000000000000000000000000000000000000000000604482015260640161037d565b7fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f611bed826125c4565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffcf60ff871601611f745760408051602081018790525f91720f3df6d732807ef1319fb7b8bb8522d0beac029101604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815290829052611e9b91612559565b5f60405180830381855afa9150503d805f8114611ed3576040519150601f19603f3d011682016040523d82523d5f602084013e611ed8565b606091505b505090508015611f44576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600f60248201527f626561636f6e20726f6f74207365740000000000000000000000000000000000604482015260640161037d565b6040518681527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f90602001610d5c565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd760ff87160161201d5760408051600481526024810182526020810180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f44df8e700000000000000000000000000000000000000000000000000000000017905290515f9173ffffffffffffffffffffffffffffffffffffffff8416916113889161109a91612559565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd660ff8716016120b3576040517f0bd28e3b00000000000000000000000000000000000000000000000000000000815277ffffffffffffffffffffffffffffffffffffffffffffffff8616600482015273ffffffffffffffffffffffffffffffffffffffff831690630bd28e3b90602401611399565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd260ff87160161213f576040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600b60248201527f72756c6520726576657274000000000000000000000000000000000000000000604482015260640161037d565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd060ff8716016121d35760405173ffffffffffffffffffffffffffffffffffffffff85163b81527fb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f9060200160405180910390a15f8473ffffffffffffffffffffffffffffffffffffffff166040516117aa565b6040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152600c60248201527f756e6b6e6f776e206d6f64650000000000000000000000000000000000000000604482015260640161037d565b608f8061260a83390190565b5f5f5f60608486031215612253575f5ffd5b833567ffffffffffffffff811115612269575f5ffd5b8401610120818703121561227b575f5ffd5b95602085013595506040909401359392505050565b604081525f83518060408401528060208601606085015e5f6060828501015260607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168401019150508260208301529392505050565b803560ff811681146122fa575f5ffd5b919050565b5f5f83601f84011261230f575f5ffd5b50813567ffffffffffffffff811115612326575f5ffd5b60208301915083602082850101111561233d575f5ffd5b9250929050565b5f5f5f5f5f60808688031215612358575f5ffd5b612361866122ea565b9450602086013567ffffffffffffffff81111561237c575f5ffd5b612388888289016122ff565b9699909850959660408101359660609091013595509350505050565b5f602082840312156123b4575f5ffd5b813563ffffffff811681146123c7575f5ffd5b9392505050565b5f5f5f5f606085870312156123e1575f5ffd5b6123ea856122ea565b9350602085013567ffffffffffffffff811115612405575f5ffd5b612411878288016122ff565b9598909750949560400135949350505050565b5f60208284031215612434575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff811681146123c7575f5ffd5b5f5f5f60608486031215612469575f5ffd5b833567ffffffffffffffff81111561247f575f5ffd5b8401610160818703121561227b575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126124c4575f5ffd5b83018035915067ffffffffffffffff8211156124de575f5ffd5b60200191503681900382131561233d575f5ffd5b5f5f85851115612500575f5ffd5b8386111561250c575f5ffd5b5050820193919092039150565b5f5f5f6060848603121561252b575f5ffd5b612534846122ea565b925060208401358015158114612548575f5ffd5b929592945050506040919091013590565b5f82518060208501845e5f920191825250919050565b808201808211156125a7577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b5f602082840312156125bd575f5ffd5b5051919050565b80516020808301519190811015612603577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8160200360031b1b821691505b5091905056fe6080604052348015600e575f5ffd5b50607580601a5f395ff3fe6080604052348015600e575f5ffd5b50600436106030575f3560e01c806383197ef0146034578063a169ce0914603b575b5f5ffd5b603933ff5b005b6039fefea2646970667358221220909adc36e5569c5e08ab2059f6be3ff9d046e521fd6000a62fd5d782e7e2a8f764736f6c634300081c0033a2646970667358221220b7797b9f885a7055263895f9af08a4354268fc79456df830ea43b9a421a2d31a64736f6c634300081c0033",
}

// RulePaymasterABI is the input ABI used to generate the binding from.
// Deprecated: Use RulePaymasterMetaData.ABI instead.
var RulePaymasterABI = RulePaymasterMetaData.ABI

// RulePaymasterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RulePaymasterMetaData.Bin instead.
var RulePaymasterBin = RulePaymasterMetaData.Bin

// DeployRulePaymaster deploys a new Ethereum contract, binding an instance of RulePaymaster to it.
func DeployRulePaymaster(auth *bind.TransactOpts, backend bind.ContractBackend, ep common.Address, h common.Address) (common.Address, *types.Transaction, *RulePaymaster, error) {
	parsed, err := RulePaymasterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RulePaymasterBin), backend, ep, h)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RulePaymaster{RulePaymasterCaller: RulePaymasterCaller{contract: contract}, RulePaymasterTransactor: RulePaymasterTransactor{contract: contract}, RulePaymasterFilterer: RulePaymasterFilterer{contract: contract}}, nil
}

// RulePaymaster is an auto generated Go binding around an Ethereum contract.
type RulePaymaster struct {
	RulePaymasterCaller     // Read-only binding to the contract
	RulePaymasterTransactor // Write-only binding to the contract
	RulePaymasterFilterer   // Log filterer for contract events
}

// RulePaymasterCaller is an auto generated read-only Go binding around an Ethereum contract.
type RulePaymasterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulePaymasterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RulePaymasterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulePaymasterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RulePaymasterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulePaymasterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RulePaymasterSession struct {
	Contract     *RulePaymaster    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RulePaymasterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RulePaymasterCallerSession struct {
	Contract *RulePaymasterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// RulePaymasterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RulePaymasterTransactorSession struct {
	Contract     *RulePaymasterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// RulePaymasterRaw is an auto generated low-level Go binding around an Ethereum contract.
type RulePaymasterRaw struct {
	Contract *RulePaymaster // Generic contract binding to access the raw methods on
}

// RulePaymasterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RulePaymasterCallerRaw struct {
	Contract *RulePaymasterCaller // Generic read-only contract binding to access the raw methods on
}

// RulePaymasterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RulePaymasterTransactorRaw struct {
	Contract *RulePaymasterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRulePaymaster creates a new instance of RulePaymaster, bound to a specific deployed contract.
func NewRulePaymaster(address common.Address, backend bind.ContractBackend) (*RulePaymaster, error) {
	contract, err := bindRulePaymaster(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RulePaymaster{RulePaymasterCaller: RulePaymasterCaller{contract: contract}, RulePaymasterTransactor: RulePaymasterTransactor{contract: contract}, RulePaymasterFilterer: RulePaymasterFilterer{contract: contract}}, nil
}

// NewRulePaymasterCaller creates a new read-only instance of RulePaymaster, bound to a specific deployed contract.
func NewRulePaymasterCaller(address common.Address, caller bind.ContractCaller) (*RulePaymasterCaller, error) {
	contract, err := bindRulePaymaster(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RulePaymasterCaller{contract: contract}, nil
}

// NewRulePaymasterTransactor creates a new write-only instance of RulePaymaster, bound to a specific deployed contract.
func NewRulePaymasterTransactor(address common.Address, transactor bind.ContractTransactor) (*RulePaymasterTransactor, error) {
	contract, err := bindRulePaymaster(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RulePaymasterTransactor{contract: contract}, nil
}

// NewRulePaymasterFilterer creates a new log filterer instance of RulePaymaster, bound to a specific deployed contract.
func NewRulePaymasterFilterer(address common.Address, filterer bind.ContractFilterer) (*RulePaymasterFilterer, error) {
	contract, err := bindRulePaymaster(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RulePaymasterFilterer{contract: contract}, nil
}

// bindRulePaymaster binds a generic wrapper to an already deployed contract.
func bindRulePaymaster(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RulePaymasterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RulePaymaster *RulePaymasterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RulePaymaster.Contract.RulePaymasterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RulePaymaster *RulePaymasterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulePaymaster.Contract.RulePaymasterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RulePaymaster *RulePaymasterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RulePaymaster.Contract.RulePaymasterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RulePaymaster *RulePaymasterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RulePaymaster.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RulePaymaster *RulePaymasterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulePaymaster.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RulePaymaster *RulePaymasterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RulePaymaster.Contract.contract.Transact(opts, method, params...)
}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RulePaymaster *RulePaymasterCaller) Assoc(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _RulePaymaster.contract.Call(opts, &out, "assoc", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RulePaymaster *RulePaymasterSession) Assoc(arg0 common.Address) (*big.Int, error) {
	return _RulePaymaster.Contract.Assoc(&_RulePaymaster.CallOpts, arg0)
}

// Assoc is a free data retrieval call binding the contract method 0xe5c2d17e.
//
// Solidity: function assoc(address ) view returns(uint256)
func (_RulePaymaster *RulePaymasterCallerSession) Assoc(arg0 common.Address) (*big.Int, error) {
	return _RulePaymaster.Contract.Assoc(&_RulePaymaster.CallOpts, arg0)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RulePaymaster *RulePaymasterCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RulePaymaster.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RulePaymaster *RulePaymasterSession) EntryPoint() (common.Address, error) {
	return _RulePaymaster.Contract.EntryPoint(&_RulePaymaster.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_RulePaymaster *RulePaymasterCallerSession) EntryPoint() (common.Address, error) {
	return _RulePaymaster.Contract.EntryPoint(&_RulePaymaster.CallOpts)
}

// Helper is a free data retrieval call binding the contract method 0x63b0e66a.
//
// Solidity: function helper() view returns(address)
func (_RulePaymaster *RulePaymasterCaller) Helper(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RulePaymaster.contract.Call(opts, &out, "helper")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Helper is a free data retrieval call binding the contract method 0x63b0e66a.
//
// Solidity: function helper() view returns(address)
func (_RulePaymaster *RulePaymasterSession) Helper() (common.Address, error) {
	return _RulePaymaster.Contract.Helper(&_RulePaymaster.CallOpts)
}

// Helper is a free data retrieval call binding the contract method 0x63b0e66a.
//
// Solidity: function helper() view returns(address)
func (_RulePaymaster *RulePaymasterCallerSession) Helper() (common.Address, error) {
	return _RulePaymaster.Contract.Helper(&_RulePaymaster.CallOpts)
}

// PostOp is a free data retrieval call binding the contract method 0x7c627b21.
//
// Solidity: function postOp(uint8 , bytes , uint256 , uint256 ) view returns()
func (_RulePaymaster *RulePaymasterCaller) PostOp(opts *bind.CallOpts, arg0 uint8, arg1 []byte, arg2 *big.Int, arg3 *big.Int) error {
	var out []interface{}
	err := _RulePaymaster.contract.Call(opts, &out, "postOp", arg0, arg1, arg2, arg3)

	if err != nil {
		return err
	}

	return err

}

// PostOp is a free data retrieval call binding the contract method 0x7c627b21.
//
// Solidity: function postOp(uint8 , bytes , uint256 , uint256 ) view returns()
func (_RulePaymaster *RulePaymasterSession) PostOp(arg0 uint8, arg1 []byte, arg2 *big.Int, arg3 *big.Int) error {
	return _RulePaymaster.Contract.PostOp(&_RulePaymaster.CallOpts, arg0, arg1, arg2, arg3)
}

// PostOp is a free data retrieval call binding the contract method 0x7c627b21.
//
// Solidity: function postOp(uint8 , bytes , uint256 , uint256 ) view returns()
func (_RulePaymaster *RulePaymasterCallerSession) PostOp(arg0 uint8, arg1 []byte, arg2 *big.Int, arg3 *big.Int) error {
	return _RulePaymaster.Contract.PostOp(&_RulePaymaster.CallOpts, arg0, arg1, arg2, arg3)
}

// PostOp0 is a free data retrieval call binding the contract method 0xa9a23409.
//
// Solidity: function postOp(uint8 , bytes , uint256 ) view returns()
func (_RulePaymaster *RulePaymasterCaller) PostOp0(opts *bind.CallOpts, arg0 uint8, arg1 []byte, arg2 *big.Int) error {
	var out []interface{}
	err := _RulePaymaster.contract.Call(opts, &out, "postOp0", arg0, arg1, arg2)

	if err != nil {
		return err
	}

	return err

}

// PostOp0 is a free data retrieval call binding the contract method 0xa9a23409.
//
// Solidity: function postOp(uint8 , bytes , uint256 ) view returns()
func (_RulePaymaster *RulePaymasterSession) PostOp0(arg0 uint8, arg1 []byte, arg2 *big.Int) error {
	return _RulePaymaster.Contract.PostOp0(&_RulePaymaster.CallOpts, arg0, arg1, arg2)
}

// PostOp0 is a free data retrieval call binding the contract method 0xa9a23409.
//
// Solidity: function postOp(uint8 , bytes , uint256 ) view returns()
func (_RulePaymaster *RulePaymasterCallerSession) PostOp0(arg0 uint8, arg1 []byte, arg2 *big.Int) error {
	return _RulePaymaster.Contract.PostOp0(&_RulePaymaster.CallOpts, arg0, arg1, arg2)
}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RulePaymaster *RulePaymasterCaller) Stored(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RulePaymaster.contract.Call(opts, &out, "stored")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RulePaymaster *RulePaymasterSession) Stored() (*big.Int, error) {
	return _RulePaymaster.Contract.Stored(&_RulePaymaster.CallOpts)
}

// Stored is a free data retrieval call binding the contract method 0xe582dd31.
//
// Solidity: function stored() view returns(uint256)
func (_RulePaymaster *RulePaymasterCallerSession) Stored() (*big.Int, error) {
	return _RulePaymaster.Contract.Stored(&_RulePaymaster.CallOpts)
}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RulePaymaster *RulePaymasterCaller) Structs(opts *bind.CallOpts, arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	var out []interface{}
	err := _RulePaymaster.contract.Call(opts, &out, "structs", arg0)

	outstruct := new(struct {
		A *big.Int
		B *big.Int
		C *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.A = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.B = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.C = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RulePaymaster *RulePaymasterSession) Structs(arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	return _RulePaymaster.Contract.Structs(&_RulePaymaster.CallOpts, arg0)
}

// Structs is a free data retrieval call binding the contract method 0xdaaac447.
//
// Solidity: function structs(address ) view returns(uint256 a, uint256 b, uint256 c)
func (_RulePaymaster *RulePaymasterCallerSession) Structs(arg0 common.Address) (struct {
	A *big.Int
	B *big.Int
	C *big.Int
}, error) {
	return _RulePaymaster.Contract.Structs(&_RulePaymaster.CallOpts, arg0)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RulePaymaster *RulePaymasterTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulePaymaster.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RulePaymaster *RulePaymasterSession) Deposit() (*types.Transaction, error) {
	return _RulePaymaster.Contract.Deposit(&_RulePaymaster.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_RulePaymaster *RulePaymasterTransactorSession) Deposit() (*types.Transaction, error) {
	return _RulePaymaster.Contract.Deposit(&_RulePaymaster.TransactOpts)
}

// Stake is a paid mutator transaction binding the contract method 0x7fcfb7c2.
//
// Solidity: function stake(uint32 unstakeDelaySec) payable returns()
func (_RulePaymaster *RulePaymasterTransactor) Stake(opts *bind.TransactOpts, unstakeDelaySec uint32) (*types.Transaction, error) {
	return _RulePaymaster.contract.Transact(opts, "stake", unstakeDelaySec)
}

// Stake is a paid mutator transaction binding the contract method 0x7fcfb7c2.
//
// Solidity: function stake(uint32 unstakeDelaySec) payable returns()
func (_RulePaymaster *RulePaymasterSession) Stake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _RulePaymaster.Contract.Stake(&_RulePaymaster.TransactOpts, unstakeDelaySec)
}

// Stake is a paid mutator transaction binding the contract method 0x7fcfb7c2.
//
// Solidity: function stake(uint32 unstakeDelaySec) payable returns()
func (_RulePaymaster *RulePaymasterTransactorSession) Stake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _RulePaymaster.Contract.Stake(&_RulePaymaster.TransactOpts, unstakeDelaySec)
}

// ValidatePaymasterUserOp is a paid mutator transaction binding the contract method 0x52b7512c.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) op, bytes32 , uint256 ) returns(bytes context, uint256 validationData)
func (_RulePaymaster *RulePaymasterTransactor) ValidatePaymasterUserOp(opts *bind.TransactOpts, op PackedUserOperation, arg1 [32]byte, arg2 *big.Int) (*types.Transaction, error) {
	return _RulePaymaster.contract.Transact(opts, "validatePaymasterUserOp", op, arg1, arg2)
}

// ValidatePaymasterUserOp is a paid mutator transaction binding the contract method 0x52b7512c.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) op, bytes32 , uint256 ) returns(bytes context, uint256 validationData)
func (_RulePaymaster *RulePaymasterSession) ValidatePaymasterUserOp(op PackedUserOperation, arg1 [32]byte, arg2 *big.Int) (*types.Transaction, error) {
	return _RulePaymaster.Contract.ValidatePaymasterUserOp(&_RulePaymaster.TransactOpts, op, arg1, arg2)
}

// ValidatePaymasterUserOp is a paid mutator transaction binding the contract method 0x52b7512c.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) op, bytes32 , uint256 ) returns(bytes context, uint256 validationData)
func (_RulePaymaster *RulePaymasterTransactorSession) ValidatePaymasterUserOp(op PackedUserOperation, arg1 [32]byte, arg2 *big.Int) (*types.Transaction, error) {
	return _RulePaymaster.Contract.ValidatePaymasterUserOp(&_RulePaymaster.TransactOpts, op, arg1, arg2)
}

// ValidatePaymasterUserOp0 is a paid mutator transaction binding the contract method 0xf465c77e.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,uint256,uint256,uint256,uint256,uint256,bytes,bytes) op, bytes32 , uint256 ) returns(bytes context, uint256 validationData)
func (_RulePaymaster *RulePaymasterTransactor) ValidatePaymasterUserOp0(opts *bind.TransactOpts, op UserOperation06, arg1 [32]byte, arg2 *big.Int) (*types.Transaction, error) {
	return _RulePaymaster.contract.Transact(opts, "validatePaymasterUserOp0", op, arg1, arg2)
}

// ValidatePaymasterUserOp0 is a paid mutator transaction binding the contract method 0xf465c77e.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,uint256,uint256,uint256,uint256,uint256,bytes,bytes) op, bytes32 , uint256 ) returns(bytes context, uint256 validationData)
func (_RulePaymaster *RulePaymasterSession) ValidatePaymasterUserOp0(op UserOperation06, arg1 [32]byte, arg2 *big.Int) (*types.Transaction, error) {
	return _RulePaymaster.Contract.ValidatePaymasterUserOp0(&_RulePaymaster.TransactOpts, op, arg1, arg2)
}

// ValidatePaymasterUserOp0 is a paid mutator transaction binding the contract method 0xf465c77e.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,uint256,uint256,uint256,uint256,uint256,bytes,bytes) op, bytes32 , uint256 ) returns(bytes context, uint256 validationData)
func (_RulePaymaster *RulePaymasterTransactorSession) ValidatePaymasterUserOp0(op UserOperation06, arg1 [32]byte, arg2 *big.Int) (*types.Transaction, error) {
	return _RulePaymaster.Contract.ValidatePaymasterUserOp0(&_RulePaymaster.TransactOpts, op, arg1, arg2)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RulePaymaster *RulePaymasterTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulePaymaster.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RulePaymaster *RulePaymasterSession) Receive() (*types.Transaction, error) {
	return _RulePaymaster.Contract.Receive(&_RulePaymaster.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_RulePaymaster *RulePaymasterTransactorSession) Receive() (*types.Transaction, error) {
	return _RulePaymaster.Contract.Receive(&_RulePaymaster.TransactOpts)
}

// RulePaymasterUsedIterator is returned from FilterUsed and is used to iterate over the raw logs and unpacked data for Used events raised by the RulePaymaster contract.
type RulePaymasterUsedIterator struct {
	Event *RulePaymasterUsed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *RulePaymasterUsedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RulePaymasterUsed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(RulePaymasterUsed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *RulePaymasterUsedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RulePaymasterUsedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RulePaymasterUsed represents a Used event raised by the RulePaymaster contract.
type RulePaymasterUsed struct {
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterUsed is a free log retrieval operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RulePaymaster *RulePaymasterFilterer) FilterUsed(opts *bind.FilterOpts) (*RulePaymasterUsedIterator, error) {

	logs, sub, err := _RulePaymaster.contract.FilterLogs(opts, "Used")
	if err != nil {
		return nil, err
	}
	return &RulePaymasterUsedIterator{contract: _RulePaymaster.contract, event: "Used", logs: logs, sub: sub}, nil
}

// WatchUsed is a free log subscription operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RulePaymaster *RulePaymasterFilterer) WatchUsed(opts *bind.WatchOpts, sink chan<- *RulePaymasterUsed) (event.Subscription, error) {

	logs, sub, err := _RulePaymaster.contract.WatchLogs(opts, "Used")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RulePaymasterUsed)
				if err := _RulePaymaster.contract.UnpackLog(event, "Used", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUsed is a log parse operation binding the contract event 0xb29db5226a1696fbe8bedbae092781fb992dbd9878d0ddb5e4fef755a8cf470f.
//
// Solidity: event Used(uint256 value)
func (_RulePaymaster *RulePaymasterFilterer) ParseUsed(log types.Log) (*RulePaymasterUsed, error) {
	event := new(RulePaymasterUsed)
	if err := _RulePaymaster.contract.UnpackLog(event, "Used", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
