// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package klasteraccount

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

// KlasterAccountCall is an auto generated low-level Go binding around an user-defined struct.
type KlasterAccountCall struct {
	Target common.Address
	Value  *big.Int
	Data   []byte
}

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

// KlasterAccountMetaData contains all meta data concerning the KlasterAccount contract.
var KlasterAccountMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"anEntryPoint\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"aValidator\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"error\",\"type\":\"bytes\"}],\"name\":\"ExecuteError\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFromEntryPoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"contractIEntryPoint\",\"name\":\"entryPoint\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"KlasterAccountInitialized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structKlasterAccount.Call[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anOwner\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"missingAccountFunds\",\"type\":\"uint256\"}],\"name\":\"validateUserOp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"validationData\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161101f38038061101f83398101604081905261002e91610068565b6001600160a01b039182166080521660a0525f805460ff191660011790556100a0565b6001600160a01b0381168114610065575f5ffd5b50565b5f5f60408385031215610079575f5ffd5b825161008481610051565b602084015190925061009581610051565b809150509250929050565b60805160a051610f266100f95f395f818161013801528181610240015281816103780152818161069e015261073901525f818161018b015281816102dd015281816107700152818161080b01526108a60152610f265ff3fe60806040526004361061007c575f3560e01c8063b0d691fe1161004c578063b0d691fe1461017d578063b61d27f6146101af578063c4d66de8146101ce578063d087d288146101ed575f5ffd5b80631626ba7e1461008757806319822f7c146100dc57806334fcd5be146101095780633a5381b51461012a575f5ffd5b3661008357005b5f5ffd5b348015610092575f5ffd5b506100a66100a136600461095c565b610201565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020015b60405180910390f35b3480156100e7575f5ffd5b506100fb6100f63660046109a4565b6102c4565b6040519081526020016100d3565b348015610114575f5ffd5b506101286101233660046109f3565b610446565b005b348015610135575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100d3565b348015610188575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610158565b3480156101ba575f5ffd5b506101286101c9366004610a8c565b610566565b3480156101d9575f5ffd5b506101286101e8366004610ae2565b6105f2565b3480156101f8575f5ffd5b506100fb6107d4565b6040517ff551e2ee0000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063f551e2ee9061027b903390889088908890600401610b42565b602060405180830381865afa158015610296573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102ba9190610b81565b90505b9392505050565b5f3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461033b576040517f651e04d40000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6040517f9700320300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906397003203906103af9087908790600401610c20565b6020604051808303815f875af11580156103cb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ef9190610d8a565b905081156102bd576040515f90339084908381818185875af1925050503d805f8114610436576040519150601f19603f3d011682016040523d82523d5f602084013e61043b565b606091505b505050509392505050565b61044e61088e565b805f5b81811015610560573684848381811061046c5761046c610da1565b905060200281019061047e9190610dce565b90505f8061048f6020840184610ae2565b73ffffffffffffffffffffffffffffffffffffffff1660208401356104b76040860186610e0a565b6040516104c5929190610e6b565b5f6040518083038185875af1925050503d805f81146104ff576040519150601f19603f3d011682016040523d82523d5f602084013e610504565b606091505b509150915081610555578460010361051f5761051f8161090f565b83816040517f5a154675000000000000000000000000000000000000000000000000000000008152600401610332929190610ec6565b505050600101610451565b50505050565b61056e61088e565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051610598929190610e6b565b5f6040518083038185875af1925050503d805f81146105d2576040519150601f19603f3d011682016040523d82523d5f602084013e6105d7565b606091505b5091509150816105ea576105ea8161090f565b505050505050565b5f5460ff161561062e576040517f0dc149f000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055604051606082901b7fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016602082015273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636d61fe70906034016040516020818303038152906040526040518263ffffffff1660e01b81526004016106f39190610ede565b5f604051808303815f87803b15801561070a575f5ffd5b505af115801561071c573d5f5f3e3d5ffd5b505050508073ffffffffffffffffffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f4be8e6bd0704c17e18b6794afd15818f60a4940ecb432aea9baea407567fe3c760405160405180910390a450565b6040517f35567e1a0000000000000000000000000000000000000000000000000000000081523060048201525f60248201819052907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906335567e1a90604401602060405180830381865afa158015610865573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108899190610d8a565b905090565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015906108d45750333014155b1561090d576040517f8e4a23d6000000000000000000000000000000000000000000000000000000008152336004820152602401610332565b565b805160208201fd5b5f5f83601f840112610927575f5ffd5b50813567ffffffffffffffff81111561093e575f5ffd5b602083019150836020828501011115610955575f5ffd5b9250929050565b5f5f5f6040848603121561096e575f5ffd5b83359250602084013567ffffffffffffffff81111561098b575f5ffd5b61099786828701610917565b9497909650939450505050565b5f5f5f606084860312156109b6575f5ffd5b833567ffffffffffffffff8111156109cc575f5ffd5b840161012081870312156109de575f5ffd5b95602085013595506040909401359392505050565b5f5f60208385031215610a04575f5ffd5b823567ffffffffffffffff811115610a1a575f5ffd5b8301601f81018513610a2a575f5ffd5b803567ffffffffffffffff811115610a40575f5ffd5b8560208260051b8401011115610a54575f5ffd5b6020919091019590945092505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610a87575f5ffd5b919050565b5f5f5f5f60608587031215610a9f575f5ffd5b610aa885610a64565b935060208501359250604085013567ffffffffffffffff811115610aca575f5ffd5b610ad687828801610917565b95989497509550505050565b5f60208284031215610af2575f5ffd5b6102bd82610a64565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f610b77606083018486610afb565b9695505050505050565b5f60208284031215610b91575f5ffd5b81517fffffffff00000000000000000000000000000000000000000000000000000000811681146102bd575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610bf3575f5ffd5b830160208101925035905067ffffffffffffffff811115610c12575f5ffd5b803603821315610955575f5ffd5b60408152610c4e60408201610c3485610a64565b73ffffffffffffffffffffffffffffffffffffffff169052565b602083013560608201525f610c666040850185610bc0565b6101206080850152610c7d61016085018284610afb565b915050610c8d6060860186610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08584030160a0860152610cc2838284610afb565b608088013560c08781019190915260a089013560e08089019190915290890135610100880152909350610cfa92508701905086610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610120860152610d30838284610afb565b92505050610d42610100860186610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610140860152610d78838284610afb565b93505050508260208301529392505050565b5f60208284031215610d9a575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1833603018112610e00575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610e3d575f5ffd5b83018035915067ffffffffffffffff821115610e57575f5ffd5b602001915036819003821315610955575f5ffd5b818382375f9101908152919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b828152604060208201525f6102ba6040830184610e7a565b602081525f6102bd6020830184610e7a56fea2646970667358221220370f5cd14b58499c7253fd7b6b1952e52efa20269190e493bf83b9f6485dee7464736f6c634300081c0033",
}

// KlasterAccountABI is the input ABI used to generate the binding from.
// Deprecated: Use KlasterAccountMetaData.ABI instead.
var KlasterAccountABI = KlasterAccountMetaData.ABI

// KlasterAccountBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KlasterAccountMetaData.Bin instead.
var KlasterAccountBin = KlasterAccountMetaData.Bin

// DeployKlasterAccount deploys a new Ethereum contract, binding an instance of KlasterAccount to it.
func DeployKlasterAccount(auth *bind.TransactOpts, backend bind.ContractBackend, anEntryPoint common.Address, aValidator common.Address) (common.Address, *types.Transaction, *KlasterAccount, error) {
	parsed, err := KlasterAccountMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KlasterAccountBin), backend, anEntryPoint, aValidator)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KlasterAccount{KlasterAccountCaller: KlasterAccountCaller{contract: contract}, KlasterAccountTransactor: KlasterAccountTransactor{contract: contract}, KlasterAccountFilterer: KlasterAccountFilterer{contract: contract}}, nil
}

// KlasterAccount is an auto generated Go binding around an Ethereum contract.
type KlasterAccount struct {
	KlasterAccountCaller     // Read-only binding to the contract
	KlasterAccountTransactor // Write-only binding to the contract
	KlasterAccountFilterer   // Log filterer for contract events
}

// KlasterAccountCaller is an auto generated read-only Go binding around an Ethereum contract.
type KlasterAccountCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterAccountTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KlasterAccountTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterAccountFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KlasterAccountFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterAccountSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KlasterAccountSession struct {
	Contract     *KlasterAccount   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// KlasterAccountCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KlasterAccountCallerSession struct {
	Contract *KlasterAccountCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// KlasterAccountTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KlasterAccountTransactorSession struct {
	Contract     *KlasterAccountTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// KlasterAccountRaw is an auto generated low-level Go binding around an Ethereum contract.
type KlasterAccountRaw struct {
	Contract *KlasterAccount // Generic contract binding to access the raw methods on
}

// KlasterAccountCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KlasterAccountCallerRaw struct {
	Contract *KlasterAccountCaller // Generic read-only contract binding to access the raw methods on
}

// KlasterAccountTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KlasterAccountTransactorRaw struct {
	Contract *KlasterAccountTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKlasterAccount creates a new instance of KlasterAccount, bound to a specific deployed contract.
func NewKlasterAccount(address common.Address, backend bind.ContractBackend) (*KlasterAccount, error) {
	contract, err := bindKlasterAccount(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KlasterAccount{KlasterAccountCaller: KlasterAccountCaller{contract: contract}, KlasterAccountTransactor: KlasterAccountTransactor{contract: contract}, KlasterAccountFilterer: KlasterAccountFilterer{contract: contract}}, nil
}

// NewKlasterAccountCaller creates a new read-only instance of KlasterAccount, bound to a specific deployed contract.
func NewKlasterAccountCaller(address common.Address, caller bind.ContractCaller) (*KlasterAccountCaller, error) {
	contract, err := bindKlasterAccount(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterAccountCaller{contract: contract}, nil
}

// NewKlasterAccountTransactor creates a new write-only instance of KlasterAccount, bound to a specific deployed contract.
func NewKlasterAccountTransactor(address common.Address, transactor bind.ContractTransactor) (*KlasterAccountTransactor, error) {
	contract, err := bindKlasterAccount(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterAccountTransactor{contract: contract}, nil
}

// NewKlasterAccountFilterer creates a new log filterer instance of KlasterAccount, bound to a specific deployed contract.
func NewKlasterAccountFilterer(address common.Address, filterer bind.ContractFilterer) (*KlasterAccountFilterer, error) {
	contract, err := bindKlasterAccount(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KlasterAccountFilterer{contract: contract}, nil
}

// bindKlasterAccount binds a generic wrapper to an already deployed contract.
func bindKlasterAccount(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KlasterAccountMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterAccount *KlasterAccountRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterAccount.Contract.KlasterAccountCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterAccount *KlasterAccountRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterAccount.Contract.KlasterAccountTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterAccount *KlasterAccountRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterAccount.Contract.KlasterAccountTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterAccount *KlasterAccountCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterAccount.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterAccount *KlasterAccountTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterAccount.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterAccount *KlasterAccountTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterAccount.Contract.contract.Transact(opts, method, params...)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_KlasterAccount *KlasterAccountCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterAccount.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_KlasterAccount *KlasterAccountSession) EntryPoint() (common.Address, error) {
	return _KlasterAccount.Contract.EntryPoint(&_KlasterAccount.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_KlasterAccount *KlasterAccountCallerSession) EntryPoint() (common.Address, error) {
	return _KlasterAccount.Contract.EntryPoint(&_KlasterAccount.CallOpts)
}

// GetNonce is a free data retrieval call binding the contract method 0xd087d288.
//
// Solidity: function getNonce() view returns(uint256)
func (_KlasterAccount *KlasterAccountCaller) GetNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KlasterAccount.contract.Call(opts, &out, "getNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetNonce is a free data retrieval call binding the contract method 0xd087d288.
//
// Solidity: function getNonce() view returns(uint256)
func (_KlasterAccount *KlasterAccountSession) GetNonce() (*big.Int, error) {
	return _KlasterAccount.Contract.GetNonce(&_KlasterAccount.CallOpts)
}

// GetNonce is a free data retrieval call binding the contract method 0xd087d288.
//
// Solidity: function getNonce() view returns(uint256)
func (_KlasterAccount *KlasterAccountCallerSession) GetNonce() (*big.Int, error) {
	return _KlasterAccount.Contract.GetNonce(&_KlasterAccount.CallOpts)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_KlasterAccount *KlasterAccountCaller) IsValidSignature(opts *bind.CallOpts, hash [32]byte, signature []byte) ([4]byte, error) {
	var out []interface{}
	err := _KlasterAccount.contract.Call(opts, &out, "isValidSignature", hash, signature)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_KlasterAccount *KlasterAccountSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _KlasterAccount.Contract.IsValidSignature(&_KlasterAccount.CallOpts, hash, signature)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_KlasterAccount *KlasterAccountCallerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _KlasterAccount.Contract.IsValidSignature(&_KlasterAccount.CallOpts, hash, signature)
}

// Validator is a free data retrieval call binding the contract method 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (_KlasterAccount *KlasterAccountCaller) Validator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterAccount.contract.Call(opts, &out, "validator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Validator is a free data retrieval call binding the contract method 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (_KlasterAccount *KlasterAccountSession) Validator() (common.Address, error) {
	return _KlasterAccount.Contract.Validator(&_KlasterAccount.CallOpts)
}

// Validator is a free data retrieval call binding the contract method 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (_KlasterAccount *KlasterAccountCallerSession) Validator() (common.Address, error) {
	return _KlasterAccount.Contract.Validator(&_KlasterAccount.CallOpts)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) returns()
func (_KlasterAccount *KlasterAccountTransactor) Execute(opts *bind.TransactOpts, target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _KlasterAccount.contract.Transact(opts, "execute", target, value, data)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) returns()
func (_KlasterAccount *KlasterAccountSession) Execute(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _KlasterAccount.Contract.Execute(&_KlasterAccount.TransactOpts, target, value, data)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) returns()
func (_KlasterAccount *KlasterAccountTransactorSession) Execute(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _KlasterAccount.Contract.Execute(&_KlasterAccount.TransactOpts, target, value, data)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_KlasterAccount *KlasterAccountTransactor) ExecuteBatch(opts *bind.TransactOpts, calls []KlasterAccountCall) (*types.Transaction, error) {
	return _KlasterAccount.contract.Transact(opts, "executeBatch", calls)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_KlasterAccount *KlasterAccountSession) ExecuteBatch(calls []KlasterAccountCall) (*types.Transaction, error) {
	return _KlasterAccount.Contract.ExecuteBatch(&_KlasterAccount.TransactOpts, calls)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_KlasterAccount *KlasterAccountTransactorSession) ExecuteBatch(calls []KlasterAccountCall) (*types.Transaction, error) {
	return _KlasterAccount.Contract.ExecuteBatch(&_KlasterAccount.TransactOpts, calls)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address anOwner) returns()
func (_KlasterAccount *KlasterAccountTransactor) Initialize(opts *bind.TransactOpts, anOwner common.Address) (*types.Transaction, error) {
	return _KlasterAccount.contract.Transact(opts, "initialize", anOwner)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address anOwner) returns()
func (_KlasterAccount *KlasterAccountSession) Initialize(anOwner common.Address) (*types.Transaction, error) {
	return _KlasterAccount.Contract.Initialize(&_KlasterAccount.TransactOpts, anOwner)
}

// Initialize is a paid mutator transaction binding the contract method 0xc4d66de8.
//
// Solidity: function initialize(address anOwner) returns()
func (_KlasterAccount *KlasterAccountTransactorSession) Initialize(anOwner common.Address) (*types.Transaction, error) {
	return _KlasterAccount.Contract.Initialize(&_KlasterAccount.TransactOpts, anOwner)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 missingAccountFunds) returns(uint256 validationData)
func (_KlasterAccount *KlasterAccountTransactor) ValidateUserOp(opts *bind.TransactOpts, userOp PackedUserOperation, userOpHash [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _KlasterAccount.contract.Transact(opts, "validateUserOp", userOp, userOpHash, missingAccountFunds)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 missingAccountFunds) returns(uint256 validationData)
func (_KlasterAccount *KlasterAccountSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _KlasterAccount.Contract.ValidateUserOp(&_KlasterAccount.TransactOpts, userOp, userOpHash, missingAccountFunds)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 missingAccountFunds) returns(uint256 validationData)
func (_KlasterAccount *KlasterAccountTransactorSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _KlasterAccount.Contract.ValidateUserOp(&_KlasterAccount.TransactOpts, userOp, userOpHash, missingAccountFunds)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_KlasterAccount *KlasterAccountTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterAccount.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_KlasterAccount *KlasterAccountSession) Receive() (*types.Transaction, error) {
	return _KlasterAccount.Contract.Receive(&_KlasterAccount.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_KlasterAccount *KlasterAccountTransactorSession) Receive() (*types.Transaction, error) {
	return _KlasterAccount.Contract.Receive(&_KlasterAccount.TransactOpts)
}

// KlasterAccountKlasterAccountInitializedIterator is returned from FilterKlasterAccountInitialized and is used to iterate over the raw logs and unpacked data for KlasterAccountInitialized events raised by the KlasterAccount contract.
type KlasterAccountKlasterAccountInitializedIterator struct {
	Event *KlasterAccountKlasterAccountInitialized // Event containing the contract specifics and raw log

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
func (it *KlasterAccountKlasterAccountInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterAccountKlasterAccountInitialized)
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
		it.Event = new(KlasterAccountKlasterAccountInitialized)
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
func (it *KlasterAccountKlasterAccountInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterAccountKlasterAccountInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterAccountKlasterAccountInitialized represents a KlasterAccountInitialized event raised by the KlasterAccount contract.
type KlasterAccountKlasterAccountInitialized struct {
	EntryPoint common.Address
	Validator  common.Address
	Owner      common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterKlasterAccountInitialized is a free log retrieval operation binding the contract event 0x4be8e6bd0704c17e18b6794afd15818f60a4940ecb432aea9baea407567fe3c7.
//
// Solidity: event KlasterAccountInitialized(address indexed entryPoint, address indexed validator, address indexed owner)
func (_KlasterAccount *KlasterAccountFilterer) FilterKlasterAccountInitialized(opts *bind.FilterOpts, entryPoint []common.Address, validator []common.Address, owner []common.Address) (*KlasterAccountKlasterAccountInitializedIterator, error) {

	var entryPointRule []interface{}
	for _, entryPointItem := range entryPoint {
		entryPointRule = append(entryPointRule, entryPointItem)
	}
	var validatorRule []interface{}
	for _, validatorItem := range validator {
		validatorRule = append(validatorRule, validatorItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _KlasterAccount.contract.FilterLogs(opts, "KlasterAccountInitialized", entryPointRule, validatorRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &KlasterAccountKlasterAccountInitializedIterator{contract: _KlasterAccount.contract, event: "KlasterAccountInitialized", logs: logs, sub: sub}, nil
}

// WatchKlasterAccountInitialized is a free log subscription operation binding the contract event 0x4be8e6bd0704c17e18b6794afd15818f60a4940ecb432aea9baea407567fe3c7.
//
// Solidity: event KlasterAccountInitialized(address indexed entryPoint, address indexed validator, address indexed owner)
func (_KlasterAccount *KlasterAccountFilterer) WatchKlasterAccountInitialized(opts *bind.WatchOpts, sink chan<- *KlasterAccountKlasterAccountInitialized, entryPoint []common.Address, validator []common.Address, owner []common.Address) (event.Subscription, error) {

	var entryPointRule []interface{}
	for _, entryPointItem := range entryPoint {
		entryPointRule = append(entryPointRule, entryPointItem)
	}
	var validatorRule []interface{}
	for _, validatorItem := range validator {
		validatorRule = append(validatorRule, validatorItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _KlasterAccount.contract.WatchLogs(opts, "KlasterAccountInitialized", entryPointRule, validatorRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterAccountKlasterAccountInitialized)
				if err := _KlasterAccount.contract.UnpackLog(event, "KlasterAccountInitialized", log); err != nil {
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

// ParseKlasterAccountInitialized is a log parse operation binding the contract event 0x4be8e6bd0704c17e18b6794afd15818f60a4940ecb432aea9baea407567fe3c7.
//
// Solidity: event KlasterAccountInitialized(address indexed entryPoint, address indexed validator, address indexed owner)
func (_KlasterAccount *KlasterAccountFilterer) ParseKlasterAccountInitialized(log types.Log) (*KlasterAccountKlasterAccountInitialized, error) {
	event := new(KlasterAccountKlasterAccountInitialized)
	if err := _KlasterAccount.contract.UnpackLog(event, "KlasterAccountInitialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KlasterAccountFactoryMetaData contains all meta data concerning the KlasterAccountFactory contract.
var KlasterAccountFactoryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"anEntryPoint\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"aValidator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"anOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"FailedDeployment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"accountImplementation\",\"outputs\":[{\"internalType\":\"contractKlasterAccount\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"unstakeDelaySec\",\"type\":\"uint32\"}],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"name\":\"createAccount\",\"outputs\":[{\"internalType\":\"contractKlasterAccount\",\"name\":\"account\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anOwner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"salt\",\"type\":\"uint256\"}],\"name\":\"getAddress\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unlockStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051611bc7380380611bc783398101604081905261002e9161013c565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100c9565b506001600160a01b03831660a0526040518390839061008390610118565b6001600160a01b03928316815291166020820152604001604051809103905ff0801580156100b3573d5f5f3e3d5ffd5b506001600160a01b031660805250610186915050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b61101f80610ba883390190565b6001600160a01b0381168114610139575f5ffd5b50565b5f5f5f6060848603121561014e575f5ffd5b835161015981610125565b602085015190935061016a81610125565b604085015190925061017b81610125565b809150509250925092565b60805160a0516109d16101d75f395f81816101ca0152818161027401528181610552015261061a01525f818160e2015281816102e9015281816103c101528181610413015261051c01526109d15ff3fe6080604052600436106100b8575f3560e01c80638cb84e1811610071578063bb9fe6bf1161004c578063bb9fe6bf146101ee578063c23a5cea14610202578063f2fde38b14610221575f5ffd5b80638cb84e18146101745780638da5cb5b14610193578063b0d691fe146101bc575f5ffd5b80633a5381b5116100a15780633a5381b51461012d5780635fbfb9cf14610141578063715018a614610160575f5ffd5b80630396cb60146100bc57806311464fbe146100d1575b5f5ffd5b6100cf6100ca3660046108f7565b610240565b005b3480156100dc575f5ffd5b506101047f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200160405180910390f35b348015610138575f5ffd5b506101046102e6565b34801561014c575f5ffd5b5061010461015b36600461093b565b610379565b34801561016b575f5ffd5b506100cf6104c1565b34801561017f575f5ffd5b5061010461018e36600461093b565b6104d4565b34801561019e575f5ffd5b505f5473ffffffffffffffffffffffffffffffffffffffff16610104565b3480156101c7575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610104565b3480156101f9575f5ffd5b506100cf610548565b34801561020d575f5ffd5b506100cf61021c366004610965565b6105cd565b34801561022c575f5ffd5b506100cf61023b366004610965565b610674565b6040517f0396cb6000000000000000000000000000000000000000000000000000000000815263ffffffff821660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690630396cb609034906024015f604051808303818588803b1580156102cc575f5ffd5b505af11580156102de573d5f5f3e3d5ffd5b505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16633a5381b56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610350573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103749190610980565b905090565b6040805173ffffffffffffffffffffffffffffffffffffffff8416602080830191909152818301849052825180830384018152606090920190925280519101205f905f6103e67f0000000000000000000000000000000000000000000000000000000000000000836106dc565b905073ffffffffffffffffffffffffffffffffffffffff81163b1561040e5791506104bb9050565b6104387f000000000000000000000000000000000000000000000000000000000000000083610751565b6040517fc4d66de800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff87811660048301529194509084169063c4d66de8906024015f604051808303815f87803b1580156104a2575f5ffd5b505af11580156104b4573d5f5f3e3d5ffd5b5050505050505b92915050565b6104c961075d565b6104d25f6107af565b565b6040805173ffffffffffffffffffffffffffffffffffffffff8416602080830191909152818301849052825180830384018152606090920190925280519101205f90610541907f0000000000000000000000000000000000000000000000000000000000000000906106dc565b9392505050565b61055061075d565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663bb9fe6bf6040518163ffffffff1660e01b81526004015f604051808303815f87803b1580156105b5575f5ffd5b505af11580156105c7573d5f5f3e3d5ffd5b50505050565b6105d561075d565b6040517fc23a5cea00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063c23a5cea906024015f604051808303815f87803b15801561065b575f5ffd5b505af115801561066d573d5f5f3e3d5ffd5b5050505050565b61067c61075d565b73ffffffffffffffffffffffffffffffffffffffff81166106d0576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f60048201526024015b60405180910390fd5b6106d9816107af565b50565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f9073ffffffffffffffffffffffffffffffffffffffff16610541565b5f61054183835f610823565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146104d2576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016106c7565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f81471015610867576040517fcf479181000000000000000000000000000000000000000000000000000000008152476004820152602481018390526044016106c7565b763d602d80600a3d3981f3363d3d373d3d3d363d730000008460601b60e81c175f526e5af43d82803e903d91602b57fd5bf38460781b17602052826037600984f5905073ffffffffffffffffffffffffffffffffffffffff8116610541576040517fb06ebf3d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60208284031215610907575f5ffd5b813563ffffffff81168114610541575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff811681146106d9575f5ffd5b5f5f6040838503121561094c575f5ffd5b82356109578161091a565b946020939093013593505050565b5f60208284031215610975575f5ffd5b81356105418161091a565b5f60208284031215610990575f5ffd5b81516105418161091a56fea2646970667358221220962982509df62a71d83bd967caecf011c9afa57c4d804fcf7c6d8f2a06e8b2f964736f6c634300081c003360c060405234801561000f575f5ffd5b5060405161101f38038061101f83398101604081905261002e91610068565b6001600160a01b039182166080521660a0525f805460ff191660011790556100a0565b6001600160a01b0381168114610065575f5ffd5b50565b5f5f60408385031215610079575f5ffd5b825161008481610051565b602084015190925061009581610051565b809150509250929050565b60805160a051610f266100f95f395f818161013801528181610240015281816103780152818161069e015261073901525f818161018b015281816102dd015281816107700152818161080b01526108a60152610f265ff3fe60806040526004361061007c575f3560e01c8063b0d691fe1161004c578063b0d691fe1461017d578063b61d27f6146101af578063c4d66de8146101ce578063d087d288146101ed575f5ffd5b80631626ba7e1461008757806319822f7c146100dc57806334fcd5be146101095780633a5381b51461012a575f5ffd5b3661008357005b5f5ffd5b348015610092575f5ffd5b506100a66100a136600461095c565b610201565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020015b60405180910390f35b3480156100e7575f5ffd5b506100fb6100f63660046109a4565b6102c4565b6040519081526020016100d3565b348015610114575f5ffd5b506101286101233660046109f3565b610446565b005b348015610135575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100d3565b348015610188575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610158565b3480156101ba575f5ffd5b506101286101c9366004610a8c565b610566565b3480156101d9575f5ffd5b506101286101e8366004610ae2565b6105f2565b3480156101f8575f5ffd5b506100fb6107d4565b6040517ff551e2ee0000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063f551e2ee9061027b903390889088908890600401610b42565b602060405180830381865afa158015610296573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102ba9190610b81565b90505b9392505050565b5f3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461033b576040517f651e04d40000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6040517f9700320300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906397003203906103af9087908790600401610c20565b6020604051808303815f875af11580156103cb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ef9190610d8a565b905081156102bd576040515f90339084908381818185875af1925050503d805f8114610436576040519150601f19603f3d011682016040523d82523d5f602084013e61043b565b606091505b505050509392505050565b61044e61088e565b805f5b81811015610560573684848381811061046c5761046c610da1565b905060200281019061047e9190610dce565b90505f8061048f6020840184610ae2565b73ffffffffffffffffffffffffffffffffffffffff1660208401356104b76040860186610e0a565b6040516104c5929190610e6b565b5f6040518083038185875af1925050503d805f81146104ff576040519150601f19603f3d011682016040523d82523d5f602084013e610504565b606091505b509150915081610555578460010361051f5761051f8161090f565b83816040517f5a154675000000000000000000000000000000000000000000000000000000008152600401610332929190610ec6565b505050600101610451565b50505050565b61056e61088e565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051610598929190610e6b565b5f6040518083038185875af1925050503d805f81146105d2576040519150601f19603f3d011682016040523d82523d5f602084013e6105d7565b606091505b5091509150816105ea576105ea8161090f565b505050505050565b5f5460ff161561062e576040517f0dc149f000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055604051606082901b7fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016602082015273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636d61fe70906034016040516020818303038152906040526040518263ffffffff1660e01b81526004016106f39190610ede565b5f604051808303815f87803b15801561070a575f5ffd5b505af115801561071c573d5f5f3e3d5ffd5b505050508073ffffffffffffffffffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f4be8e6bd0704c17e18b6794afd15818f60a4940ecb432aea9baea407567fe3c760405160405180910390a450565b6040517f35567e1a0000000000000000000000000000000000000000000000000000000081523060048201525f60248201819052907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906335567e1a90604401602060405180830381865afa158015610865573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108899190610d8a565b905090565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015906108d45750333014155b1561090d576040517f8e4a23d6000000000000000000000000000000000000000000000000000000008152336004820152602401610332565b565b805160208201fd5b5f5f83601f840112610927575f5ffd5b50813567ffffffffffffffff81111561093e575f5ffd5b602083019150836020828501011115610955575f5ffd5b9250929050565b5f5f5f6040848603121561096e575f5ffd5b83359250602084013567ffffffffffffffff81111561098b575f5ffd5b61099786828701610917565b9497909650939450505050565b5f5f5f606084860312156109b6575f5ffd5b833567ffffffffffffffff8111156109cc575f5ffd5b840161012081870312156109de575f5ffd5b95602085013595506040909401359392505050565b5f5f60208385031215610a04575f5ffd5b823567ffffffffffffffff811115610a1a575f5ffd5b8301601f81018513610a2a575f5ffd5b803567ffffffffffffffff811115610a40575f5ffd5b8560208260051b8401011115610a54575f5ffd5b6020919091019590945092505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610a87575f5ffd5b919050565b5f5f5f5f60608587031215610a9f575f5ffd5b610aa885610a64565b935060208501359250604085013567ffffffffffffffff811115610aca575f5ffd5b610ad687828801610917565b95989497509550505050565b5f60208284031215610af2575f5ffd5b6102bd82610a64565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f610b77606083018486610afb565b9695505050505050565b5f60208284031215610b91575f5ffd5b81517fffffffff00000000000000000000000000000000000000000000000000000000811681146102bd575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610bf3575f5ffd5b830160208101925035905067ffffffffffffffff811115610c12575f5ffd5b803603821315610955575f5ffd5b60408152610c4e60408201610c3485610a64565b73ffffffffffffffffffffffffffffffffffffffff169052565b602083013560608201525f610c666040850185610bc0565b6101206080850152610c7d61016085018284610afb565b915050610c8d6060860186610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08584030160a0860152610cc2838284610afb565b608088013560c08781019190915260a089013560e08089019190915290890135610100880152909350610cfa92508701905086610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610120860152610d30838284610afb565b92505050610d42610100860186610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610140860152610d78838284610afb565b93505050508260208301529392505050565b5f60208284031215610d9a575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1833603018112610e00575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610e3d575f5ffd5b83018035915067ffffffffffffffff821115610e57575f5ffd5b602001915036819003821315610955575f5ffd5b818382375f9101908152919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b828152604060208201525f6102ba6040830184610e7a565b602081525f6102bd6020830184610e7a56fea2646970667358221220370f5cd14b58499c7253fd7b6b1952e52efa20269190e493bf83b9f6485dee7464736f6c634300081c0033",
}

// KlasterAccountFactoryABI is the input ABI used to generate the binding from.
// Deprecated: Use KlasterAccountFactoryMetaData.ABI instead.
var KlasterAccountFactoryABI = KlasterAccountFactoryMetaData.ABI

// KlasterAccountFactoryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KlasterAccountFactoryMetaData.Bin instead.
var KlasterAccountFactoryBin = KlasterAccountFactoryMetaData.Bin

// DeployKlasterAccountFactory deploys a new Ethereum contract, binding an instance of KlasterAccountFactory to it.
func DeployKlasterAccountFactory(auth *bind.TransactOpts, backend bind.ContractBackend, anEntryPoint common.Address, aValidator common.Address, anOwner common.Address) (common.Address, *types.Transaction, *KlasterAccountFactory, error) {
	parsed, err := KlasterAccountFactoryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KlasterAccountFactoryBin), backend, anEntryPoint, aValidator, anOwner)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KlasterAccountFactory{KlasterAccountFactoryCaller: KlasterAccountFactoryCaller{contract: contract}, KlasterAccountFactoryTransactor: KlasterAccountFactoryTransactor{contract: contract}, KlasterAccountFactoryFilterer: KlasterAccountFactoryFilterer{contract: contract}}, nil
}

// KlasterAccountFactory is an auto generated Go binding around an Ethereum contract.
type KlasterAccountFactory struct {
	KlasterAccountFactoryCaller     // Read-only binding to the contract
	KlasterAccountFactoryTransactor // Write-only binding to the contract
	KlasterAccountFactoryFilterer   // Log filterer for contract events
}

// KlasterAccountFactoryCaller is an auto generated read-only Go binding around an Ethereum contract.
type KlasterAccountFactoryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterAccountFactoryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KlasterAccountFactoryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterAccountFactoryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KlasterAccountFactoryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterAccountFactorySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KlasterAccountFactorySession struct {
	Contract     *KlasterAccountFactory // Generic contract binding to set the session for
	CallOpts     bind.CallOpts          // Call options to use throughout this session
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// KlasterAccountFactoryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KlasterAccountFactoryCallerSession struct {
	Contract *KlasterAccountFactoryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                // Call options to use throughout this session
}

// KlasterAccountFactoryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KlasterAccountFactoryTransactorSession struct {
	Contract     *KlasterAccountFactoryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                // Transaction auth options to use throughout this session
}

// KlasterAccountFactoryRaw is an auto generated low-level Go binding around an Ethereum contract.
type KlasterAccountFactoryRaw struct {
	Contract *KlasterAccountFactory // Generic contract binding to access the raw methods on
}

// KlasterAccountFactoryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KlasterAccountFactoryCallerRaw struct {
	Contract *KlasterAccountFactoryCaller // Generic read-only contract binding to access the raw methods on
}

// KlasterAccountFactoryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KlasterAccountFactoryTransactorRaw struct {
	Contract *KlasterAccountFactoryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKlasterAccountFactory creates a new instance of KlasterAccountFactory, bound to a specific deployed contract.
func NewKlasterAccountFactory(address common.Address, backend bind.ContractBackend) (*KlasterAccountFactory, error) {
	contract, err := bindKlasterAccountFactory(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KlasterAccountFactory{KlasterAccountFactoryCaller: KlasterAccountFactoryCaller{contract: contract}, KlasterAccountFactoryTransactor: KlasterAccountFactoryTransactor{contract: contract}, KlasterAccountFactoryFilterer: KlasterAccountFactoryFilterer{contract: contract}}, nil
}

// NewKlasterAccountFactoryCaller creates a new read-only instance of KlasterAccountFactory, bound to a specific deployed contract.
func NewKlasterAccountFactoryCaller(address common.Address, caller bind.ContractCaller) (*KlasterAccountFactoryCaller, error) {
	contract, err := bindKlasterAccountFactory(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterAccountFactoryCaller{contract: contract}, nil
}

// NewKlasterAccountFactoryTransactor creates a new write-only instance of KlasterAccountFactory, bound to a specific deployed contract.
func NewKlasterAccountFactoryTransactor(address common.Address, transactor bind.ContractTransactor) (*KlasterAccountFactoryTransactor, error) {
	contract, err := bindKlasterAccountFactory(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterAccountFactoryTransactor{contract: contract}, nil
}

// NewKlasterAccountFactoryFilterer creates a new log filterer instance of KlasterAccountFactory, bound to a specific deployed contract.
func NewKlasterAccountFactoryFilterer(address common.Address, filterer bind.ContractFilterer) (*KlasterAccountFactoryFilterer, error) {
	contract, err := bindKlasterAccountFactory(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KlasterAccountFactoryFilterer{contract: contract}, nil
}

// bindKlasterAccountFactory binds a generic wrapper to an already deployed contract.
func bindKlasterAccountFactory(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KlasterAccountFactoryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterAccountFactory *KlasterAccountFactoryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterAccountFactory.Contract.KlasterAccountFactoryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterAccountFactory *KlasterAccountFactoryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.KlasterAccountFactoryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterAccountFactory *KlasterAccountFactoryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.KlasterAccountFactoryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterAccountFactory *KlasterAccountFactoryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterAccountFactory.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterAccountFactory *KlasterAccountFactoryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterAccountFactory *KlasterAccountFactoryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.contract.Transact(opts, method, params...)
}

// AccountImplementation is a free data retrieval call binding the contract method 0x11464fbe.
//
// Solidity: function accountImplementation() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCaller) AccountImplementation(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterAccountFactory.contract.Call(opts, &out, "accountImplementation")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AccountImplementation is a free data retrieval call binding the contract method 0x11464fbe.
//
// Solidity: function accountImplementation() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactorySession) AccountImplementation() (common.Address, error) {
	return _KlasterAccountFactory.Contract.AccountImplementation(&_KlasterAccountFactory.CallOpts)
}

// AccountImplementation is a free data retrieval call binding the contract method 0x11464fbe.
//
// Solidity: function accountImplementation() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCallerSession) AccountImplementation() (common.Address, error) {
	return _KlasterAccountFactory.Contract.AccountImplementation(&_KlasterAccountFactory.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterAccountFactory.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactorySession) EntryPoint() (common.Address, error) {
	return _KlasterAccountFactory.Contract.EntryPoint(&_KlasterAccountFactory.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCallerSession) EntryPoint() (common.Address, error) {
	return _KlasterAccountFactory.Contract.EntryPoint(&_KlasterAccountFactory.CallOpts)
}

// GetAddress is a free data retrieval call binding the contract method 0x8cb84e18.
//
// Solidity: function getAddress(address anOwner, uint256 salt) view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCaller) GetAddress(opts *bind.CallOpts, anOwner common.Address, salt *big.Int) (common.Address, error) {
	var out []interface{}
	err := _KlasterAccountFactory.contract.Call(opts, &out, "getAddress", anOwner, salt)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetAddress is a free data retrieval call binding the contract method 0x8cb84e18.
//
// Solidity: function getAddress(address anOwner, uint256 salt) view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactorySession) GetAddress(anOwner common.Address, salt *big.Int) (common.Address, error) {
	return _KlasterAccountFactory.Contract.GetAddress(&_KlasterAccountFactory.CallOpts, anOwner, salt)
}

// GetAddress is a free data retrieval call binding the contract method 0x8cb84e18.
//
// Solidity: function getAddress(address anOwner, uint256 salt) view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCallerSession) GetAddress(anOwner common.Address, salt *big.Int) (common.Address, error) {
	return _KlasterAccountFactory.Contract.GetAddress(&_KlasterAccountFactory.CallOpts, anOwner, salt)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterAccountFactory.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactorySession) Owner() (common.Address, error) {
	return _KlasterAccountFactory.Contract.Owner(&_KlasterAccountFactory.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCallerSession) Owner() (common.Address, error) {
	return _KlasterAccountFactory.Contract.Owner(&_KlasterAccountFactory.CallOpts)
}

// Validator is a free data retrieval call binding the contract method 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCaller) Validator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterAccountFactory.contract.Call(opts, &out, "validator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Validator is a free data retrieval call binding the contract method 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactorySession) Validator() (common.Address, error) {
	return _KlasterAccountFactory.Contract.Validator(&_KlasterAccountFactory.CallOpts)
}

// Validator is a free data retrieval call binding the contract method 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (_KlasterAccountFactory *KlasterAccountFactoryCallerSession) Validator() (common.Address, error) {
	return _KlasterAccountFactory.Contract.Validator(&_KlasterAccountFactory.CallOpts)
}

// AddStake is a paid mutator transaction binding the contract method 0x0396cb60.
//
// Solidity: function addStake(uint32 unstakeDelaySec) payable returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactor) AddStake(opts *bind.TransactOpts, unstakeDelaySec uint32) (*types.Transaction, error) {
	return _KlasterAccountFactory.contract.Transact(opts, "addStake", unstakeDelaySec)
}

// AddStake is a paid mutator transaction binding the contract method 0x0396cb60.
//
// Solidity: function addStake(uint32 unstakeDelaySec) payable returns()
func (_KlasterAccountFactory *KlasterAccountFactorySession) AddStake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.AddStake(&_KlasterAccountFactory.TransactOpts, unstakeDelaySec)
}

// AddStake is a paid mutator transaction binding the contract method 0x0396cb60.
//
// Solidity: function addStake(uint32 unstakeDelaySec) payable returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactorSession) AddStake(unstakeDelaySec uint32) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.AddStake(&_KlasterAccountFactory.TransactOpts, unstakeDelaySec)
}

// CreateAccount is a paid mutator transaction binding the contract method 0x5fbfb9cf.
//
// Solidity: function createAccount(address anOwner, uint256 salt) returns(address account)
func (_KlasterAccountFactory *KlasterAccountFactoryTransactor) CreateAccount(opts *bind.TransactOpts, anOwner common.Address, salt *big.Int) (*types.Transaction, error) {
	return _KlasterAccountFactory.contract.Transact(opts, "createAccount", anOwner, salt)
}

// CreateAccount is a paid mutator transaction binding the contract method 0x5fbfb9cf.
//
// Solidity: function createAccount(address anOwner, uint256 salt) returns(address account)
func (_KlasterAccountFactory *KlasterAccountFactorySession) CreateAccount(anOwner common.Address, salt *big.Int) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.CreateAccount(&_KlasterAccountFactory.TransactOpts, anOwner, salt)
}

// CreateAccount is a paid mutator transaction binding the contract method 0x5fbfb9cf.
//
// Solidity: function createAccount(address anOwner, uint256 salt) returns(address account)
func (_KlasterAccountFactory *KlasterAccountFactoryTransactorSession) CreateAccount(anOwner common.Address, salt *big.Int) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.CreateAccount(&_KlasterAccountFactory.TransactOpts, anOwner, salt)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterAccountFactory.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_KlasterAccountFactory *KlasterAccountFactorySession) RenounceOwnership() (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.RenounceOwnership(&_KlasterAccountFactory.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.RenounceOwnership(&_KlasterAccountFactory.TransactOpts)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _KlasterAccountFactory.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_KlasterAccountFactory *KlasterAccountFactorySession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.TransferOwnership(&_KlasterAccountFactory.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.TransferOwnership(&_KlasterAccountFactory.TransactOpts, newOwner)
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactor) UnlockStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterAccountFactory.contract.Transact(opts, "unlockStake")
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_KlasterAccountFactory *KlasterAccountFactorySession) UnlockStake() (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.UnlockStake(&_KlasterAccountFactory.TransactOpts)
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactorSession) UnlockStake() (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.UnlockStake(&_KlasterAccountFactory.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address to) returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactor) WithdrawStake(opts *bind.TransactOpts, to common.Address) (*types.Transaction, error) {
	return _KlasterAccountFactory.contract.Transact(opts, "withdrawStake", to)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address to) returns()
func (_KlasterAccountFactory *KlasterAccountFactorySession) WithdrawStake(to common.Address) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.WithdrawStake(&_KlasterAccountFactory.TransactOpts, to)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address to) returns()
func (_KlasterAccountFactory *KlasterAccountFactoryTransactorSession) WithdrawStake(to common.Address) (*types.Transaction, error) {
	return _KlasterAccountFactory.Contract.WithdrawStake(&_KlasterAccountFactory.TransactOpts, to)
}

// KlasterAccountFactoryOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the KlasterAccountFactory contract.
type KlasterAccountFactoryOwnershipTransferredIterator struct {
	Event *KlasterAccountFactoryOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *KlasterAccountFactoryOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterAccountFactoryOwnershipTransferred)
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
		it.Event = new(KlasterAccountFactoryOwnershipTransferred)
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
func (it *KlasterAccountFactoryOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterAccountFactoryOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterAccountFactoryOwnershipTransferred represents a OwnershipTransferred event raised by the KlasterAccountFactory contract.
type KlasterAccountFactoryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_KlasterAccountFactory *KlasterAccountFactoryFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*KlasterAccountFactoryOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _KlasterAccountFactory.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &KlasterAccountFactoryOwnershipTransferredIterator{contract: _KlasterAccountFactory.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_KlasterAccountFactory *KlasterAccountFactoryFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *KlasterAccountFactoryOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _KlasterAccountFactory.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterAccountFactoryOwnershipTransferred)
				if err := _KlasterAccountFactory.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_KlasterAccountFactory *KlasterAccountFactoryFilterer) ParseOwnershipTransferred(log types.Log) (*KlasterAccountFactoryOwnershipTransferred, error) {
	event := new(KlasterAccountFactoryOwnershipTransferred)
	if err := _KlasterAccountFactory.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KlasterMerkleValidatorMetaData contains all meta data concerning the KlasterMerkleValidator contract.
var KlasterMerkleValidatorMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnerSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MEE_V1_PREFIX\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"smartAccount\",\"type\":\"address\"}],\"name\":\"isInitialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"moduleTypeId\",\"type\":\"uint256\"}],\"name\":\"isModuleType\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"isValidSignatureWithSender\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onInstall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onUninstall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"}],\"name\":\"validateUserOp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b5061102e8061001c5f395ff3fe608060405260043610610079575f3560e01c8063c2c113e81161004c578063c2c113e814610140578063d60b347f146101a4578063ecd05961146101fa578063f551e2ee1461021a575f5ffd5b8063666e1b391461007d5780636d61fe70146100eb5780638a91b0e3146101005780639700320314610113575b5f5ffd5b348015610088575f5ffd5b506100c1610097366004610c1a565b73ffffffffffffffffffffffffffffffffffffffff9081165f908152602081905260409020541690565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6100fe6100f9366004610c78565b610239565b005b6100fe61010e366004610c78565b6103a6565b34801561011e575f5ffd5b5061013261012d366004610cb7565b610408565b6040519081526020016100e2565b34801561014b575f5ffd5b506101737f177eee000000000000000000000000000000000000000000000000000000000081565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020016100e2565b3480156101af575f5ffd5b506101ea6101be366004610c1a565b73ffffffffffffffffffffffffffffffffffffffff9081165f9081526020819052604090205416151590565b60405190151581526020016100e2565b348015610205575f5ffd5b506101ea610214366004610cfe565b60011490565b348015610225575f5ffd5b50610173610234366004610d15565b6104bf565b335f9081526020819052604090205473ffffffffffffffffffffffffffffffffffffffff161561029b576040517f93360fbf00000000000000000000000000000000000000000000000000000000815233600482015260240160405180910390fd5b60148110156102d6576040517f49e27cff00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6102e46014828486610d6b565b6102ed91610d92565b60601c905080610329576040517f49e27cff00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526020819052604080822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff861690811790915590519092917f342827c97908e5e2f71151c08502a66d44b6f758e3ac2f1de95f02eb95f0a73591a3505050565b335f8181526020819052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055519091907f342827c97908e5e2f71151c08502a66d44b6f758e3ac2f1de95f02eb95f0a735908390a35050565b335f9081526020819052604081205473ffffffffffffffffffffffffffffffffffffffff16368261043d610100870187610df8565b9150915061044b82826105f6565b1561049a575f808061046a6104638560048189610d6b565b8a89610665565b9250925092508261048457600196505050505050506104b9565b60a01b60d09190911b1794506104b99350505050565b6104a6838684846107ea565b6104b15760016104b3565b5f5b93505050505b92915050565b335f9081526020819052604081205473ffffffffffffffffffffffffffffffffffffffff166104ee84846105f6565b15610592575f808061050d610506876004818b610d6b565b8a87610665565b92509250925082158061051f57508142105b806105335750801580159061053357508042115b1561056557507fffffffff0000000000000000000000000000000000000000000000000000000093506105ee92505050565b507f1626ba7e0000000000000000000000000000000000000000000000000000000093506105ee92505050565b61059e818686866107ea565b6105c8577fffffffff000000000000000000000000000000000000000000000000000000006105ea565b7f1626ba7e000000000000000000000000000000000000000000000000000000005b9150505b949350505050565b5f6004821080159061065e57507f177eee000000000000000000000000000000000000000000000000000000000061063160045f8587610d6b565b61063a91610e59565b7fffffffff0000000000000000000000000000000000000000000000000000000016145b9392505050565b5f808060a086101561067e57505f9150819050806107e0565b61068c60406020888a610d6b565b61069591610ebe565b91506106a560606040888a610d6b565b6106ae91610ebe565b905065ffffffffffff8211806106c9575065ffffffffffff81115b156106db57505f9150819050806107e0565b5f6106e9602082898b610d6b565b6106f291610ebe565b6040805160208101899052908101859052606081018490529091505f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152828252805160209182012090830152016040516020818303038152906040528051906020012090506107718989848461098f565b610785575f5f5f94509450945050506107e0565b5f5f5f6107968c8c608060016109c7565b925092509250826107b4575f5f5f97509750975050505050506107e0565b6107d889868e858f6107c68783610f27565b926107d393929190610d6b565b6107ea565b975050505050505b9450945094915050565b5f73ffffffffffffffffffffffffffffffffffffffff8516158061080f575060418214155b1561081b57505f6105ee565b5f6108296020828587610d6b565b61083291610ebe565b90505f610843604060208688610d6b565b61084c91610ebe565b90505f8585604081811061086257610862610f3a565b919091013560f81c915050601b81101561088457610881601b82610f67565b90505b7f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f908152601c889052603c812081906108c090848787610a7f565b5090925090505f8160038111156108d9576108d9610f80565b14801561091157508973ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16145b15610924576001955050505050506105ee565b61093089848787610a7f565b5090925090505f81600381111561094957610949610f80565b14801561098157508973ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16145b9a9950505050505050505050565b5f5f5f5f6109a18888606060206109c7565b925092509250826109b7575f93505050506105ee565b8782018161098182828a8a610b6e565b5f8080808786886109d9826020610f27565b926109e693929190610d6b565b6109ef91610ebe565b90506109fc602088610fad565b811115610a12575f5f5f935093509350506107e0565b878188610a20826020610f27565b92610a2d93929190610d6b565b610a3691610ebe565b9150610a43816020610f27565b925084610a508489610fad565b610a5a9190610fc0565b821115610a70575f5f5f935093509350506107e0565b60019350509450945094915050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610ab857505f915060039050826107e0565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610b09573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610b5f57505f9250600191508290506107e0565b975f9750879650945050505050565b5f82610b7b868685610b85565b1495945050505050565b5f81815b84811015610bbd57610bb382878784818110610ba757610ba7610f3a565b90506020020135610bc6565b9150600101610b89565b50949350505050565b5f818310610be0575f82815260208490526040902061065e565b5f83815260208390526040902061065e565b803573ffffffffffffffffffffffffffffffffffffffff81168114610c15575f5ffd5b919050565b5f60208284031215610c2a575f5ffd5b61065e82610bf2565b5f5f83601f840112610c43575f5ffd5b50813567ffffffffffffffff811115610c5a575f5ffd5b602083019150836020828501011115610c71575f5ffd5b9250929050565b5f5f60208385031215610c89575f5ffd5b823567ffffffffffffffff811115610c9f575f5ffd5b610cab85828601610c33565b90969095509350505050565b5f5f60408385031215610cc8575f5ffd5b823567ffffffffffffffff811115610cde575f5ffd5b83016101208186031215610cf0575f5ffd5b946020939093013593505050565b5f60208284031215610d0e575f5ffd5b5035919050565b5f5f5f5f60608587031215610d28575f5ffd5b610d3185610bf2565b935060208501359250604085013567ffffffffffffffff811115610d53575f5ffd5b610d5f87828801610c33565b95989497509550505050565b5f5f85851115610d79575f5ffd5b83861115610d85575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015610df1577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610e2b575f5ffd5b83018035915067ffffffffffffffff821115610e45575f5ffd5b602001915036819003821315610c71575f5ffd5b80357fffffffff000000000000000000000000000000000000000000000000000000008116906004841015610df1577fffffffff00000000000000000000000000000000000000000000000000000000808560040360031b1b82161691505092915050565b803560208310156104b9577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156104b9576104b9610efa565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b60ff81811683821601908111156104b9576104b9610efa565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b818103818111156104b9576104b9610efa565b5f82610ff3577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea2646970667358221220b09984a743646221b5cbbb8807873243076360b7e30dabcefb2f879efe814bb664736f6c634300081c0033",
}

// KlasterMerkleValidatorABI is the input ABI used to generate the binding from.
// Deprecated: Use KlasterMerkleValidatorMetaData.ABI instead.
var KlasterMerkleValidatorABI = KlasterMerkleValidatorMetaData.ABI

// KlasterMerkleValidatorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KlasterMerkleValidatorMetaData.Bin instead.
var KlasterMerkleValidatorBin = KlasterMerkleValidatorMetaData.Bin

// DeployKlasterMerkleValidator deploys a new Ethereum contract, binding an instance of KlasterMerkleValidator to it.
func DeployKlasterMerkleValidator(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *KlasterMerkleValidator, error) {
	parsed, err := KlasterMerkleValidatorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KlasterMerkleValidatorBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KlasterMerkleValidator{KlasterMerkleValidatorCaller: KlasterMerkleValidatorCaller{contract: contract}, KlasterMerkleValidatorTransactor: KlasterMerkleValidatorTransactor{contract: contract}, KlasterMerkleValidatorFilterer: KlasterMerkleValidatorFilterer{contract: contract}}, nil
}

// KlasterMerkleValidator is an auto generated Go binding around an Ethereum contract.
type KlasterMerkleValidator struct {
	KlasterMerkleValidatorCaller     // Read-only binding to the contract
	KlasterMerkleValidatorTransactor // Write-only binding to the contract
	KlasterMerkleValidatorFilterer   // Log filterer for contract events
}

// KlasterMerkleValidatorCaller is an auto generated read-only Go binding around an Ethereum contract.
type KlasterMerkleValidatorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterMerkleValidatorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KlasterMerkleValidatorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterMerkleValidatorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KlasterMerkleValidatorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterMerkleValidatorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KlasterMerkleValidatorSession struct {
	Contract     *KlasterMerkleValidator // Generic contract binding to set the session for
	CallOpts     bind.CallOpts           // Call options to use throughout this session
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// KlasterMerkleValidatorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KlasterMerkleValidatorCallerSession struct {
	Contract *KlasterMerkleValidatorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                 // Call options to use throughout this session
}

// KlasterMerkleValidatorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KlasterMerkleValidatorTransactorSession struct {
	Contract     *KlasterMerkleValidatorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                 // Transaction auth options to use throughout this session
}

// KlasterMerkleValidatorRaw is an auto generated low-level Go binding around an Ethereum contract.
type KlasterMerkleValidatorRaw struct {
	Contract *KlasterMerkleValidator // Generic contract binding to access the raw methods on
}

// KlasterMerkleValidatorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KlasterMerkleValidatorCallerRaw struct {
	Contract *KlasterMerkleValidatorCaller // Generic read-only contract binding to access the raw methods on
}

// KlasterMerkleValidatorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KlasterMerkleValidatorTransactorRaw struct {
	Contract *KlasterMerkleValidatorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKlasterMerkleValidator creates a new instance of KlasterMerkleValidator, bound to a specific deployed contract.
func NewKlasterMerkleValidator(address common.Address, backend bind.ContractBackend) (*KlasterMerkleValidator, error) {
	contract, err := bindKlasterMerkleValidator(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KlasterMerkleValidator{KlasterMerkleValidatorCaller: KlasterMerkleValidatorCaller{contract: contract}, KlasterMerkleValidatorTransactor: KlasterMerkleValidatorTransactor{contract: contract}, KlasterMerkleValidatorFilterer: KlasterMerkleValidatorFilterer{contract: contract}}, nil
}

// NewKlasterMerkleValidatorCaller creates a new read-only instance of KlasterMerkleValidator, bound to a specific deployed contract.
func NewKlasterMerkleValidatorCaller(address common.Address, caller bind.ContractCaller) (*KlasterMerkleValidatorCaller, error) {
	contract, err := bindKlasterMerkleValidator(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterMerkleValidatorCaller{contract: contract}, nil
}

// NewKlasterMerkleValidatorTransactor creates a new write-only instance of KlasterMerkleValidator, bound to a specific deployed contract.
func NewKlasterMerkleValidatorTransactor(address common.Address, transactor bind.ContractTransactor) (*KlasterMerkleValidatorTransactor, error) {
	contract, err := bindKlasterMerkleValidator(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterMerkleValidatorTransactor{contract: contract}, nil
}

// NewKlasterMerkleValidatorFilterer creates a new log filterer instance of KlasterMerkleValidator, bound to a specific deployed contract.
func NewKlasterMerkleValidatorFilterer(address common.Address, filterer bind.ContractFilterer) (*KlasterMerkleValidatorFilterer, error) {
	contract, err := bindKlasterMerkleValidator(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KlasterMerkleValidatorFilterer{contract: contract}, nil
}

// bindKlasterMerkleValidator binds a generic wrapper to an already deployed contract.
func bindKlasterMerkleValidator(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KlasterMerkleValidatorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterMerkleValidator *KlasterMerkleValidatorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterMerkleValidator.Contract.KlasterMerkleValidatorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterMerkleValidator *KlasterMerkleValidatorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.KlasterMerkleValidatorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterMerkleValidator *KlasterMerkleValidatorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.KlasterMerkleValidatorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterMerkleValidator *KlasterMerkleValidatorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterMerkleValidator.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterMerkleValidator *KlasterMerkleValidatorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterMerkleValidator *KlasterMerkleValidatorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.contract.Transact(opts, method, params...)
}

// MEEV1PREFIX is a free data retrieval call binding the contract method 0xc2c113e8.
//
// Solidity: function MEE_V1_PREFIX() view returns(bytes4)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCaller) MEEV1PREFIX(opts *bind.CallOpts) ([4]byte, error) {
	var out []interface{}
	err := _KlasterMerkleValidator.contract.Call(opts, &out, "MEE_V1_PREFIX")

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// MEEV1PREFIX is a free data retrieval call binding the contract method 0xc2c113e8.
//
// Solidity: function MEE_V1_PREFIX() view returns(bytes4)
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) MEEV1PREFIX() ([4]byte, error) {
	return _KlasterMerkleValidator.Contract.MEEV1PREFIX(&_KlasterMerkleValidator.CallOpts)
}

// MEEV1PREFIX is a free data retrieval call binding the contract method 0xc2c113e8.
//
// Solidity: function MEE_V1_PREFIX() view returns(bytes4)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCallerSession) MEEV1PREFIX() ([4]byte, error) {
	return _KlasterMerkleValidator.Contract.MEEV1PREFIX(&_KlasterMerkleValidator.CallOpts)
}

// IsInitialized is a free data retrieval call binding the contract method 0xd60b347f.
//
// Solidity: function isInitialized(address smartAccount) view returns(bool)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCaller) IsInitialized(opts *bind.CallOpts, smartAccount common.Address) (bool, error) {
	var out []interface{}
	err := _KlasterMerkleValidator.contract.Call(opts, &out, "isInitialized", smartAccount)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsInitialized is a free data retrieval call binding the contract method 0xd60b347f.
//
// Solidity: function isInitialized(address smartAccount) view returns(bool)
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) IsInitialized(smartAccount common.Address) (bool, error) {
	return _KlasterMerkleValidator.Contract.IsInitialized(&_KlasterMerkleValidator.CallOpts, smartAccount)
}

// IsInitialized is a free data retrieval call binding the contract method 0xd60b347f.
//
// Solidity: function isInitialized(address smartAccount) view returns(bool)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCallerSession) IsInitialized(smartAccount common.Address) (bool, error) {
	return _KlasterMerkleValidator.Contract.IsInitialized(&_KlasterMerkleValidator.CallOpts, smartAccount)
}

// IsModuleType is a free data retrieval call binding the contract method 0xecd05961.
//
// Solidity: function isModuleType(uint256 moduleTypeId) pure returns(bool)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCaller) IsModuleType(opts *bind.CallOpts, moduleTypeId *big.Int) (bool, error) {
	var out []interface{}
	err := _KlasterMerkleValidator.contract.Call(opts, &out, "isModuleType", moduleTypeId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsModuleType is a free data retrieval call binding the contract method 0xecd05961.
//
// Solidity: function isModuleType(uint256 moduleTypeId) pure returns(bool)
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) IsModuleType(moduleTypeId *big.Int) (bool, error) {
	return _KlasterMerkleValidator.Contract.IsModuleType(&_KlasterMerkleValidator.CallOpts, moduleTypeId)
}

// IsModuleType is a free data retrieval call binding the contract method 0xecd05961.
//
// Solidity: function isModuleType(uint256 moduleTypeId) pure returns(bool)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCallerSession) IsModuleType(moduleTypeId *big.Int) (bool, error) {
	return _KlasterMerkleValidator.Contract.IsModuleType(&_KlasterMerkleValidator.CallOpts, moduleTypeId)
}

// IsValidSignatureWithSender is a free data retrieval call binding the contract method 0xf551e2ee.
//
// Solidity: function isValidSignatureWithSender(address , bytes32 hash, bytes data) view returns(bytes4)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCaller) IsValidSignatureWithSender(opts *bind.CallOpts, arg0 common.Address, hash [32]byte, data []byte) ([4]byte, error) {
	var out []interface{}
	err := _KlasterMerkleValidator.contract.Call(opts, &out, "isValidSignatureWithSender", arg0, hash, data)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// IsValidSignatureWithSender is a free data retrieval call binding the contract method 0xf551e2ee.
//
// Solidity: function isValidSignatureWithSender(address , bytes32 hash, bytes data) view returns(bytes4)
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) IsValidSignatureWithSender(arg0 common.Address, hash [32]byte, data []byte) ([4]byte, error) {
	return _KlasterMerkleValidator.Contract.IsValidSignatureWithSender(&_KlasterMerkleValidator.CallOpts, arg0, hash, data)
}

// IsValidSignatureWithSender is a free data retrieval call binding the contract method 0xf551e2ee.
//
// Solidity: function isValidSignatureWithSender(address , bytes32 hash, bytes data) view returns(bytes4)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCallerSession) IsValidSignatureWithSender(arg0 common.Address, hash [32]byte, data []byte) ([4]byte, error) {
	return _KlasterMerkleValidator.Contract.IsValidSignatureWithSender(&_KlasterMerkleValidator.CallOpts, arg0, hash, data)
}

// Owner is a free data retrieval call binding the contract method 0x666e1b39.
//
// Solidity: function owner(address account) view returns(address)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCaller) Owner(opts *bind.CallOpts, account common.Address) (common.Address, error) {
	var out []interface{}
	err := _KlasterMerkleValidator.contract.Call(opts, &out, "owner", account)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x666e1b39.
//
// Solidity: function owner(address account) view returns(address)
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) Owner(account common.Address) (common.Address, error) {
	return _KlasterMerkleValidator.Contract.Owner(&_KlasterMerkleValidator.CallOpts, account)
}

// Owner is a free data retrieval call binding the contract method 0x666e1b39.
//
// Solidity: function owner(address account) view returns(address)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCallerSession) Owner(account common.Address) (common.Address, error) {
	return _KlasterMerkleValidator.Contract.Owner(&_KlasterMerkleValidator.CallOpts, account)
}

// ValidateUserOp is a free data retrieval call binding the contract method 0x97003203.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash) view returns(uint256)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCaller) ValidateUserOp(opts *bind.CallOpts, userOp PackedUserOperation, userOpHash [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _KlasterMerkleValidator.contract.Call(opts, &out, "validateUserOp", userOp, userOpHash)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ValidateUserOp is a free data retrieval call binding the contract method 0x97003203.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash) view returns(uint256)
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte) (*big.Int, error) {
	return _KlasterMerkleValidator.Contract.ValidateUserOp(&_KlasterMerkleValidator.CallOpts, userOp, userOpHash)
}

// ValidateUserOp is a free data retrieval call binding the contract method 0x97003203.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash) view returns(uint256)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCallerSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte) (*big.Int, error) {
	return _KlasterMerkleValidator.Contract.ValidateUserOp(&_KlasterMerkleValidator.CallOpts, userOp, userOpHash)
}

// OnInstall is a paid mutator transaction binding the contract method 0x6d61fe70.
//
// Solidity: function onInstall(bytes data) payable returns()
func (_KlasterMerkleValidator *KlasterMerkleValidatorTransactor) OnInstall(opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	return _KlasterMerkleValidator.contract.Transact(opts, "onInstall", data)
}

// OnInstall is a paid mutator transaction binding the contract method 0x6d61fe70.
//
// Solidity: function onInstall(bytes data) payable returns()
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) OnInstall(data []byte) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.OnInstall(&_KlasterMerkleValidator.TransactOpts, data)
}

// OnInstall is a paid mutator transaction binding the contract method 0x6d61fe70.
//
// Solidity: function onInstall(bytes data) payable returns()
func (_KlasterMerkleValidator *KlasterMerkleValidatorTransactorSession) OnInstall(data []byte) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.OnInstall(&_KlasterMerkleValidator.TransactOpts, data)
}

// OnUninstall is a paid mutator transaction binding the contract method 0x8a91b0e3.
//
// Solidity: function onUninstall(bytes ) payable returns()
func (_KlasterMerkleValidator *KlasterMerkleValidatorTransactor) OnUninstall(opts *bind.TransactOpts, arg0 []byte) (*types.Transaction, error) {
	return _KlasterMerkleValidator.contract.Transact(opts, "onUninstall", arg0)
}

// OnUninstall is a paid mutator transaction binding the contract method 0x8a91b0e3.
//
// Solidity: function onUninstall(bytes ) payable returns()
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) OnUninstall(arg0 []byte) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.OnUninstall(&_KlasterMerkleValidator.TransactOpts, arg0)
}

// OnUninstall is a paid mutator transaction binding the contract method 0x8a91b0e3.
//
// Solidity: function onUninstall(bytes ) payable returns()
func (_KlasterMerkleValidator *KlasterMerkleValidatorTransactorSession) OnUninstall(arg0 []byte) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.OnUninstall(&_KlasterMerkleValidator.TransactOpts, arg0)
}

// KlasterMerkleValidatorOwnerSetIterator is returned from FilterOwnerSet and is used to iterate over the raw logs and unpacked data for OwnerSet events raised by the KlasterMerkleValidator contract.
type KlasterMerkleValidatorOwnerSetIterator struct {
	Event *KlasterMerkleValidatorOwnerSet // Event containing the contract specifics and raw log

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
func (it *KlasterMerkleValidatorOwnerSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterMerkleValidatorOwnerSet)
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
		it.Event = new(KlasterMerkleValidatorOwnerSet)
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
func (it *KlasterMerkleValidatorOwnerSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterMerkleValidatorOwnerSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterMerkleValidatorOwnerSet represents a OwnerSet event raised by the KlasterMerkleValidator contract.
type KlasterMerkleValidatorOwnerSet struct {
	Account common.Address
	Owner   common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterOwnerSet is a free log retrieval operation binding the contract event 0x342827c97908e5e2f71151c08502a66d44b6f758e3ac2f1de95f02eb95f0a735.
//
// Solidity: event OwnerSet(address indexed account, address indexed owner)
func (_KlasterMerkleValidator *KlasterMerkleValidatorFilterer) FilterOwnerSet(opts *bind.FilterOpts, account []common.Address, owner []common.Address) (*KlasterMerkleValidatorOwnerSetIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _KlasterMerkleValidator.contract.FilterLogs(opts, "OwnerSet", accountRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &KlasterMerkleValidatorOwnerSetIterator{contract: _KlasterMerkleValidator.contract, event: "OwnerSet", logs: logs, sub: sub}, nil
}

// WatchOwnerSet is a free log subscription operation binding the contract event 0x342827c97908e5e2f71151c08502a66d44b6f758e3ac2f1de95f02eb95f0a735.
//
// Solidity: event OwnerSet(address indexed account, address indexed owner)
func (_KlasterMerkleValidator *KlasterMerkleValidatorFilterer) WatchOwnerSet(opts *bind.WatchOpts, sink chan<- *KlasterMerkleValidatorOwnerSet, account []common.Address, owner []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _KlasterMerkleValidator.contract.WatchLogs(opts, "OwnerSet", accountRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterMerkleValidatorOwnerSet)
				if err := _KlasterMerkleValidator.contract.UnpackLog(event, "OwnerSet", log); err != nil {
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

// ParseOwnerSet is a log parse operation binding the contract event 0x342827c97908e5e2f71151c08502a66d44b6f758e3ac2f1de95f02eb95f0a735.
//
// Solidity: event OwnerSet(address indexed account, address indexed owner)
func (_KlasterMerkleValidator *KlasterMerkleValidatorFilterer) ParseOwnerSet(log types.Log) (*KlasterMerkleValidatorOwnerSet, error) {
	event := new(KlasterMerkleValidatorOwnerSet)
	if err := _KlasterMerkleValidator.contract.UnpackLog(event, "OwnerSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
