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

// KlasterAccountBaseCall is an auto generated low-level Go binding around an user-defined struct.
type KlasterAccountBaseCall struct {
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

// Klaster7702AccountMetaData contains all meta data concerning the Klaster7702Account contract.
var Klaster7702AccountMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"anEntryPoint\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"aValidator\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"error\",\"type\":\"bytes\"}],\"name\":\"ExecuteError\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFromEntryPoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structKlasterAccountBase.Call[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"missingAccountFunds\",\"type\":\"uint256\"}],\"name\":\"validateUserOp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"validationData\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610dd6380380610dd683398101604081905261002e9161005c565b6001600160a01b039182166080521660a052610094565b6001600160a01b0381168114610059575f5ffd5b50565b5f5f6040838503121561006d575f5ffd5b825161007881610045565b602084015190925061008981610045565b809150509250929050565b60805160a051610cfe6100d85f395f818161012d01528181610216015261034e01525f8181610180015281816102b3015281816105ff015261069a0152610cfe5ff3fe608060405260043610610071575f3560e01c80633a5381b51161004c5780633a5381b51461011f578063b0d691fe14610172578063b61d27f6146101a4578063d087d288146101c3575f5ffd5b80631626ba7e1461007c57806319822f7c146100d157806334fcd5be146100fe575f5ffd5b3661007857005b5f5ffd5b348015610087575f5ffd5b5061009b610096366004610750565b6101d7565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020015b60405180910390f35b3480156100dc575f5ffd5b506100f06100eb366004610798565b61029a565b6040519081526020016100c8565b348015610109575f5ffd5b5061011d6101183660046107e7565b61041c565b005b34801561012a575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100c8565b34801561017d575f5ffd5b507f000000000000000000000000000000000000000000000000000000000000000061014d565b3480156101af575f5ffd5b5061011d6101be366004610880565b61053c565b3480156101ce575f5ffd5b506100f06105c8565b6040517ff551e2ee0000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063f551e2ee9061025190339088908890889060040161091d565b602060405180830381865afa15801561026c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610290919061095c565b90505b9392505050565b5f3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610311576040517f651e04d40000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6040517f9700320300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063970032039061038590879087906004016109fb565b6020604051808303815f875af11580156103a1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103c59190610b65565b90508115610293576040515f90339084908381818185875af1925050503d805f811461040c576040519150601f19603f3d011682016040523d82523d5f602084013e610411565b606091505b505050509392505050565b610424610682565b805f5b81811015610536573684848381811061044257610442610b7c565b90506020028101906104549190610ba9565b90505f806104656020840184610be5565b73ffffffffffffffffffffffffffffffffffffffff16602084013561048d6040860186610bfe565b60405161049b929190610c5f565b5f6040518083038185875af1925050503d805f81146104d5576040519150601f19603f3d011682016040523d82523d5f602084013e6104da565b606091505b50915091508161052b57846001036104f5576104f581610703565b83816040517f5a154675000000000000000000000000000000000000000000000000000000008152600401610308929190610c6e565b505050600101610427565b50505050565b610544610682565b5f5f8573ffffffffffffffffffffffffffffffffffffffff1685858560405161056e929190610c5f565b5f6040518083038185875af1925050503d805f81146105a8576040519150601f19603f3d011682016040523d82523d5f602084013e6105ad565b606091505b5091509150816105c0576105c081610703565b505050505050565b6040517f35567e1a0000000000000000000000000000000000000000000000000000000081523060048201525f60248201819052907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906335567e1a90604401602060405180830381865afa158015610659573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061067d9190610b65565b905090565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015906106c85750333014155b15610701576040517f8e4a23d6000000000000000000000000000000000000000000000000000000008152336004820152602401610308565b565b805160208201fd5b5f5f83601f84011261071b575f5ffd5b50813567ffffffffffffffff811115610732575f5ffd5b602083019150836020828501011115610749575f5ffd5b9250929050565b5f5f5f60408486031215610762575f5ffd5b83359250602084013567ffffffffffffffff81111561077f575f5ffd5b61078b8682870161070b565b9497909650939450505050565b5f5f5f606084860312156107aa575f5ffd5b833567ffffffffffffffff8111156107c0575f5ffd5b840161012081870312156107d2575f5ffd5b95602085013595506040909401359392505050565b5f5f602083850312156107f8575f5ffd5b823567ffffffffffffffff81111561080e575f5ffd5b8301601f8101851361081e575f5ffd5b803567ffffffffffffffff811115610834575f5ffd5b8560208260051b8401011115610848575f5ffd5b6020919091019590945092505050565b803573ffffffffffffffffffffffffffffffffffffffff8116811461087b575f5ffd5b919050565b5f5f5f5f60608587031215610893575f5ffd5b61089c85610858565b935060208501359250604085013567ffffffffffffffff8111156108be575f5ffd5b6108ca8782880161070b565b95989497509550505050565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f6109526060830184866108d6565b9695505050505050565b5f6020828403121561096c575f5ffd5b81517fffffffff0000000000000000000000000000000000000000000000000000000081168114610293575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126109ce575f5ffd5b830160208101925035905067ffffffffffffffff8111156109ed575f5ffd5b803603821315610749575f5ffd5b60408152610a2960408201610a0f85610858565b73ffffffffffffffffffffffffffffffffffffffff169052565b602083013560608201525f610a41604085018561099b565b6101206080850152610a58610160850182846108d6565b915050610a68606086018661099b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08584030160a0860152610a9d8382846108d6565b608088013560c08781019190915260a089013560e08089019190915290890135610100880152909350610ad59250870190508661099b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610120860152610b0b8382846108d6565b92505050610b1d61010086018661099b565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610140860152610b538382846108d6565b93505050508260208301529392505050565b5f60208284031215610b75575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1833603018112610bdb575f5ffd5b9190910192915050565b5f60208284031215610bf5575f5ffd5b61029382610858565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610c31575f5ffd5b83018035915067ffffffffffffffff821115610c4b575f5ffd5b602001915036819003821315610749575f5ffd5b818382375f9101908152919050565b828152604060208201525f82518060408401528060208501606085015e5f6060828501015260607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f830116840101915050939250505056fea2646970667358221220c758e2e547b94ddedb88adfe71baef4e76d6d400f5b14fab686709ba053dde9c64736f6c634300081c0033",
}

// Klaster7702AccountABI is the input ABI used to generate the binding from.
// Deprecated: Use Klaster7702AccountMetaData.ABI instead.
var Klaster7702AccountABI = Klaster7702AccountMetaData.ABI

// Klaster7702AccountBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use Klaster7702AccountMetaData.Bin instead.
var Klaster7702AccountBin = Klaster7702AccountMetaData.Bin

// DeployKlaster7702Account deploys a new Ethereum contract, binding an instance of Klaster7702Account to it.
func DeployKlaster7702Account(auth *bind.TransactOpts, backend bind.ContractBackend, anEntryPoint common.Address, aValidator common.Address) (common.Address, *types.Transaction, *Klaster7702Account, error) {
	parsed, err := Klaster7702AccountMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(Klaster7702AccountBin), backend, anEntryPoint, aValidator)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Klaster7702Account{Klaster7702AccountCaller: Klaster7702AccountCaller{contract: contract}, Klaster7702AccountTransactor: Klaster7702AccountTransactor{contract: contract}, Klaster7702AccountFilterer: Klaster7702AccountFilterer{contract: contract}}, nil
}

// Klaster7702Account is an auto generated Go binding around an Ethereum contract.
type Klaster7702Account struct {
	Klaster7702AccountCaller     // Read-only binding to the contract
	Klaster7702AccountTransactor // Write-only binding to the contract
	Klaster7702AccountFilterer   // Log filterer for contract events
}

// Klaster7702AccountCaller is an auto generated read-only Go binding around an Ethereum contract.
type Klaster7702AccountCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Klaster7702AccountTransactor is an auto generated write-only Go binding around an Ethereum contract.
type Klaster7702AccountTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Klaster7702AccountFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type Klaster7702AccountFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// Klaster7702AccountSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type Klaster7702AccountSession struct {
	Contract     *Klaster7702Account // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// Klaster7702AccountCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type Klaster7702AccountCallerSession struct {
	Contract *Klaster7702AccountCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// Klaster7702AccountTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type Klaster7702AccountTransactorSession struct {
	Contract     *Klaster7702AccountTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// Klaster7702AccountRaw is an auto generated low-level Go binding around an Ethereum contract.
type Klaster7702AccountRaw struct {
	Contract *Klaster7702Account // Generic contract binding to access the raw methods on
}

// Klaster7702AccountCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type Klaster7702AccountCallerRaw struct {
	Contract *Klaster7702AccountCaller // Generic read-only contract binding to access the raw methods on
}

// Klaster7702AccountTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type Klaster7702AccountTransactorRaw struct {
	Contract *Klaster7702AccountTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKlaster7702Account creates a new instance of Klaster7702Account, bound to a specific deployed contract.
func NewKlaster7702Account(address common.Address, backend bind.ContractBackend) (*Klaster7702Account, error) {
	contract, err := bindKlaster7702Account(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Klaster7702Account{Klaster7702AccountCaller: Klaster7702AccountCaller{contract: contract}, Klaster7702AccountTransactor: Klaster7702AccountTransactor{contract: contract}, Klaster7702AccountFilterer: Klaster7702AccountFilterer{contract: contract}}, nil
}

// NewKlaster7702AccountCaller creates a new read-only instance of Klaster7702Account, bound to a specific deployed contract.
func NewKlaster7702AccountCaller(address common.Address, caller bind.ContractCaller) (*Klaster7702AccountCaller, error) {
	contract, err := bindKlaster7702Account(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Klaster7702AccountCaller{contract: contract}, nil
}

// NewKlaster7702AccountTransactor creates a new write-only instance of Klaster7702Account, bound to a specific deployed contract.
func NewKlaster7702AccountTransactor(address common.Address, transactor bind.ContractTransactor) (*Klaster7702AccountTransactor, error) {
	contract, err := bindKlaster7702Account(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &Klaster7702AccountTransactor{contract: contract}, nil
}

// NewKlaster7702AccountFilterer creates a new log filterer instance of Klaster7702Account, bound to a specific deployed contract.
func NewKlaster7702AccountFilterer(address common.Address, filterer bind.ContractFilterer) (*Klaster7702AccountFilterer, error) {
	contract, err := bindKlaster7702Account(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &Klaster7702AccountFilterer{contract: contract}, nil
}

// bindKlaster7702Account binds a generic wrapper to an already deployed contract.
func bindKlaster7702Account(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := Klaster7702AccountMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Klaster7702Account *Klaster7702AccountRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Klaster7702Account.Contract.Klaster7702AccountCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Klaster7702Account *Klaster7702AccountRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.Klaster7702AccountTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Klaster7702Account *Klaster7702AccountRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.Klaster7702AccountTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Klaster7702Account *Klaster7702AccountCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Klaster7702Account.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Klaster7702Account *Klaster7702AccountTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Klaster7702Account *Klaster7702AccountTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.contract.Transact(opts, method, params...)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_Klaster7702Account *Klaster7702AccountCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Klaster7702Account.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_Klaster7702Account *Klaster7702AccountSession) EntryPoint() (common.Address, error) {
	return _Klaster7702Account.Contract.EntryPoint(&_Klaster7702Account.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_Klaster7702Account *Klaster7702AccountCallerSession) EntryPoint() (common.Address, error) {
	return _Klaster7702Account.Contract.EntryPoint(&_Klaster7702Account.CallOpts)
}

// GetNonce is a free data retrieval call binding the contract method 0xd087d288.
//
// Solidity: function getNonce() view returns(uint256)
func (_Klaster7702Account *Klaster7702AccountCaller) GetNonce(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Klaster7702Account.contract.Call(opts, &out, "getNonce")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetNonce is a free data retrieval call binding the contract method 0xd087d288.
//
// Solidity: function getNonce() view returns(uint256)
func (_Klaster7702Account *Klaster7702AccountSession) GetNonce() (*big.Int, error) {
	return _Klaster7702Account.Contract.GetNonce(&_Klaster7702Account.CallOpts)
}

// GetNonce is a free data retrieval call binding the contract method 0xd087d288.
//
// Solidity: function getNonce() view returns(uint256)
func (_Klaster7702Account *Klaster7702AccountCallerSession) GetNonce() (*big.Int, error) {
	return _Klaster7702Account.Contract.GetNonce(&_Klaster7702Account.CallOpts)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_Klaster7702Account *Klaster7702AccountCaller) IsValidSignature(opts *bind.CallOpts, hash [32]byte, signature []byte) ([4]byte, error) {
	var out []interface{}
	err := _Klaster7702Account.contract.Call(opts, &out, "isValidSignature", hash, signature)

	if err != nil {
		return *new([4]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)

	return out0, err

}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_Klaster7702Account *Klaster7702AccountSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _Klaster7702Account.Contract.IsValidSignature(&_Klaster7702Account.CallOpts, hash, signature)
}

// IsValidSignature is a free data retrieval call binding the contract method 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 hash, bytes signature) view returns(bytes4)
func (_Klaster7702Account *Klaster7702AccountCallerSession) IsValidSignature(hash [32]byte, signature []byte) ([4]byte, error) {
	return _Klaster7702Account.Contract.IsValidSignature(&_Klaster7702Account.CallOpts, hash, signature)
}

// Validator is a free data retrieval call binding the contract method 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (_Klaster7702Account *Klaster7702AccountCaller) Validator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Klaster7702Account.contract.Call(opts, &out, "validator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Validator is a free data retrieval call binding the contract method 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (_Klaster7702Account *Klaster7702AccountSession) Validator() (common.Address, error) {
	return _Klaster7702Account.Contract.Validator(&_Klaster7702Account.CallOpts)
}

// Validator is a free data retrieval call binding the contract method 0x3a5381b5.
//
// Solidity: function validator() view returns(address)
func (_Klaster7702Account *Klaster7702AccountCallerSession) Validator() (common.Address, error) {
	return _Klaster7702Account.Contract.Validator(&_Klaster7702Account.CallOpts)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) returns()
func (_Klaster7702Account *Klaster7702AccountTransactor) Execute(opts *bind.TransactOpts, target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _Klaster7702Account.contract.Transact(opts, "execute", target, value, data)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) returns()
func (_Klaster7702Account *Klaster7702AccountSession) Execute(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.Execute(&_Klaster7702Account.TransactOpts, target, value, data)
}

// Execute is a paid mutator transaction binding the contract method 0xb61d27f6.
//
// Solidity: function execute(address target, uint256 value, bytes data) returns()
func (_Klaster7702Account *Klaster7702AccountTransactorSession) Execute(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.Execute(&_Klaster7702Account.TransactOpts, target, value, data)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_Klaster7702Account *Klaster7702AccountTransactor) ExecuteBatch(opts *bind.TransactOpts, calls []KlasterAccountBaseCall) (*types.Transaction, error) {
	return _Klaster7702Account.contract.Transact(opts, "executeBatch", calls)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_Klaster7702Account *Klaster7702AccountSession) ExecuteBatch(calls []KlasterAccountBaseCall) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.ExecuteBatch(&_Klaster7702Account.TransactOpts, calls)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_Klaster7702Account *Klaster7702AccountTransactorSession) ExecuteBatch(calls []KlasterAccountBaseCall) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.ExecuteBatch(&_Klaster7702Account.TransactOpts, calls)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 missingAccountFunds) returns(uint256 validationData)
func (_Klaster7702Account *Klaster7702AccountTransactor) ValidateUserOp(opts *bind.TransactOpts, userOp PackedUserOperation, userOpHash [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _Klaster7702Account.contract.Transact(opts, "validateUserOp", userOp, userOpHash, missingAccountFunds)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 missingAccountFunds) returns(uint256 validationData)
func (_Klaster7702Account *Klaster7702AccountSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.ValidateUserOp(&_Klaster7702Account.TransactOpts, userOp, userOpHash, missingAccountFunds)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x19822f7c.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash, uint256 missingAccountFunds) returns(uint256 validationData)
func (_Klaster7702Account *Klaster7702AccountTransactorSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte, missingAccountFunds *big.Int) (*types.Transaction, error) {
	return _Klaster7702Account.Contract.ValidateUserOp(&_Klaster7702Account.TransactOpts, userOp, userOpHash, missingAccountFunds)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Klaster7702Account *Klaster7702AccountTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Klaster7702Account.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Klaster7702Account *Klaster7702AccountSession) Receive() (*types.Transaction, error) {
	return _Klaster7702Account.Contract.Receive(&_Klaster7702Account.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_Klaster7702Account *Klaster7702AccountTransactorSession) Receive() (*types.Transaction, error) {
	return _Klaster7702Account.Contract.Receive(&_Klaster7702Account.TransactOpts)
}

// KlasterAccountMetaData contains all meta data concerning the KlasterAccount contract.
var KlasterAccountMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"anEntryPoint\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"aValidator\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"error\",\"type\":\"bytes\"}],\"name\":\"ExecuteError\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFromEntryPoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"Unauthorized\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"contractIEntryPoint\",\"name\":\"entryPoint\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"validator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"KlasterAccountInitialized\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"internalType\":\"structKlasterAccountBase.Call[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getNonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"anOwner\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"missingAccountFunds\",\"type\":\"uint256\"}],\"name\":\"validateUserOp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"validationData\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161101f38038061101f83398101604081905261002e91610068565b6001600160a01b039182166080521660a0525f805460ff191660011790556100a0565b6001600160a01b0381168114610065575f5ffd5b50565b5f5f60408385031215610079575f5ffd5b825161008481610051565b602084015190925061009581610051565b809150509250929050565b60805160a051610f266100f95f395f818161013801528181610240015281816103780152818161069e015261073901525f818161018b015281816102dd015281816107700152818161080b01526108a60152610f265ff3fe60806040526004361061007c575f3560e01c8063b0d691fe1161004c578063b0d691fe1461017d578063b61d27f6146101af578063c4d66de8146101ce578063d087d288146101ed575f5ffd5b80631626ba7e1461008757806319822f7c146100dc57806334fcd5be146101095780633a5381b51461012a575f5ffd5b3661008357005b5f5ffd5b348015610092575f5ffd5b506100a66100a136600461095c565b610201565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020015b60405180910390f35b3480156100e7575f5ffd5b506100fb6100f63660046109a4565b6102c4565b6040519081526020016100d3565b348015610114575f5ffd5b506101286101233660046109f3565b610446565b005b348015610135575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100d3565b348015610188575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610158565b3480156101ba575f5ffd5b506101286101c9366004610a8c565b610566565b3480156101d9575f5ffd5b506101286101e8366004610ae2565b6105f2565b3480156101f8575f5ffd5b506100fb6107d4565b6040517ff551e2ee0000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063f551e2ee9061027b903390889088908890600401610b42565b602060405180830381865afa158015610296573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102ba9190610b81565b90505b9392505050565b5f3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461033b576040517f651e04d40000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6040517f9700320300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906397003203906103af9087908790600401610c20565b6020604051808303815f875af11580156103cb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ef9190610d8a565b905081156102bd576040515f90339084908381818185875af1925050503d805f8114610436576040519150601f19603f3d011682016040523d82523d5f602084013e61043b565b606091505b505050509392505050565b61044e61088e565b805f5b81811015610560573684848381811061046c5761046c610da1565b905060200281019061047e9190610dce565b90505f8061048f6020840184610ae2565b73ffffffffffffffffffffffffffffffffffffffff1660208401356104b76040860186610e0a565b6040516104c5929190610e6b565b5f6040518083038185875af1925050503d805f81146104ff576040519150601f19603f3d011682016040523d82523d5f602084013e610504565b606091505b509150915081610555578460010361051f5761051f8161090f565b83816040517f5a154675000000000000000000000000000000000000000000000000000000008152600401610332929190610ec6565b505050600101610451565b50505050565b61056e61088e565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051610598929190610e6b565b5f6040518083038185875af1925050503d805f81146105d2576040519150601f19603f3d011682016040523d82523d5f602084013e6105d7565b606091505b5091509150816105ea576105ea8161090f565b505050505050565b5f5460ff161561062e576040517f0dc149f000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055604051606082901b7fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016602082015273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636d61fe70906034016040516020818303038152906040526040518263ffffffff1660e01b81526004016106f39190610ede565b5f604051808303815f87803b15801561070a575f5ffd5b505af115801561071c573d5f5f3e3d5ffd5b505050508073ffffffffffffffffffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f4be8e6bd0704c17e18b6794afd15818f60a4940ecb432aea9baea407567fe3c760405160405180910390a450565b6040517f35567e1a0000000000000000000000000000000000000000000000000000000081523060048201525f60248201819052907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906335567e1a90604401602060405180830381865afa158015610865573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108899190610d8a565b905090565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015906108d45750333014155b1561090d576040517f8e4a23d6000000000000000000000000000000000000000000000000000000008152336004820152602401610332565b565b805160208201fd5b5f5f83601f840112610927575f5ffd5b50813567ffffffffffffffff81111561093e575f5ffd5b602083019150836020828501011115610955575f5ffd5b9250929050565b5f5f5f6040848603121561096e575f5ffd5b83359250602084013567ffffffffffffffff81111561098b575f5ffd5b61099786828701610917565b9497909650939450505050565b5f5f5f606084860312156109b6575f5ffd5b833567ffffffffffffffff8111156109cc575f5ffd5b840161012081870312156109de575f5ffd5b95602085013595506040909401359392505050565b5f5f60208385031215610a04575f5ffd5b823567ffffffffffffffff811115610a1a575f5ffd5b8301601f81018513610a2a575f5ffd5b803567ffffffffffffffff811115610a40575f5ffd5b8560208260051b8401011115610a54575f5ffd5b6020919091019590945092505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610a87575f5ffd5b919050565b5f5f5f5f60608587031215610a9f575f5ffd5b610aa885610a64565b935060208501359250604085013567ffffffffffffffff811115610aca575f5ffd5b610ad687828801610917565b95989497509550505050565b5f60208284031215610af2575f5ffd5b6102bd82610a64565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f610b77606083018486610afb565b9695505050505050565b5f60208284031215610b91575f5ffd5b81517fffffffff00000000000000000000000000000000000000000000000000000000811681146102bd575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610bf3575f5ffd5b830160208101925035905067ffffffffffffffff811115610c12575f5ffd5b803603821315610955575f5ffd5b60408152610c4e60408201610c3485610a64565b73ffffffffffffffffffffffffffffffffffffffff169052565b602083013560608201525f610c666040850185610bc0565b6101206080850152610c7d61016085018284610afb565b915050610c8d6060860186610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08584030160a0860152610cc2838284610afb565b608088013560c08781019190915260a089013560e08089019190915290890135610100880152909350610cfa92508701905086610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610120860152610d30838284610afb565b92505050610d42610100860186610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610140860152610d78838284610afb565b93505050508260208301529392505050565b5f60208284031215610d9a575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1833603018112610e00575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610e3d575f5ffd5b83018035915067ffffffffffffffff821115610e57575f5ffd5b602001915036819003821315610955575f5ffd5b818382375f9101908152919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b828152604060208201525f6102ba6040830184610e7a565b602081525f6102bd6020830184610e7a56fea2646970667358221220db057f347e6354851ceb4ae8f8eaaac71504006d11b39807710f75a2adb70ab864736f6c634300081c0033",
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
func (_KlasterAccount *KlasterAccountTransactor) ExecuteBatch(opts *bind.TransactOpts, calls []KlasterAccountBaseCall) (*types.Transaction, error) {
	return _KlasterAccount.contract.Transact(opts, "executeBatch", calls)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_KlasterAccount *KlasterAccountSession) ExecuteBatch(calls []KlasterAccountBaseCall) (*types.Transaction, error) {
	return _KlasterAccount.Contract.ExecuteBatch(&_KlasterAccount.TransactOpts, calls)
}

// ExecuteBatch is a paid mutator transaction binding the contract method 0x34fcd5be.
//
// Solidity: function executeBatch((address,uint256,bytes)[] calls) returns()
func (_KlasterAccount *KlasterAccountTransactorSession) ExecuteBatch(calls []KlasterAccountBaseCall) (*types.Transaction, error) {
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
	Bin: "0x60c060405234801561000f575f5ffd5b50604051611bc7380380611bc783398101604081905261002e9161013c565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b610065816100c9565b506001600160a01b03831660a0526040518390839061008390610118565b6001600160a01b03928316815291166020820152604001604051809103905ff0801580156100b3573d5f5f3e3d5ffd5b506001600160a01b031660805250610186915050565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b61101f80610ba883390190565b6001600160a01b0381168114610139575f5ffd5b50565b5f5f5f6060848603121561014e575f5ffd5b835161015981610125565b602085015190935061016a81610125565b604085015190925061017b81610125565b809150509250925092565b60805160a0516109d16101d75f395f81816101ca0152818161027401528181610552015261061a01525f818160e2015281816102e9015281816103c101528181610413015261051c01526109d15ff3fe6080604052600436106100b8575f3560e01c80638cb84e1811610071578063bb9fe6bf1161004c578063bb9fe6bf146101ee578063c23a5cea14610202578063f2fde38b14610221575f5ffd5b80638cb84e18146101745780638da5cb5b14610193578063b0d691fe146101bc575f5ffd5b80633a5381b5116100a15780633a5381b51461012d5780635fbfb9cf14610141578063715018a614610160575f5ffd5b80630396cb60146100bc57806311464fbe146100d1575b5f5ffd5b6100cf6100ca3660046108f7565b610240565b005b3480156100dc575f5ffd5b506101047f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200160405180910390f35b348015610138575f5ffd5b506101046102e6565b34801561014c575f5ffd5b5061010461015b36600461093b565b610379565b34801561016b575f5ffd5b506100cf6104c1565b34801561017f575f5ffd5b5061010461018e36600461093b565b6104d4565b34801561019e575f5ffd5b505f5473ffffffffffffffffffffffffffffffffffffffff16610104565b3480156101c7575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610104565b3480156101f9575f5ffd5b506100cf610548565b34801561020d575f5ffd5b506100cf61021c366004610965565b6105cd565b34801561022c575f5ffd5b506100cf61023b366004610965565b610674565b6040517f0396cb6000000000000000000000000000000000000000000000000000000000815263ffffffff821660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690630396cb609034906024015f604051808303818588803b1580156102cc575f5ffd5b505af11580156102de573d5f5f3e3d5ffd5b505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16633a5381b56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610350573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103749190610980565b905090565b6040805173ffffffffffffffffffffffffffffffffffffffff8416602080830191909152818301849052825180830384018152606090920190925280519101205f905f6103e67f0000000000000000000000000000000000000000000000000000000000000000836106dc565b905073ffffffffffffffffffffffffffffffffffffffff81163b1561040e5791506104bb9050565b6104387f000000000000000000000000000000000000000000000000000000000000000083610751565b6040517fc4d66de800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff87811660048301529194509084169063c4d66de8906024015f604051808303815f87803b1580156104a2575f5ffd5b505af11580156104b4573d5f5f3e3d5ffd5b5050505050505b92915050565b6104c961075d565b6104d25f6107af565b565b6040805173ffffffffffffffffffffffffffffffffffffffff8416602080830191909152818301849052825180830384018152606090920190925280519101205f90610541907f0000000000000000000000000000000000000000000000000000000000000000906106dc565b9392505050565b61055061075d565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663bb9fe6bf6040518163ffffffff1660e01b81526004015f604051808303815f87803b1580156105b5575f5ffd5b505af11580156105c7573d5f5f3e3d5ffd5b50505050565b6105d561075d565b6040517fc23a5cea00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063c23a5cea906024015f604051808303815f87803b15801561065b575f5ffd5b505af115801561066d573d5f5f3e3d5ffd5b5050505050565b61067c61075d565b73ffffffffffffffffffffffffffffffffffffffff81166106d0576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f60048201526024015b60405180910390fd5b6106d9816107af565b50565b6040513060388201526f5af43d82803e903d91602b57fd5bf3ff602482015260148101839052733d602d80600a3d3981f3363d3d373d3d3d363d738152605881018290526037600c820120607882015260556043909101205f9073ffffffffffffffffffffffffffffffffffffffff16610541565b5f61054183835f610823565b5f5473ffffffffffffffffffffffffffffffffffffffff1633146104d2576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016106c7565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f81471015610867576040517fcf479181000000000000000000000000000000000000000000000000000000008152476004820152602481018390526044016106c7565b763d602d80600a3d3981f3363d3d373d3d3d363d730000008460601b60e81c175f526e5af43d82803e903d91602b57fd5bf38460781b17602052826037600984f5905073ffffffffffffffffffffffffffffffffffffffff8116610541576040517fb06ebf3d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60208284031215610907575f5ffd5b813563ffffffff81168114610541575f5ffd5b73ffffffffffffffffffffffffffffffffffffffff811681146106d9575f5ffd5b5f5f6040838503121561094c575f5ffd5b82356109578161091a565b946020939093013593505050565b5f60208284031215610975575f5ffd5b81356105418161091a565b5f60208284031215610990575f5ffd5b81516105418161091a56fea2646970667358221220be9bbfd088dd9a966c1939463369bf770c866cf9fb4650e39e626751a0f1ead264736f6c634300081c003360c060405234801561000f575f5ffd5b5060405161101f38038061101f83398101604081905261002e91610068565b6001600160a01b039182166080521660a0525f805460ff191660011790556100a0565b6001600160a01b0381168114610065575f5ffd5b50565b5f5f60408385031215610079575f5ffd5b825161008481610051565b602084015190925061009581610051565b809150509250929050565b60805160a051610f266100f95f395f818161013801528181610240015281816103780152818161069e015261073901525f818161018b015281816102dd015281816107700152818161080b01526108a60152610f265ff3fe60806040526004361061007c575f3560e01c8063b0d691fe1161004c578063b0d691fe1461017d578063b61d27f6146101af578063c4d66de8146101ce578063d087d288146101ed575f5ffd5b80631626ba7e1461008757806319822f7c146100dc57806334fcd5be146101095780633a5381b51461012a575f5ffd5b3661008357005b5f5ffd5b348015610092575f5ffd5b506100a66100a136600461095c565b610201565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020015b60405180910390f35b3480156100e7575f5ffd5b506100fb6100f63660046109a4565b6102c4565b6040519081526020016100d3565b348015610114575f5ffd5b506101286101233660046109f3565b610446565b005b348015610135575f5ffd5b507f00000000000000000000000000000000000000000000000000000000000000005b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100d3565b348015610188575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610158565b3480156101ba575f5ffd5b506101286101c9366004610a8c565b610566565b3480156101d9575f5ffd5b506101286101e8366004610ae2565b6105f2565b3480156101f8575f5ffd5b506100fb6107d4565b6040517ff551e2ee0000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063f551e2ee9061027b903390889088908890600401610b42565b602060405180830381865afa158015610296573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102ba9190610b81565b90505b9392505050565b5f3373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461033b576040517f651e04d40000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6040517f9700320300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906397003203906103af9087908790600401610c20565b6020604051808303815f875af11580156103cb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103ef9190610d8a565b905081156102bd576040515f90339084908381818185875af1925050503d805f8114610436576040519150601f19603f3d011682016040523d82523d5f602084013e61043b565b606091505b505050509392505050565b61044e61088e565b805f5b81811015610560573684848381811061046c5761046c610da1565b905060200281019061047e9190610dce565b90505f8061048f6020840184610ae2565b73ffffffffffffffffffffffffffffffffffffffff1660208401356104b76040860186610e0a565b6040516104c5929190610e6b565b5f6040518083038185875af1925050503d805f81146104ff576040519150601f19603f3d011682016040523d82523d5f602084013e610504565b606091505b509150915081610555578460010361051f5761051f8161090f565b83816040517f5a154675000000000000000000000000000000000000000000000000000000008152600401610332929190610ec6565b505050600101610451565b50505050565b61056e61088e565b5f5f8573ffffffffffffffffffffffffffffffffffffffff16858585604051610598929190610e6b565b5f6040518083038185875af1925050503d805f81146105d2576040519150601f19603f3d011682016040523d82523d5f602084013e6105d7565b606091505b5091509150816105ea576105ea8161090f565b505050505050565b5f5460ff161561062e576040517f0dc149f000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055604051606082901b7fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016602082015273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636d61fe70906034016040516020818303038152906040526040518263ffffffff1660e01b81526004016106f39190610ede565b5f604051808303815f87803b15801561070a575f5ffd5b505af115801561071c573d5f5f3e3d5ffd5b505050508073ffffffffffffffffffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff167f4be8e6bd0704c17e18b6794afd15818f60a4940ecb432aea9baea407567fe3c760405160405180910390a450565b6040517f35567e1a0000000000000000000000000000000000000000000000000000000081523060048201525f60248201819052907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906335567e1a90604401602060405180830381865afa158015610865573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108899190610d8a565b905090565b3373ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015906108d45750333014155b1561090d576040517f8e4a23d6000000000000000000000000000000000000000000000000000000008152336004820152602401610332565b565b805160208201fd5b5f5f83601f840112610927575f5ffd5b50813567ffffffffffffffff81111561093e575f5ffd5b602083019150836020828501011115610955575f5ffd5b9250929050565b5f5f5f6040848603121561096e575f5ffd5b83359250602084013567ffffffffffffffff81111561098b575f5ffd5b61099786828701610917565b9497909650939450505050565b5f5f5f606084860312156109b6575f5ffd5b833567ffffffffffffffff8111156109cc575f5ffd5b840161012081870312156109de575f5ffd5b95602085013595506040909401359392505050565b5f5f60208385031215610a04575f5ffd5b823567ffffffffffffffff811115610a1a575f5ffd5b8301601f81018513610a2a575f5ffd5b803567ffffffffffffffff811115610a40575f5ffd5b8560208260051b8401011115610a54575f5ffd5b6020919091019590945092505050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610a87575f5ffd5b919050565b5f5f5f5f60608587031215610a9f575f5ffd5b610aa885610a64565b935060208501359250604085013567ffffffffffffffff811115610aca575f5ffd5b610ad687828801610917565b95989497509550505050565b5f60208284031215610af2575f5ffd5b6102bd82610a64565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b73ffffffffffffffffffffffffffffffffffffffff85168152836020820152606060408201525f610b77606083018486610afb565b9695505050505050565b5f60208284031215610b91575f5ffd5b81517fffffffff00000000000000000000000000000000000000000000000000000000811681146102bd575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610bf3575f5ffd5b830160208101925035905067ffffffffffffffff811115610c12575f5ffd5b803603821315610955575f5ffd5b60408152610c4e60408201610c3485610a64565b73ffffffffffffffffffffffffffffffffffffffff169052565b602083013560608201525f610c666040850185610bc0565b6101206080850152610c7d61016085018284610afb565b915050610c8d6060860186610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc08584030160a0860152610cc2838284610afb565b608088013560c08781019190915260a089013560e08089019190915290890135610100880152909350610cfa92508701905086610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610120860152610d30838284610afb565b92505050610d42610100860186610bc0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc085840301610140860152610d78838284610afb565b93505050508260208301529392505050565b5f60208284031215610d9a575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1833603018112610e00575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610e3d575f5ffd5b83018035915067ffffffffffffffff821115610e57575f5ffd5b602001915036819003821315610955575f5ffd5b818382375f9101908152919050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b828152604060208201525f6102ba6040830184610e7a565b602081525f6102bd6020830184610e7a56fea2646970667358221220db057f347e6354851ceb4ae8f8eaaac71504006d11b39807710f75a2adb70ab864736f6c634300081c0033",
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"}],\"name\":\"Executed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnerSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MEE_V1_PREFIX\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"}],\"name\":\"executedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"smartAccount\",\"type\":\"address\"}],\"name\":\"isInitialized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"moduleTypeId\",\"type\":\"uint256\"}],\"name\":\"isModuleType\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"isValidSignatureWithSender\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"onInstall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onUninstall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"}],\"name\":\"validateUserOp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506110f28061001c5f395ff3fe608060405260043610610093575f3560e01c8063c2c113e811610066578063df437ea01161004c578063df437ea014610214578063ecd0596114610261578063f551e2ee14610281575f5ffd5b8063c2c113e81461015a578063d60b347f146101be575f5ffd5b8063666e1b39146100975780636d61fe70146101055780638a91b0e31461011a578063970032031461012d575b5f5ffd5b3480156100a2575f5ffd5b506100db6100b1366004610cc4565b73ffffffffffffffffffffffffffffffffffffffff9081165f908152602081905260409020541690565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b610118610113366004610d22565b6102a0565b005b610118610128366004610d22565b61040d565b348015610138575f5ffd5b5061014c610147366004610d61565b61046f565b6040519081526020016100fc565b348015610165575f5ffd5b5061018d7f177eee000000000000000000000000000000000000000000000000000000000081565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020016100fc565b3480156101c9575f5ffd5b506102046101d8366004610cc4565b73ffffffffffffffffffffffffffffffffffffffff9081165f9081526020819052604090205416151590565b60405190151581526020016100fc565b34801561021f575f5ffd5b5061014c61022e366004610da8565b5f90815260016020908152604080832073ffffffffffffffffffffffffffffffffffffffff949094168352929052205490565b34801561026c575f5ffd5b5061020461027b366004610dc2565b60011490565b34801561028c575f5ffd5b5061018d61029b366004610dd9565b610552565b335f9081526020819052604090205473ffffffffffffffffffffffffffffffffffffffff1615610302576040517f93360fbf00000000000000000000000000000000000000000000000000000000815233600482015260240160405180910390fd5b601481101561033d576040517f49e27cff00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61034b6014828486610e2f565b61035491610e56565b60601c905080610390576040517f49e27cff00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526020819052604080822080547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff861690811790915590519092917f342827c97908e5e2f71151c08502a66d44b6f758e3ac2f1de95f02eb95f0a73591a3505050565b335f8181526020819052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055519091907f342827c97908e5e2f71151c08502a66d44b6f758e3ac2f1de95f02eb95f0a735908390a35050565b5f5f61047a33610671565b9050365f61048c610100870187610ebc565b9150915061049a82826106a5565b1561052d575f85815260016020818152604080842033808652925280842092909255905187927f71ed0a768275994af299aae0bbf451857ec497f011f4efb5d42d76a1075b461b91a35f80806104fd6104f68560048189610e2f565b8a89610714565b92509250925082610517576001965050505050505061054c565b60a01b60d09190911b17945061054c9350505050565b61053983868484610899565b610544576001610546565b5f5b93505050505b92915050565b5f5f61055d33610671565b905061056984846106a5565b1561060d575f8080610588610581876004818b610e2f565b8a87610714565b92509250925082158061059a57508142105b806105ae575080158015906105ae57508042115b156105e057507fffffffff00000000000000000000000000000000000000000000000000000000935061066992505050565b507f1626ba7e00000000000000000000000000000000000000000000000000000000935061066992505050565b61061981868686610899565b610643577fffffffff00000000000000000000000000000000000000000000000000000000610665565b7f1626ba7e000000000000000000000000000000000000000000000000000000005b9150505b949350505050565b73ffffffffffffffffffffffffffffffffffffffff8082165f9081526020819052604090205416806106a05750805b919050565b5f6004821080159061070d57507f177eee00000000000000000000000000000000000000000000000000000000006106e060045f8587610e2f565b6106e991610f1d565b7fffffffff0000000000000000000000000000000000000000000000000000000016145b9392505050565b5f808060a086101561072d57505f91508190508061088f565b61073b60406020888a610e2f565b61074491610f82565b915061075460606040888a610e2f565b61075d91610f82565b905065ffffffffffff821180610778575065ffffffffffff81115b1561078a57505f91508190508061088f565b5f610798602082898b610e2f565b6107a191610f82565b6040805160208101899052908101859052606081018490529091505f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905061082089898484610a3e565b610834575f5f5f945094509450505061088f565b5f5f5f6108458c8c60806001610a76565b92509250925082610863575f5f5f975097509750505050505061088f565b61088789868e858f6108758783610feb565b9261088293929190610e2f565b610899565b975050505050505b9450945094915050565b5f73ffffffffffffffffffffffffffffffffffffffff851615806108be575060418214155b156108ca57505f610669565b5f6108d86020828587610e2f565b6108e191610f82565b90505f6108f2604060208688610e2f565b6108fb91610f82565b90505f8585604081811061091157610911610ffe565b919091013560f81c915050601b81101561093357610930601b8261102b565b90505b7f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f908152601c889052603c8120819061096f90848787610b2e565b5090925090505f81600381111561098857610988611044565b1480156109c057508973ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16145b156109d357600195505050505050610669565b6109df89848787610b2e565b5090925090505f8160038111156109f8576109f8611044565b148015610a3057508973ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16145b9a9950505050505050505050565b5f5f5f5f610a50888860606020610a76565b92509250925082610a66575f9350505050610669565b87820181610a3082828a8a610c1d565b5f808080878688610a88826020610feb565b92610a9593929190610e2f565b610a9e91610f82565b9050610aab602088611071565b811115610ac1575f5f5f9350935093505061088f565b878188610acf826020610feb565b92610adc93929190610e2f565b610ae591610f82565b9150610af2816020610feb565b925084610aff8489611071565b610b099190611084565b821115610b1f575f5f5f9350935093505061088f565b60019350509450945094915050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610b6757505f9150600390508261088f565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610bb8573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610c0e57505f92506001915082905061088f565b975f9750879650945050505050565b5f82610c2a868685610c34565b1495945050505050565b5f81815b84811015610c6c57610c6282878784818110610c5657610c56610ffe565b90506020020135610c75565b9150600101610c38565b50949350505050565b5f818310610c8f575f82815260208490526040902061070d565b5f83815260208390526040902061070d565b803573ffffffffffffffffffffffffffffffffffffffff811681146106a0575f5ffd5b5f60208284031215610cd4575f5ffd5b61070d82610ca1565b5f5f83601f840112610ced575f5ffd5b50813567ffffffffffffffff811115610d04575f5ffd5b602083019150836020828501011115610d1b575f5ffd5b9250929050565b5f5f60208385031215610d33575f5ffd5b823567ffffffffffffffff811115610d49575f5ffd5b610d5585828601610cdd565b90969095509350505050565b5f5f60408385031215610d72575f5ffd5b823567ffffffffffffffff811115610d88575f5ffd5b83016101208186031215610d9a575f5ffd5b946020939093013593505050565b5f5f60408385031215610db9575f5ffd5b610d9a83610ca1565b5f60208284031215610dd2575f5ffd5b5035919050565b5f5f5f5f60608587031215610dec575f5ffd5b610df585610ca1565b935060208501359250604085013567ffffffffffffffff811115610e17575f5ffd5b610e2387828801610cdd565b95989497509550505050565b5f5f85851115610e3d575f5ffd5b83861115610e49575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015610eb5577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610eef575f5ffd5b83018035915067ffffffffffffffff821115610f09575f5ffd5b602001915036819003821315610d1b575f5ffd5b80357fffffffff000000000000000000000000000000000000000000000000000000008116906004841015610eb5577fffffffff00000000000000000000000000000000000000000000000000000000808560040360031b1b82161691505092915050565b8035602083101561054c577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561054c5761054c610fbe565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b60ff818116838216019081111561054c5761054c610fbe565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8181038181111561054c5761054c610fbe565b5f826110b7577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea2646970667358221220803f69a0780305f6d94e266400601cc6dd747412e4b12fb3c505d68dbd4584f964736f6c634300081c0033",
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

// ExecutedAt is a free data retrieval call binding the contract method 0xdf437ea0.
//
// Solidity: function executedAt(address sender, bytes32 userOpHash) view returns(uint256)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCaller) ExecutedAt(opts *bind.CallOpts, sender common.Address, userOpHash [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _KlasterMerkleValidator.contract.Call(opts, &out, "executedAt", sender, userOpHash)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ExecutedAt is a free data retrieval call binding the contract method 0xdf437ea0.
//
// Solidity: function executedAt(address sender, bytes32 userOpHash) view returns(uint256)
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) ExecutedAt(sender common.Address, userOpHash [32]byte) (*big.Int, error) {
	return _KlasterMerkleValidator.Contract.ExecutedAt(&_KlasterMerkleValidator.CallOpts, sender, userOpHash)
}

// ExecutedAt is a free data retrieval call binding the contract method 0xdf437ea0.
//
// Solidity: function executedAt(address sender, bytes32 userOpHash) view returns(uint256)
func (_KlasterMerkleValidator *KlasterMerkleValidatorCallerSession) ExecutedAt(sender common.Address, userOpHash [32]byte) (*big.Int, error) {
	return _KlasterMerkleValidator.Contract.ExecutedAt(&_KlasterMerkleValidator.CallOpts, sender, userOpHash)
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

// ValidateUserOp is a paid mutator transaction binding the contract method 0x97003203.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash) returns(uint256)
func (_KlasterMerkleValidator *KlasterMerkleValidatorTransactor) ValidateUserOp(opts *bind.TransactOpts, userOp PackedUserOperation, userOpHash [32]byte) (*types.Transaction, error) {
	return _KlasterMerkleValidator.contract.Transact(opts, "validateUserOp", userOp, userOpHash)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x97003203.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash) returns(uint256)
func (_KlasterMerkleValidator *KlasterMerkleValidatorSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.ValidateUserOp(&_KlasterMerkleValidator.TransactOpts, userOp, userOpHash)
}

// ValidateUserOp is a paid mutator transaction binding the contract method 0x97003203.
//
// Solidity: function validateUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 userOpHash) returns(uint256)
func (_KlasterMerkleValidator *KlasterMerkleValidatorTransactorSession) ValidateUserOp(userOp PackedUserOperation, userOpHash [32]byte) (*types.Transaction, error) {
	return _KlasterMerkleValidator.Contract.ValidateUserOp(&_KlasterMerkleValidator.TransactOpts, userOp, userOpHash)
}

// KlasterMerkleValidatorExecutedIterator is returned from FilterExecuted and is used to iterate over the raw logs and unpacked data for Executed events raised by the KlasterMerkleValidator contract.
type KlasterMerkleValidatorExecutedIterator struct {
	Event *KlasterMerkleValidatorExecuted // Event containing the contract specifics and raw log

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
func (it *KlasterMerkleValidatorExecutedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterMerkleValidatorExecuted)
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
		it.Event = new(KlasterMerkleValidatorExecuted)
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
func (it *KlasterMerkleValidatorExecutedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterMerkleValidatorExecutedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterMerkleValidatorExecuted represents a Executed event raised by the KlasterMerkleValidator contract.
type KlasterMerkleValidatorExecuted struct {
	Account    common.Address
	UserOpHash [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterExecuted is a free log retrieval operation binding the contract event 0x71ed0a768275994af299aae0bbf451857ec497f011f4efb5d42d76a1075b461b.
//
// Solidity: event Executed(address indexed account, bytes32 indexed userOpHash)
func (_KlasterMerkleValidator *KlasterMerkleValidatorFilterer) FilterExecuted(opts *bind.FilterOpts, account []common.Address, userOpHash [][32]byte) (*KlasterMerkleValidatorExecutedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _KlasterMerkleValidator.contract.FilterLogs(opts, "Executed", accountRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return &KlasterMerkleValidatorExecutedIterator{contract: _KlasterMerkleValidator.contract, event: "Executed", logs: logs, sub: sub}, nil
}

// WatchExecuted is a free log subscription operation binding the contract event 0x71ed0a768275994af299aae0bbf451857ec497f011f4efb5d42d76a1075b461b.
//
// Solidity: event Executed(address indexed account, bytes32 indexed userOpHash)
func (_KlasterMerkleValidator *KlasterMerkleValidatorFilterer) WatchExecuted(opts *bind.WatchOpts, sink chan<- *KlasterMerkleValidatorExecuted, account []common.Address, userOpHash [][32]byte) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _KlasterMerkleValidator.contract.WatchLogs(opts, "Executed", accountRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterMerkleValidatorExecuted)
				if err := _KlasterMerkleValidator.contract.UnpackLog(event, "Executed", log); err != nil {
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

// ParseExecuted is a log parse operation binding the contract event 0x71ed0a768275994af299aae0bbf451857ec497f011f4efb5d42d76a1075b461b.
//
// Solidity: event Executed(address indexed account, bytes32 indexed userOpHash)
func (_KlasterMerkleValidator *KlasterMerkleValidatorFilterer) ParseExecuted(log types.Log) (*KlasterMerkleValidatorExecuted, error) {
	event := new(KlasterMerkleValidatorExecuted)
	if err := _KlasterMerkleValidator.contract.UnpackLog(event, "Executed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
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

// KlasterNodePaymasterMetaData contains all meta data concerning the KlasterNodePaymaster contract.
var KlasterNodePaymasterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"anEntryPoint\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"aSigner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"anOwner\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"anUnstakeDelay\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"NoPostOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotFromEntryPoint\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SPONSORSHIP_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryPoint\",\"outputs\":[{\"internalType\":\"contractIEntryPoint\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getDeposit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumIPaymaster.PostOpMode\",\"name\":\"\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"postOp\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"},{\"internalType\":\"uint48\",\"name\":\"validUntil\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"validAfter\",\"type\":\"uint48\"},{\"internalType\":\"bytes32\",\"name\":\"paymentRef\",\"type\":\"bytes32\"}],\"name\":\"sponsorshipHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unlockStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unstakeDelay\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"userOp\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"validatePaymasterUserOp\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"context\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"validationData\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"addresspayable\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516111ea3803806111ea83398101604081905261002f9161006e565b6001600160a01b0393841660805291831660a05290911660c05263ffffffff1660e0526100d2565b6001600160a01b038116811461006b575f5ffd5b50565b5f5f5f5f60808587031215610081575f5ffd5b845161008c81610057565b602086015190945061009d81610057565b60408601519093506100ae81610057565b606086015190925063ffffffff811681146100c7575f5ffd5b939692955090935050565b60805160a05160c05160e05161109f61014b5f395f818161016c015261061701525f81816102490152610ad501525f818161010f015261054901525f818161027c01528181610360015281816103d60152818161063e015281816106ec015281816107b4015281816108250152610a77015261109f5ff3fe6080604052600436106100d9575f3560e01c80638da5cb5b1161007c578063c23a5cea11610057578063c23a5cea146102b2578063c399ec88146102d1578063d024dc31146102e5578063d0e30db014610304575f5ffd5b80638da5cb5b14610238578063b0d691fe1461026b578063bb9fe6bf1461029e575f5ffd5b80634ccf33ff116100b75780634ccf33ff146101a357806352b7512c146101e45780635a627dbc146102115780637c627b2114610219575f5ffd5b8063205c2878146100dd578063238ac933146100fe5780633222012f1461015b575b5f5ffd5b3480156100e8575f5ffd5b506100fc6100f7366004610c90565b61030c565b005b348015610109575f5ffd5b506101317f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b348015610166575f5ffd5b5061018e7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610152565b3480156101ae575f5ffd5b506101d67ffa1f8faefd6a692eb7f67177826a40665594a80114fbf56d638f722bc245d0a181565b604051908152602001610152565b3480156101ef575f5ffd5b506102036101fe366004610cd1565b6103bb565b604051610152929190610d1b565b6100fc6105ea565b348015610224575f5ffd5b506100fc610233366004610d75565b6106b0565b348015610243575f5ffd5b506101317f000000000000000000000000000000000000000000000000000000000000000081565b348015610276575f5ffd5b506101317f000000000000000000000000000000000000000000000000000000000000000081565b3480156102a9575f5ffd5b506100fc6106e2565b3480156102bd575f5ffd5b506100fc6102cc366004610e09565b610767565b3480156102dc575f5ffd5b506101d66107f5565b3480156102f0575f5ffd5b506101d66102ff366004610e45565b6108a8565b6100fc610a49565b610314610abd565b6040517f205c287800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8381166004830152602482018390527f0000000000000000000000000000000000000000000000000000000000000000169063205c2878906044015f604051808303815f87803b1580156103a1575f5ffd5b505af11580156103b3573d5f5f3e3d5ffd5b505050505050565b60605f3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610434576040517f651e04d40000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b365f61044360e0880188610ea7565b9092509050610454606d6034610f0f565b811461047557505060408051602081019091525f81529150600190506105e2565b5f610484603a60348486610f4d565b61048d91610f74565b60d01c90505f6104a16040603a8587610f4d565b6104aa91610f74565b60d01c90505f6104be606060408688610f4d565b6104c791610fda565b90505f6104d68b8585856108a8565b90505f80610525836104ec60a160608b8d610f4d565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610b3092505050565b5090925090505f8082600381111561053f5761053f611016565b14158061059857507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff1614155b6105a2575f6105a5565b60015b905060d08665ffffffffffff16901b60a08865ffffffffffff16901b82171760405180602001604052805f815250909a509a505050505050505050505b935093915050565b6040517f0396cb6000000000000000000000000000000000000000000000000000000000815263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690630396cb609034906024015b5f604051808303818588803b158015610697575f5ffd5b505af11580156106a9573d5f5f3e3d5ffd5b5050505050565b6040517fd7fa401900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106ea610abd565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663bb9fe6bf6040518163ffffffff1660e01b81526004015f604051808303815f87803b15801561074f575f5ffd5b505af1158015610761573d5f5f3e3d5ffd5b50505050565b61076f610abd565b6040517fc23a5cea00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063c23a5cea906024015f604051808303815f87803b158015610697575f5ffd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906370a0823190602401602060405180830381865afa15801561087f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108a39190611043565b905090565b5f807ffa1f8faefd6a692eb7f67177826a40665594a80114fbf56d638f722bc245d0a146306108da60208a018a610e09565b60208a01356108ec60408c018c610ea7565b6040516108fa92919061105a565b60405190819003902061091060608d018d610ea7565b60405161091e92919061105a565b60408051918290038220602083019890985281019590955273ffffffffffffffffffffffffffffffffffffffff938416606086015292909116608084015260a083015260c082015260e081019190915261010001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152919052805160209091012090508060808701356109bd60e0890189610ea7565b6109cc91603491601491610f4d565b6109d591610fda565b604080516020810194909452830191909152606082015260a080880135608083015260c0808901359183019190915265ffffffffffff80881691830191909152851660e082015261010081018490526101200160405160208183030381529060405280519060200120915050949350505050565b6040517fb760faf90000000000000000000000000000000000000000000000000000000081523060048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b760faf9903490602401610680565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610b2e576040517f245aecd300000000000000000000000000000000000000000000000000000000815233600482015260240161042b565b565b5f5f5f8351604103610b67576020840151604085015160608601515f1a610b5988828585610b79565b955095509550505050610b72565b505081515f91506002905b9250925092565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610bb257505f91506003905082610c62565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610c03573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff8116610c5957505f925060019150829050610c62565b92505f91508190505b9450945094915050565b73ffffffffffffffffffffffffffffffffffffffff81168114610c8d575f5ffd5b50565b5f5f60408385031215610ca1575f5ffd5b8235610cac81610c6c565b946020939093013593505050565b5f6101208284031215610ccb575f5ffd5b50919050565b5f5f5f60608486031215610ce3575f5ffd5b833567ffffffffffffffff811115610cf9575f5ffd5b610d0586828701610cba565b9660208601359650604090950135949350505050565b604081525f83518060408401528060208601606085015e5f6060828501015260607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8301168401019150508260208301529392505050565b5f5f5f5f5f60808688031215610d89575f5ffd5b853560038110610d97575f5ffd5b9450602086013567ffffffffffffffff811115610db2575f5ffd5b8601601f81018813610dc2575f5ffd5b803567ffffffffffffffff811115610dd8575f5ffd5b886020828401011115610de9575f5ffd5b959860209190910197509495604081013595606090910135945092505050565b5f60208284031215610e19575f5ffd5b8135610e2481610c6c565b9392505050565b803565ffffffffffff81168114610e40575f5ffd5b919050565b5f5f5f5f60808587031215610e58575f5ffd5b843567ffffffffffffffff811115610e6e575f5ffd5b610e7a87828801610cba565b945050610e8960208601610e2b565b9250610e9760408601610e2b565b9396929550929360600135925050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112610eda575f5ffd5b83018035915067ffffffffffffffff821115610ef4575f5ffd5b602001915036819003821315610f08575f5ffd5b9250929050565b80820180821115610f47577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b92915050565b5f5f85851115610f5b575f5ffd5b83861115610f67575f5ffd5b5050820193919092039150565b80357fffffffffffff00000000000000000000000000000000000000000000000000008116906006841015610fd3577fffffffffffff0000000000000000000000000000000000000000000000000000808560060360031b1b82161691505b5092915050565b80356020831015610f47577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215611053575f5ffd5b5051919050565b818382375f910190815291905056fea2646970667358221220d8176443d615b79a8888f00c9eaa34709ce8b7220b4742256596b5760841556864736f6c634300081c0033",
}

// KlasterNodePaymasterABI is the input ABI used to generate the binding from.
// Deprecated: Use KlasterNodePaymasterMetaData.ABI instead.
var KlasterNodePaymasterABI = KlasterNodePaymasterMetaData.ABI

// KlasterNodePaymasterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KlasterNodePaymasterMetaData.Bin instead.
var KlasterNodePaymasterBin = KlasterNodePaymasterMetaData.Bin

// DeployKlasterNodePaymaster deploys a new Ethereum contract, binding an instance of KlasterNodePaymaster to it.
func DeployKlasterNodePaymaster(auth *bind.TransactOpts, backend bind.ContractBackend, anEntryPoint common.Address, aSigner common.Address, anOwner common.Address, anUnstakeDelay uint32) (common.Address, *types.Transaction, *KlasterNodePaymaster, error) {
	parsed, err := KlasterNodePaymasterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KlasterNodePaymasterBin), backend, anEntryPoint, aSigner, anOwner, anUnstakeDelay)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KlasterNodePaymaster{KlasterNodePaymasterCaller: KlasterNodePaymasterCaller{contract: contract}, KlasterNodePaymasterTransactor: KlasterNodePaymasterTransactor{contract: contract}, KlasterNodePaymasterFilterer: KlasterNodePaymasterFilterer{contract: contract}}, nil
}

// KlasterNodePaymaster is an auto generated Go binding around an Ethereum contract.
type KlasterNodePaymaster struct {
	KlasterNodePaymasterCaller     // Read-only binding to the contract
	KlasterNodePaymasterTransactor // Write-only binding to the contract
	KlasterNodePaymasterFilterer   // Log filterer for contract events
}

// KlasterNodePaymasterCaller is an auto generated read-only Go binding around an Ethereum contract.
type KlasterNodePaymasterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterNodePaymasterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KlasterNodePaymasterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterNodePaymasterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KlasterNodePaymasterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterNodePaymasterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KlasterNodePaymasterSession struct {
	Contract     *KlasterNodePaymaster // Generic contract binding to set the session for
	CallOpts     bind.CallOpts         // Call options to use throughout this session
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// KlasterNodePaymasterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KlasterNodePaymasterCallerSession struct {
	Contract *KlasterNodePaymasterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts               // Call options to use throughout this session
}

// KlasterNodePaymasterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KlasterNodePaymasterTransactorSession struct {
	Contract     *KlasterNodePaymasterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts               // Transaction auth options to use throughout this session
}

// KlasterNodePaymasterRaw is an auto generated low-level Go binding around an Ethereum contract.
type KlasterNodePaymasterRaw struct {
	Contract *KlasterNodePaymaster // Generic contract binding to access the raw methods on
}

// KlasterNodePaymasterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KlasterNodePaymasterCallerRaw struct {
	Contract *KlasterNodePaymasterCaller // Generic read-only contract binding to access the raw methods on
}

// KlasterNodePaymasterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KlasterNodePaymasterTransactorRaw struct {
	Contract *KlasterNodePaymasterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKlasterNodePaymaster creates a new instance of KlasterNodePaymaster, bound to a specific deployed contract.
func NewKlasterNodePaymaster(address common.Address, backend bind.ContractBackend) (*KlasterNodePaymaster, error) {
	contract, err := bindKlasterNodePaymaster(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KlasterNodePaymaster{KlasterNodePaymasterCaller: KlasterNodePaymasterCaller{contract: contract}, KlasterNodePaymasterTransactor: KlasterNodePaymasterTransactor{contract: contract}, KlasterNodePaymasterFilterer: KlasterNodePaymasterFilterer{contract: contract}}, nil
}

// NewKlasterNodePaymasterCaller creates a new read-only instance of KlasterNodePaymaster, bound to a specific deployed contract.
func NewKlasterNodePaymasterCaller(address common.Address, caller bind.ContractCaller) (*KlasterNodePaymasterCaller, error) {
	contract, err := bindKlasterNodePaymaster(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterNodePaymasterCaller{contract: contract}, nil
}

// NewKlasterNodePaymasterTransactor creates a new write-only instance of KlasterNodePaymaster, bound to a specific deployed contract.
func NewKlasterNodePaymasterTransactor(address common.Address, transactor bind.ContractTransactor) (*KlasterNodePaymasterTransactor, error) {
	contract, err := bindKlasterNodePaymaster(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterNodePaymasterTransactor{contract: contract}, nil
}

// NewKlasterNodePaymasterFilterer creates a new log filterer instance of KlasterNodePaymaster, bound to a specific deployed contract.
func NewKlasterNodePaymasterFilterer(address common.Address, filterer bind.ContractFilterer) (*KlasterNodePaymasterFilterer, error) {
	contract, err := bindKlasterNodePaymaster(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KlasterNodePaymasterFilterer{contract: contract}, nil
}

// bindKlasterNodePaymaster binds a generic wrapper to an already deployed contract.
func bindKlasterNodePaymaster(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KlasterNodePaymasterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterNodePaymaster *KlasterNodePaymasterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterNodePaymaster.Contract.KlasterNodePaymasterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterNodePaymaster *KlasterNodePaymasterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.KlasterNodePaymasterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterNodePaymaster *KlasterNodePaymasterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.KlasterNodePaymasterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterNodePaymaster.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.contract.Transact(opts, method, params...)
}

// SPONSORSHIPTAG is a free data retrieval call binding the contract method 0x4ccf33ff.
//
// Solidity: function SPONSORSHIP_TAG() view returns(bytes32)
func (_KlasterNodePaymaster *KlasterNodePaymasterCaller) SPONSORSHIPTAG(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _KlasterNodePaymaster.contract.Call(opts, &out, "SPONSORSHIP_TAG")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SPONSORSHIPTAG is a free data retrieval call binding the contract method 0x4ccf33ff.
//
// Solidity: function SPONSORSHIP_TAG() view returns(bytes32)
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) SPONSORSHIPTAG() ([32]byte, error) {
	return _KlasterNodePaymaster.Contract.SPONSORSHIPTAG(&_KlasterNodePaymaster.CallOpts)
}

// SPONSORSHIPTAG is a free data retrieval call binding the contract method 0x4ccf33ff.
//
// Solidity: function SPONSORSHIP_TAG() view returns(bytes32)
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerSession) SPONSORSHIPTAG() ([32]byte, error) {
	return _KlasterNodePaymaster.Contract.SPONSORSHIPTAG(&_KlasterNodePaymaster.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_KlasterNodePaymaster *KlasterNodePaymasterCaller) EntryPoint(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterNodePaymaster.contract.Call(opts, &out, "entryPoint")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) EntryPoint() (common.Address, error) {
	return _KlasterNodePaymaster.Contract.EntryPoint(&_KlasterNodePaymaster.CallOpts)
}

// EntryPoint is a free data retrieval call binding the contract method 0xb0d691fe.
//
// Solidity: function entryPoint() view returns(address)
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerSession) EntryPoint() (common.Address, error) {
	return _KlasterNodePaymaster.Contract.EntryPoint(&_KlasterNodePaymaster.CallOpts)
}

// GetDeposit is a free data retrieval call binding the contract method 0xc399ec88.
//
// Solidity: function getDeposit() view returns(uint256)
func (_KlasterNodePaymaster *KlasterNodePaymasterCaller) GetDeposit(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KlasterNodePaymaster.contract.Call(opts, &out, "getDeposit")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetDeposit is a free data retrieval call binding the contract method 0xc399ec88.
//
// Solidity: function getDeposit() view returns(uint256)
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) GetDeposit() (*big.Int, error) {
	return _KlasterNodePaymaster.Contract.GetDeposit(&_KlasterNodePaymaster.CallOpts)
}

// GetDeposit is a free data retrieval call binding the contract method 0xc399ec88.
//
// Solidity: function getDeposit() view returns(uint256)
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerSession) GetDeposit() (*big.Int, error) {
	return _KlasterNodePaymaster.Contract.GetDeposit(&_KlasterNodePaymaster.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KlasterNodePaymaster *KlasterNodePaymasterCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterNodePaymaster.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) Owner() (common.Address, error) {
	return _KlasterNodePaymaster.Contract.Owner(&_KlasterNodePaymaster.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerSession) Owner() (common.Address, error) {
	return _KlasterNodePaymaster.Contract.Owner(&_KlasterNodePaymaster.CallOpts)
}

// PostOp is a free data retrieval call binding the contract method 0x7c627b21.
//
// Solidity: function postOp(uint8 , bytes , uint256 , uint256 ) pure returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterCaller) PostOp(opts *bind.CallOpts, arg0 uint8, arg1 []byte, arg2 *big.Int, arg3 *big.Int) error {
	var out []interface{}
	err := _KlasterNodePaymaster.contract.Call(opts, &out, "postOp", arg0, arg1, arg2, arg3)

	if err != nil {
		return err
	}

	return err

}

// PostOp is a free data retrieval call binding the contract method 0x7c627b21.
//
// Solidity: function postOp(uint8 , bytes , uint256 , uint256 ) pure returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) PostOp(arg0 uint8, arg1 []byte, arg2 *big.Int, arg3 *big.Int) error {
	return _KlasterNodePaymaster.Contract.PostOp(&_KlasterNodePaymaster.CallOpts, arg0, arg1, arg2, arg3)
}

// PostOp is a free data retrieval call binding the contract method 0x7c627b21.
//
// Solidity: function postOp(uint8 , bytes , uint256 , uint256 ) pure returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerSession) PostOp(arg0 uint8, arg1 []byte, arg2 *big.Int, arg3 *big.Int) error {
	return _KlasterNodePaymaster.Contract.PostOp(&_KlasterNodePaymaster.CallOpts, arg0, arg1, arg2, arg3)
}

// Signer is a free data retrieval call binding the contract method 0x238ac933.
//
// Solidity: function signer() view returns(address)
func (_KlasterNodePaymaster *KlasterNodePaymasterCaller) Signer(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterNodePaymaster.contract.Call(opts, &out, "signer")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Signer is a free data retrieval call binding the contract method 0x238ac933.
//
// Solidity: function signer() view returns(address)
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) Signer() (common.Address, error) {
	return _KlasterNodePaymaster.Contract.Signer(&_KlasterNodePaymaster.CallOpts)
}

// Signer is a free data retrieval call binding the contract method 0x238ac933.
//
// Solidity: function signer() view returns(address)
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerSession) Signer() (common.Address, error) {
	return _KlasterNodePaymaster.Contract.Signer(&_KlasterNodePaymaster.CallOpts)
}

// SponsorshipHash is a free data retrieval call binding the contract method 0xd024dc31.
//
// Solidity: function sponsorshipHash((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, uint48 validUntil, uint48 validAfter, bytes32 paymentRef) view returns(bytes32)
func (_KlasterNodePaymaster *KlasterNodePaymasterCaller) SponsorshipHash(opts *bind.CallOpts, userOp PackedUserOperation, validUntil *big.Int, validAfter *big.Int, paymentRef [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _KlasterNodePaymaster.contract.Call(opts, &out, "sponsorshipHash", userOp, validUntil, validAfter, paymentRef)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SponsorshipHash is a free data retrieval call binding the contract method 0xd024dc31.
//
// Solidity: function sponsorshipHash((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, uint48 validUntil, uint48 validAfter, bytes32 paymentRef) view returns(bytes32)
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) SponsorshipHash(userOp PackedUserOperation, validUntil *big.Int, validAfter *big.Int, paymentRef [32]byte) ([32]byte, error) {
	return _KlasterNodePaymaster.Contract.SponsorshipHash(&_KlasterNodePaymaster.CallOpts, userOp, validUntil, validAfter, paymentRef)
}

// SponsorshipHash is a free data retrieval call binding the contract method 0xd024dc31.
//
// Solidity: function sponsorshipHash((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, uint48 validUntil, uint48 validAfter, bytes32 paymentRef) view returns(bytes32)
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerSession) SponsorshipHash(userOp PackedUserOperation, validUntil *big.Int, validAfter *big.Int, paymentRef [32]byte) ([32]byte, error) {
	return _KlasterNodePaymaster.Contract.SponsorshipHash(&_KlasterNodePaymaster.CallOpts, userOp, validUntil, validAfter, paymentRef)
}

// UnstakeDelay is a free data retrieval call binding the contract method 0x3222012f.
//
// Solidity: function unstakeDelay() view returns(uint32)
func (_KlasterNodePaymaster *KlasterNodePaymasterCaller) UnstakeDelay(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _KlasterNodePaymaster.contract.Call(opts, &out, "unstakeDelay")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// UnstakeDelay is a free data retrieval call binding the contract method 0x3222012f.
//
// Solidity: function unstakeDelay() view returns(uint32)
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) UnstakeDelay() (uint32, error) {
	return _KlasterNodePaymaster.Contract.UnstakeDelay(&_KlasterNodePaymaster.CallOpts)
}

// UnstakeDelay is a free data retrieval call binding the contract method 0x3222012f.
//
// Solidity: function unstakeDelay() view returns(uint32)
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerSession) UnstakeDelay() (uint32, error) {
	return _KlasterNodePaymaster.Contract.UnstakeDelay(&_KlasterNodePaymaster.CallOpts)
}

// ValidatePaymasterUserOp is a free data retrieval call binding the contract method 0x52b7512c.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 , uint256 ) view returns(bytes context, uint256 validationData)
func (_KlasterNodePaymaster *KlasterNodePaymasterCaller) ValidatePaymasterUserOp(opts *bind.CallOpts, userOp PackedUserOperation, arg1 [32]byte, arg2 *big.Int) (struct {
	Context        []byte
	ValidationData *big.Int
}, error) {
	var out []interface{}
	err := _KlasterNodePaymaster.contract.Call(opts, &out, "validatePaymasterUserOp", userOp, arg1, arg2)

	outstruct := new(struct {
		Context        []byte
		ValidationData *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Context = *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	outstruct.ValidationData = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// ValidatePaymasterUserOp is a free data retrieval call binding the contract method 0x52b7512c.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 , uint256 ) view returns(bytes context, uint256 validationData)
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) ValidatePaymasterUserOp(userOp PackedUserOperation, arg1 [32]byte, arg2 *big.Int) (struct {
	Context        []byte
	ValidationData *big.Int
}, error) {
	return _KlasterNodePaymaster.Contract.ValidatePaymasterUserOp(&_KlasterNodePaymaster.CallOpts, userOp, arg1, arg2)
}

// ValidatePaymasterUserOp is a free data retrieval call binding the contract method 0x52b7512c.
//
// Solidity: function validatePaymasterUserOp((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) userOp, bytes32 , uint256 ) view returns(bytes context, uint256 validationData)
func (_KlasterNodePaymaster *KlasterNodePaymasterCallerSession) ValidatePaymasterUserOp(userOp PackedUserOperation, arg1 [32]byte, arg2 *big.Int) (struct {
	Context        []byte
	ValidationData *big.Int
}, error) {
	return _KlasterNodePaymaster.Contract.ValidatePaymasterUserOp(&_KlasterNodePaymaster.CallOpts, userOp, arg1, arg2)
}

// AddStake is a paid mutator transaction binding the contract method 0x5a627dbc.
//
// Solidity: function addStake() payable returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactor) AddStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterNodePaymaster.contract.Transact(opts, "addStake")
}

// AddStake is a paid mutator transaction binding the contract method 0x5a627dbc.
//
// Solidity: function addStake() payable returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) AddStake() (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.AddStake(&_KlasterNodePaymaster.TransactOpts)
}

// AddStake is a paid mutator transaction binding the contract method 0x5a627dbc.
//
// Solidity: function addStake() payable returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactorSession) AddStake() (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.AddStake(&_KlasterNodePaymaster.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterNodePaymaster.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) Deposit() (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.Deposit(&_KlasterNodePaymaster.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactorSession) Deposit() (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.Deposit(&_KlasterNodePaymaster.TransactOpts)
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactor) UnlockStake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterNodePaymaster.contract.Transact(opts, "unlockStake")
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) UnlockStake() (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.UnlockStake(&_KlasterNodePaymaster.TransactOpts)
}

// UnlockStake is a paid mutator transaction binding the contract method 0xbb9fe6bf.
//
// Solidity: function unlockStake() returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactorSession) UnlockStake() (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.UnlockStake(&_KlasterNodePaymaster.TransactOpts)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address to) returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactor) WithdrawStake(opts *bind.TransactOpts, to common.Address) (*types.Transaction, error) {
	return _KlasterNodePaymaster.contract.Transact(opts, "withdrawStake", to)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address to) returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) WithdrawStake(to common.Address) (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.WithdrawStake(&_KlasterNodePaymaster.TransactOpts, to)
}

// WithdrawStake is a paid mutator transaction binding the contract method 0xc23a5cea.
//
// Solidity: function withdrawStake(address to) returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactorSession) WithdrawStake(to common.Address) (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.WithdrawStake(&_KlasterNodePaymaster.TransactOpts, to)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address to, uint256 amount) returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactor) WithdrawTo(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KlasterNodePaymaster.contract.Transact(opts, "withdrawTo", to, amount)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address to, uint256 amount) returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterSession) WithdrawTo(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.WithdrawTo(&_KlasterNodePaymaster.TransactOpts, to, amount)
}

// WithdrawTo is a paid mutator transaction binding the contract method 0x205c2878.
//
// Solidity: function withdrawTo(address to, uint256 amount) returns()
func (_KlasterNodePaymaster *KlasterNodePaymasterTransactorSession) WithdrawTo(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KlasterNodePaymaster.Contract.WithdrawTo(&_KlasterNodePaymaster.TransactOpts, to, amount)
}

// KlasterStakeManagerMetaData contains all meta data concerning the KlasterStakeManager contract.
var KlasterStakeManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIExecutedRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"entryPoints_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"unlockDelay_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengeDelay_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"thresholdBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadySlashed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"}],\"name\":\"AlreadyVoted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadCommitment\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConfig\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NodeNotStaked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotUnlocking\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"}],\"name\":\"OpExecuted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"StillLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"witness\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"itxHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"votes\",\"type\":\"uint256\"}],\"name\":\"SlashVote\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"itxHash\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"userOpHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"added\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Staked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"Unlocked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"challengeDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"entryPoints\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIExecutedRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"initCode\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"accountGasLimits\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"preVerificationGas\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"gasFees\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"paymasterAndData\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structPackedUserOperation\",\"name\":\"op\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"itxHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint48\",\"name\":\"lowerBoundTimestamp\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"upperBoundTimestamp\",\"type\":\"uint48\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"userSignature\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"nodeCommitment\",\"type\":\"bytes\"}],\"name\":\"slash\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"slashed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashedTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"thresholdBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unlock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unlockDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"voted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"votes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610120604052348015610010575f5ffd5b50604051611a1b380380611a1b83398101604081905261002f91610179565b6001600160a01b038616158061004457508451155b8061004d575081155b80610059575061271082115b80610062575080155b8061006e575061271081115b1561008c576040516301f30c8760e21b815260040160405180910390fd5b6001600160a01b03861660805284516100ab905f9060208801906100c7565b5060a09390935260c09190915260e052610100525061027b9050565b828054828255905f5260205f2090810192821561011a579160200282015b8281111561011a57825182546001600160a01b0319166001600160a01b039091161782556020909201916001909101906100e5565b5061012692915061012a565b5090565b5b80821115610126575f815560010161012b565b6001600160a01b0381168114610152575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b80516101748161013e565b919050565b5f5f5f5f5f5f60c0878903121561018e575f5ffd5b86516101998161013e565b60208801519096506001600160401b038111156101b4575f5ffd5b8701601f810189136101c4575f5ffd5b80516001600160401b038111156101dd576101dd610155565b604051600582901b90603f8201601f191681016001600160401b038111828210171561020b5761020b610155565b60405291825260208184018101929081018c841115610228575f5ffd5b6020850194505b8385101561024e5761024085610169565b81526020948501940161022f565b5060408b015160608c015160808d015160a0909d01519b9e929d50909b909a909950975095505050505050565b60805160a05160c05160e051610100516117406102db5f395f818161014a0152610f1f01525f818161034a0152610e7901525f8181610296015261079601525f8181610104015261098601525f81816102c9015261080301526117405ff3fe6080604052600436106100ef575f3560e01c806365fb54aa11610087578063a69df4b511610057578063a69df4b514610325578063c1144b7114610339578063d9a755721461036c578063e03a4ada146103a5575f5ffd5b806365fb54aa146102705780636d4c9dea146102855780637b103999146102b85780638b0e9f3f14610310575f5ffd5b80633ccfd60b116100c25780633ccfd60b146101a157806342623360146101b55780635b4fcd081461021357806361b143df14610232575f5ffd5b80630519da32146100f35780630681e651146101395780632b38cd961461016c5780633a4b66f114610197575b5f5ffd5b3480156100fe575f5ffd5b506101267f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b348015610144575f5ffd5b506101267f000000000000000000000000000000000000000000000000000000000000000081565b348015610177575f5ffd5b50610126610186366004611172565b60046020525f908152604090205481565b61019f6103c6565b005b3480156101ac575f5ffd5b5061019f610492565b3480156101c0575f5ffd5b506101fe6101cf3660046111b1565b73ffffffffffffffffffffffffffffffffffffffff165f90815260016020819052604090912080549101549091565b60408051928352602083019190915201610130565b34801561021e575f5ffd5b5061019f61022d36600461127c565b61064b565b34801561023d575f5ffd5b5061026061024c366004611172565b60066020525f908152604090205460ff1681565b6040519015158152602001610130565b34801561027b575f5ffd5b5061012660035481565b348015610290575f5ffd5b506101267f000000000000000000000000000000000000000000000000000000000000000081565b3480156102c3575f5ffd5b506102eb7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610130565b34801561031b575f5ffd5b5061012660025481565b348015610330575f5ffd5b5061019f610936565b348015610344575f5ffd5b506101267f000000000000000000000000000000000000000000000000000000000000000081565b348015610377575f5ffd5b50610260610386366004611371565b600560209081525f928352604080842090915290825290205460ff1681565b3480156103b0575f5ffd5b506103b96109e4565b604051610130919061139b565b345f03610406576040517f1130b1ce0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b335f908152600160205260408120805490913491839190610428908490611420565b90915550505f6001820181905560028054349290610447908490611420565b9091555050805460405133917f1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee909161048791348252602082015260400190565b60405180910390a250565b335f908152600160205260408120805490918190036104df576040517f1130b1ce0000000000000000000000000000000000000000000000000000000081523360048201526024016103fd565b81600101545f0361051e576040517f16d2d19c0000000000000000000000000000000000000000000000000000000081523360048201526024016103fd565b81600101544210156105645781600101546040517f16b82bbe0000000000000000000000000000000000000000000000000000000081526004016103fd91815260200190565b335f9081526001602081905260408220828155018190556002805483929061058d908490611433565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114610606576040519150601f19603f3d011682016040523d82523d5f602084013e61060b565b606091505b5050905080610646576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b7f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f908152601c8a9052603c812081906106ba9085858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610a5092505050565b5090925090505f8160038111156106d3576106d3611446565b1461070a576040517fc38b437f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff82165f90815260016020526040812054900361077f576040517ff7f0024400000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff831660048201526024016103fd565b5f61078e8d8d8d8d8d8d610a99565b90505f6107c37f000000000000000000000000000000000000000000000000000000000000000065ffffffffffff8d16611420565b9050804211610801576040517f2a35a324000000000000000000000000000000000000000000000000000000008152600481018290526024016103fd565b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1663df437ea08f5f01602081019061084f91906111b1565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b16815273ffffffffffffffffffffffffffffffffffffffff909116600482015260248101859052604401602060405180830381865afa1580156108bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108e19190611473565b1561091b576040517f0166262b000000000000000000000000000000000000000000000000000000008152600481018390526024016103fd565b610926848e84610c38565b5050505050505050505050505050565b335f9081526001602052604081208054909103610981576040517f1130b1ce0000000000000000000000000000000000000000000000000000000081523360048201526024016103fd565b6109ab7f000000000000000000000000000000000000000000000000000000000000000042611420565b6001820181905560405190815233907f0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d90602001610487565b60605f805480602002602001604051908101604052809291908181526020018280548015610a4657602002820191905f5260205f20905b815473ffffffffffffffffffffffffffffffffffffffff168152600190910190602001808311610a1b575b5050505050905090565b5f5f5f8351604103610a87576020840151604085015160608601515f1a610a7988828585610ff6565b955095509550505050610a92565b505081515f91506002905b9250925092565b5f8054815b81811015610bfb575f5f8281548110610ab957610ab961148a565b5f918252602090912001546040517f22cdde4c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff909116906322cdde4c90610b17908d9060040161155e565b602060405180830381865afa158015610b32573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b569190611473565b604080516020810183905265ffffffffffff808c169282019290925290891660608201529091505f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050610be187878c846110e9565b15610bf157509250610c2e915050565b5050600101610a9e565b506040517f7ca55c7700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b9695505050505050565b335f90815260016020526040902080541580610c575750600181015415155b80610c7757503373ffffffffffffffffffffffffffffffffffffffff8516145b15610cb0576040517ff243e5df0000000000000000000000000000000000000000000000000000000081523360048201526024016103fd565b6040805173ffffffffffffffffffffffffffffffffffffffff86166020820152908101849052606081018390525f90608001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe081840301815291815281516020928301205f818152600690935291205490915060ff1615610d61576040517f3723376200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81815260056020908152604080832033845290915290205460ff1615610db6576040517fd449d6740000000000000000000000000000000000000000000000000000000081523360048201526024016103fd565b5f818152600560209081526040808320338452825280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905584548484526004909252822054610e0e9190611420565b5f8381526004602090815260409182902083905581518881529081018390529192508591339173ffffffffffffffffffffffffffffffffffffffff8a16917f7d8c81b960ad33888d7e917c6317cb19d853c518c84f1a4f7b40d2cbf9a16f38910160405180910390a47f0000000000000000000000000000000000000000000000000000000000000000600254610ea591906116bb565b610eb1612710836116bb565b10610fee575f82815260066020908152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600190811790915573ffffffffffffffffffffffffffffffffffffffff8a1684529091528120805490919061271090610f44907f0000000000000000000000000000000000000000000000000000000000000000906116bb565b610f4e91906116d2565b905080825f015f828254610f629190611433565b925050819055508060025f828254610f7a9190611433565b925050819055508060035f828254610f929190611420565b9250508190555085878973ffffffffffffffffffffffffffffffffffffffff167fce966ad8b28370bec9f453dc2dd5bd6608c70571fc86e648d0a1bb0caea2f23e84604051610fe391815260200190565b60405180910390a450505b505050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561102f57505f915060039050826110df565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611080573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff81166110d657505f9250600191508290506110df565b92505f91508190505b9450945094915050565b5f826110f6868685611100565b1495945050505050565b5f81815b848110156111385761112e828787848181106111225761112261148a565b90506020020135611141565b9150600101611104565b50949350505050565b5f81831061115b575f828152602084905260409020611169565b5f8381526020839052604090205b90505b92915050565b5f60208284031215611182575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff811681146111ac575f5ffd5b919050565b5f602082840312156111c1575f5ffd5b61116982611189565b5f61012082840312156111db575f5ffd5b50919050565b803565ffffffffffff811681146111ac575f5ffd5b5f5f83601f840112611206575f5ffd5b50813567ffffffffffffffff81111561121d575f5ffd5b6020830191508360208260051b8501011115611237575f5ffd5b9250929050565b5f5f83601f84011261124e575f5ffd5b50813567ffffffffffffffff811115611265575f5ffd5b602083019150836020828501011115611237575f5ffd5b5f5f5f5f5f5f5f5f5f5f60e08b8d031215611295575f5ffd5b8a3567ffffffffffffffff8111156112ab575f5ffd5b6112b78d828e016111ca565b9a505060208b013598506112cd60408c016111e1565b97506112db60608c016111e1565b965060808b013567ffffffffffffffff8111156112f6575f5ffd5b6113028d828e016111f6565b90975095505060a08b013567ffffffffffffffff811115611321575f5ffd5b61132d8d828e0161123e565b90955093505060c08b013567ffffffffffffffff81111561134c575f5ffd5b6113588d828e0161123e565b915080935050809150509295989b9194979a5092959850565b5f5f60408385031215611382575f5ffd5b8235915061139260208401611189565b90509250929050565b602080825282518282018190525f918401906040840190835b818110156113e857835173ffffffffffffffffffffffffffffffffffffffff168352602093840193909201916001016113b4565b509095945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561116c5761116c6113f3565b8181038181111561116c5761116c6113f3565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f60208284031215611483575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126114ea575f5ffd5b830160208101925035905067ffffffffffffffff811115611509575f5ffd5b803603821315611237575f5ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b6020815261158c6020820161157284611189565b73ffffffffffffffffffffffffffffffffffffffff169052565b5f5f60208401359050806040840152506115a960408401846114b7565b61012060608501526115c061014085018284611517565b9150506115d060608501856114b7565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0858403016080860152611605838284611517565b608087013560a08781019190915287013560c08088019190915287013560e08088019190915290935061163d925086019050856114b7565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe085840301610100860152611673838284611517565b925050506116856101008501856114b7565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe085840301610120860152610c2e838284611517565b808202811582820484141761116c5761116c6113f3565b5f82611705577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b50049056fea26469706673582212202abaabafe656184d5e1ee93eb8d8cccc781892d19e0cfb2af16b51c3d181706d64736f6c634300081c0033",
}

// KlasterStakeManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use KlasterStakeManagerMetaData.ABI instead.
var KlasterStakeManagerABI = KlasterStakeManagerMetaData.ABI

// KlasterStakeManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KlasterStakeManagerMetaData.Bin instead.
var KlasterStakeManagerBin = KlasterStakeManagerMetaData.Bin

// DeployKlasterStakeManager deploys a new Ethereum contract, binding an instance of KlasterStakeManager to it.
func DeployKlasterStakeManager(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, entryPoints_ []common.Address, unlockDelay_ *big.Int, challengeDelay_ *big.Int, thresholdBps_ *big.Int, slashBps_ *big.Int) (common.Address, *types.Transaction, *KlasterStakeManager, error) {
	parsed, err := KlasterStakeManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KlasterStakeManagerBin), backend, registry_, entryPoints_, unlockDelay_, challengeDelay_, thresholdBps_, slashBps_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KlasterStakeManager{KlasterStakeManagerCaller: KlasterStakeManagerCaller{contract: contract}, KlasterStakeManagerTransactor: KlasterStakeManagerTransactor{contract: contract}, KlasterStakeManagerFilterer: KlasterStakeManagerFilterer{contract: contract}}, nil
}

// KlasterStakeManager is an auto generated Go binding around an Ethereum contract.
type KlasterStakeManager struct {
	KlasterStakeManagerCaller     // Read-only binding to the contract
	KlasterStakeManagerTransactor // Write-only binding to the contract
	KlasterStakeManagerFilterer   // Log filterer for contract events
}

// KlasterStakeManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type KlasterStakeManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterStakeManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KlasterStakeManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterStakeManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KlasterStakeManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterStakeManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KlasterStakeManagerSession struct {
	Contract     *KlasterStakeManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// KlasterStakeManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KlasterStakeManagerCallerSession struct {
	Contract *KlasterStakeManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// KlasterStakeManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KlasterStakeManagerTransactorSession struct {
	Contract     *KlasterStakeManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// KlasterStakeManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type KlasterStakeManagerRaw struct {
	Contract *KlasterStakeManager // Generic contract binding to access the raw methods on
}

// KlasterStakeManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KlasterStakeManagerCallerRaw struct {
	Contract *KlasterStakeManagerCaller // Generic read-only contract binding to access the raw methods on
}

// KlasterStakeManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KlasterStakeManagerTransactorRaw struct {
	Contract *KlasterStakeManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKlasterStakeManager creates a new instance of KlasterStakeManager, bound to a specific deployed contract.
func NewKlasterStakeManager(address common.Address, backend bind.ContractBackend) (*KlasterStakeManager, error) {
	contract, err := bindKlasterStakeManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KlasterStakeManager{KlasterStakeManagerCaller: KlasterStakeManagerCaller{contract: contract}, KlasterStakeManagerTransactor: KlasterStakeManagerTransactor{contract: contract}, KlasterStakeManagerFilterer: KlasterStakeManagerFilterer{contract: contract}}, nil
}

// NewKlasterStakeManagerCaller creates a new read-only instance of KlasterStakeManager, bound to a specific deployed contract.
func NewKlasterStakeManagerCaller(address common.Address, caller bind.ContractCaller) (*KlasterStakeManagerCaller, error) {
	contract, err := bindKlasterStakeManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterStakeManagerCaller{contract: contract}, nil
}

// NewKlasterStakeManagerTransactor creates a new write-only instance of KlasterStakeManager, bound to a specific deployed contract.
func NewKlasterStakeManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*KlasterStakeManagerTransactor, error) {
	contract, err := bindKlasterStakeManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterStakeManagerTransactor{contract: contract}, nil
}

// NewKlasterStakeManagerFilterer creates a new log filterer instance of KlasterStakeManager, bound to a specific deployed contract.
func NewKlasterStakeManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*KlasterStakeManagerFilterer, error) {
	contract, err := bindKlasterStakeManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KlasterStakeManagerFilterer{contract: contract}, nil
}

// bindKlasterStakeManager binds a generic wrapper to an already deployed contract.
func bindKlasterStakeManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KlasterStakeManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterStakeManager *KlasterStakeManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterStakeManager.Contract.KlasterStakeManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterStakeManager *KlasterStakeManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.KlasterStakeManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterStakeManager *KlasterStakeManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.KlasterStakeManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterStakeManager *KlasterStakeManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterStakeManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterStakeManager *KlasterStakeManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterStakeManager *KlasterStakeManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.contract.Transact(opts, method, params...)
}

// ChallengeDelay is a free data retrieval call binding the contract method 0x6d4c9dea.
//
// Solidity: function challengeDelay() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCaller) ChallengeDelay(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "challengeDelay")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChallengeDelay is a free data retrieval call binding the contract method 0x6d4c9dea.
//
// Solidity: function challengeDelay() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerSession) ChallengeDelay() (*big.Int, error) {
	return _KlasterStakeManager.Contract.ChallengeDelay(&_KlasterStakeManager.CallOpts)
}

// ChallengeDelay is a free data retrieval call binding the contract method 0x6d4c9dea.
//
// Solidity: function challengeDelay() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) ChallengeDelay() (*big.Int, error) {
	return _KlasterStakeManager.Contract.ChallengeDelay(&_KlasterStakeManager.CallOpts)
}

// EntryPoints is a free data retrieval call binding the contract method 0xe03a4ada.
//
// Solidity: function entryPoints() view returns(address[])
func (_KlasterStakeManager *KlasterStakeManagerCaller) EntryPoints(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "entryPoints")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// EntryPoints is a free data retrieval call binding the contract method 0xe03a4ada.
//
// Solidity: function entryPoints() view returns(address[])
func (_KlasterStakeManager *KlasterStakeManagerSession) EntryPoints() ([]common.Address, error) {
	return _KlasterStakeManager.Contract.EntryPoints(&_KlasterStakeManager.CallOpts)
}

// EntryPoints is a free data retrieval call binding the contract method 0xe03a4ada.
//
// Solidity: function entryPoints() view returns(address[])
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) EntryPoints() ([]common.Address, error) {
	return _KlasterStakeManager.Contract.EntryPoints(&_KlasterStakeManager.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_KlasterStakeManager *KlasterStakeManagerCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_KlasterStakeManager *KlasterStakeManagerSession) Registry() (common.Address, error) {
	return _KlasterStakeManager.Contract.Registry(&_KlasterStakeManager.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) Registry() (common.Address, error) {
	return _KlasterStakeManager.Contract.Registry(&_KlasterStakeManager.CallOpts)
}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCaller) SlashBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "slashBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerSession) SlashBps() (*big.Int, error) {
	return _KlasterStakeManager.Contract.SlashBps(&_KlasterStakeManager.CallOpts)
}

// SlashBps is a free data retrieval call binding the contract method 0x0681e651.
//
// Solidity: function slashBps() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) SlashBps() (*big.Int, error) {
	return _KlasterStakeManager.Contract.SlashBps(&_KlasterStakeManager.CallOpts)
}

// Slashed is a free data retrieval call binding the contract method 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (_KlasterStakeManager *KlasterStakeManagerCaller) Slashed(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "slashed", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Slashed is a free data retrieval call binding the contract method 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (_KlasterStakeManager *KlasterStakeManagerSession) Slashed(arg0 [32]byte) (bool, error) {
	return _KlasterStakeManager.Contract.Slashed(&_KlasterStakeManager.CallOpts, arg0)
}

// Slashed is a free data retrieval call binding the contract method 0x61b143df.
//
// Solidity: function slashed(bytes32 ) view returns(bool)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) Slashed(arg0 [32]byte) (bool, error) {
	return _KlasterStakeManager.Contract.Slashed(&_KlasterStakeManager.CallOpts, arg0)
}

// SlashedTotal is a free data retrieval call binding the contract method 0x65fb54aa.
//
// Solidity: function slashedTotal() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCaller) SlashedTotal(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "slashedTotal")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SlashedTotal is a free data retrieval call binding the contract method 0x65fb54aa.
//
// Solidity: function slashedTotal() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerSession) SlashedTotal() (*big.Int, error) {
	return _KlasterStakeManager.Contract.SlashedTotal(&_KlasterStakeManager.CallOpts)
}

// SlashedTotal is a free data retrieval call binding the contract method 0x65fb54aa.
//
// Solidity: function slashedTotal() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) SlashedTotal() (*big.Int, error) {
	return _KlasterStakeManager.Contract.SlashedTotal(&_KlasterStakeManager.CallOpts)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address account) view returns(uint256 amount, uint256 withdrawableAt)
func (_KlasterStakeManager *KlasterStakeManagerCaller) StakeOf(opts *bind.CallOpts, account common.Address) (struct {
	Amount         *big.Int
	WithdrawableAt *big.Int
}, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "stakeOf", account)

	outstruct := new(struct {
		Amount         *big.Int
		WithdrawableAt *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Amount = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.WithdrawableAt = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address account) view returns(uint256 amount, uint256 withdrawableAt)
func (_KlasterStakeManager *KlasterStakeManagerSession) StakeOf(account common.Address) (struct {
	Amount         *big.Int
	WithdrawableAt *big.Int
}, error) {
	return _KlasterStakeManager.Contract.StakeOf(&_KlasterStakeManager.CallOpts, account)
}

// StakeOf is a free data retrieval call binding the contract method 0x42623360.
//
// Solidity: function stakeOf(address account) view returns(uint256 amount, uint256 withdrawableAt)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) StakeOf(account common.Address) (struct {
	Amount         *big.Int
	WithdrawableAt *big.Int
}, error) {
	return _KlasterStakeManager.Contract.StakeOf(&_KlasterStakeManager.CallOpts, account)
}

// ThresholdBps is a free data retrieval call binding the contract method 0xc1144b71.
//
// Solidity: function thresholdBps() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCaller) ThresholdBps(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "thresholdBps")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ThresholdBps is a free data retrieval call binding the contract method 0xc1144b71.
//
// Solidity: function thresholdBps() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerSession) ThresholdBps() (*big.Int, error) {
	return _KlasterStakeManager.Contract.ThresholdBps(&_KlasterStakeManager.CallOpts)
}

// ThresholdBps is a free data retrieval call binding the contract method 0xc1144b71.
//
// Solidity: function thresholdBps() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) ThresholdBps() (*big.Int, error) {
	return _KlasterStakeManager.Contract.ThresholdBps(&_KlasterStakeManager.CallOpts)
}

// TotalStake is a free data retrieval call binding the contract method 0x8b0e9f3f.
//
// Solidity: function totalStake() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCaller) TotalStake(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "totalStake")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalStake is a free data retrieval call binding the contract method 0x8b0e9f3f.
//
// Solidity: function totalStake() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerSession) TotalStake() (*big.Int, error) {
	return _KlasterStakeManager.Contract.TotalStake(&_KlasterStakeManager.CallOpts)
}

// TotalStake is a free data retrieval call binding the contract method 0x8b0e9f3f.
//
// Solidity: function totalStake() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) TotalStake() (*big.Int, error) {
	return _KlasterStakeManager.Contract.TotalStake(&_KlasterStakeManager.CallOpts)
}

// UnlockDelay is a free data retrieval call binding the contract method 0x0519da32.
//
// Solidity: function unlockDelay() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCaller) UnlockDelay(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "unlockDelay")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnlockDelay is a free data retrieval call binding the contract method 0x0519da32.
//
// Solidity: function unlockDelay() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerSession) UnlockDelay() (*big.Int, error) {
	return _KlasterStakeManager.Contract.UnlockDelay(&_KlasterStakeManager.CallOpts)
}

// UnlockDelay is a free data retrieval call binding the contract method 0x0519da32.
//
// Solidity: function unlockDelay() view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) UnlockDelay() (*big.Int, error) {
	return _KlasterStakeManager.Contract.UnlockDelay(&_KlasterStakeManager.CallOpts)
}

// Voted is a free data retrieval call binding the contract method 0xd9a75572.
//
// Solidity: function voted(bytes32 , address ) view returns(bool)
func (_KlasterStakeManager *KlasterStakeManagerCaller) Voted(opts *bind.CallOpts, arg0 [32]byte, arg1 common.Address) (bool, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "voted", arg0, arg1)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Voted is a free data retrieval call binding the contract method 0xd9a75572.
//
// Solidity: function voted(bytes32 , address ) view returns(bool)
func (_KlasterStakeManager *KlasterStakeManagerSession) Voted(arg0 [32]byte, arg1 common.Address) (bool, error) {
	return _KlasterStakeManager.Contract.Voted(&_KlasterStakeManager.CallOpts, arg0, arg1)
}

// Voted is a free data retrieval call binding the contract method 0xd9a75572.
//
// Solidity: function voted(bytes32 , address ) view returns(bool)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) Voted(arg0 [32]byte, arg1 common.Address) (bool, error) {
	return _KlasterStakeManager.Contract.Voted(&_KlasterStakeManager.CallOpts, arg0, arg1)
}

// Votes is a free data retrieval call binding the contract method 0x2b38cd96.
//
// Solidity: function votes(bytes32 ) view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCaller) Votes(opts *bind.CallOpts, arg0 [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _KlasterStakeManager.contract.Call(opts, &out, "votes", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Votes is a free data retrieval call binding the contract method 0x2b38cd96.
//
// Solidity: function votes(bytes32 ) view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerSession) Votes(arg0 [32]byte) (*big.Int, error) {
	return _KlasterStakeManager.Contract.Votes(&_KlasterStakeManager.CallOpts, arg0)
}

// Votes is a free data retrieval call binding the contract method 0x2b38cd96.
//
// Solidity: function votes(bytes32 ) view returns(uint256)
func (_KlasterStakeManager *KlasterStakeManagerCallerSession) Votes(arg0 [32]byte) (*big.Int, error) {
	return _KlasterStakeManager.Contract.Votes(&_KlasterStakeManager.CallOpts, arg0)
}

// Slash is a paid mutator transaction binding the contract method 0x5b4fcd08.
//
// Solidity: function slash((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) op, bytes32 itxHash, uint48 lowerBoundTimestamp, uint48 upperBoundTimestamp, bytes32[] proof, bytes userSignature, bytes nodeCommitment) returns()
func (_KlasterStakeManager *KlasterStakeManagerTransactor) Slash(opts *bind.TransactOpts, op PackedUserOperation, itxHash [32]byte, lowerBoundTimestamp *big.Int, upperBoundTimestamp *big.Int, proof [][32]byte, userSignature []byte, nodeCommitment []byte) (*types.Transaction, error) {
	return _KlasterStakeManager.contract.Transact(opts, "slash", op, itxHash, lowerBoundTimestamp, upperBoundTimestamp, proof, userSignature, nodeCommitment)
}

// Slash is a paid mutator transaction binding the contract method 0x5b4fcd08.
//
// Solidity: function slash((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) op, bytes32 itxHash, uint48 lowerBoundTimestamp, uint48 upperBoundTimestamp, bytes32[] proof, bytes userSignature, bytes nodeCommitment) returns()
func (_KlasterStakeManager *KlasterStakeManagerSession) Slash(op PackedUserOperation, itxHash [32]byte, lowerBoundTimestamp *big.Int, upperBoundTimestamp *big.Int, proof [][32]byte, userSignature []byte, nodeCommitment []byte) (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.Slash(&_KlasterStakeManager.TransactOpts, op, itxHash, lowerBoundTimestamp, upperBoundTimestamp, proof, userSignature, nodeCommitment)
}

// Slash is a paid mutator transaction binding the contract method 0x5b4fcd08.
//
// Solidity: function slash((address,uint256,bytes,bytes,bytes32,uint256,bytes32,bytes,bytes) op, bytes32 itxHash, uint48 lowerBoundTimestamp, uint48 upperBoundTimestamp, bytes32[] proof, bytes userSignature, bytes nodeCommitment) returns()
func (_KlasterStakeManager *KlasterStakeManagerTransactorSession) Slash(op PackedUserOperation, itxHash [32]byte, lowerBoundTimestamp *big.Int, upperBoundTimestamp *big.Int, proof [][32]byte, userSignature []byte, nodeCommitment []byte) (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.Slash(&_KlasterStakeManager.TransactOpts, op, itxHash, lowerBoundTimestamp, upperBoundTimestamp, proof, userSignature, nodeCommitment)
}

// Stake is a paid mutator transaction binding the contract method 0x3a4b66f1.
//
// Solidity: function stake() payable returns()
func (_KlasterStakeManager *KlasterStakeManagerTransactor) Stake(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterStakeManager.contract.Transact(opts, "stake")
}

// Stake is a paid mutator transaction binding the contract method 0x3a4b66f1.
//
// Solidity: function stake() payable returns()
func (_KlasterStakeManager *KlasterStakeManagerSession) Stake() (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.Stake(&_KlasterStakeManager.TransactOpts)
}

// Stake is a paid mutator transaction binding the contract method 0x3a4b66f1.
//
// Solidity: function stake() payable returns()
func (_KlasterStakeManager *KlasterStakeManagerTransactorSession) Stake() (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.Stake(&_KlasterStakeManager.TransactOpts)
}

// Unlock is a paid mutator transaction binding the contract method 0xa69df4b5.
//
// Solidity: function unlock() returns()
func (_KlasterStakeManager *KlasterStakeManagerTransactor) Unlock(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterStakeManager.contract.Transact(opts, "unlock")
}

// Unlock is a paid mutator transaction binding the contract method 0xa69df4b5.
//
// Solidity: function unlock() returns()
func (_KlasterStakeManager *KlasterStakeManagerSession) Unlock() (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.Unlock(&_KlasterStakeManager.TransactOpts)
}

// Unlock is a paid mutator transaction binding the contract method 0xa69df4b5.
//
// Solidity: function unlock() returns()
func (_KlasterStakeManager *KlasterStakeManagerTransactorSession) Unlock() (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.Unlock(&_KlasterStakeManager.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_KlasterStakeManager *KlasterStakeManagerTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterStakeManager.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_KlasterStakeManager *KlasterStakeManagerSession) Withdraw() (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.Withdraw(&_KlasterStakeManager.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_KlasterStakeManager *KlasterStakeManagerTransactorSession) Withdraw() (*types.Transaction, error) {
	return _KlasterStakeManager.Contract.Withdraw(&_KlasterStakeManager.TransactOpts)
}

// KlasterStakeManagerSlashVoteIterator is returned from FilterSlashVote and is used to iterate over the raw logs and unpacked data for SlashVote events raised by the KlasterStakeManager contract.
type KlasterStakeManagerSlashVoteIterator struct {
	Event *KlasterStakeManagerSlashVote // Event containing the contract specifics and raw log

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
func (it *KlasterStakeManagerSlashVoteIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterStakeManagerSlashVote)
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
		it.Event = new(KlasterStakeManagerSlashVote)
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
func (it *KlasterStakeManagerSlashVoteIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterStakeManagerSlashVoteIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterStakeManagerSlashVote represents a SlashVote event raised by the KlasterStakeManager contract.
type KlasterStakeManagerSlashVote struct {
	Node       common.Address
	Witness    common.Address
	UserOpHash [32]byte
	ItxHash    [32]byte
	Votes      *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSlashVote is a free log retrieval operation binding the contract event 0x7d8c81b960ad33888d7e917c6317cb19d853c518c84f1a4f7b40d2cbf9a16f38.
//
// Solidity: event SlashVote(address indexed node, address indexed witness, bytes32 indexed userOpHash, bytes32 itxHash, uint256 votes)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) FilterSlashVote(opts *bind.FilterOpts, node []common.Address, witness []common.Address, userOpHash [][32]byte) (*KlasterStakeManagerSlashVoteIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}
	var witnessRule []interface{}
	for _, witnessItem := range witness {
		witnessRule = append(witnessRule, witnessItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.FilterLogs(opts, "SlashVote", nodeRule, witnessRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return &KlasterStakeManagerSlashVoteIterator{contract: _KlasterStakeManager.contract, event: "SlashVote", logs: logs, sub: sub}, nil
}

// WatchSlashVote is a free log subscription operation binding the contract event 0x7d8c81b960ad33888d7e917c6317cb19d853c518c84f1a4f7b40d2cbf9a16f38.
//
// Solidity: event SlashVote(address indexed node, address indexed witness, bytes32 indexed userOpHash, bytes32 itxHash, uint256 votes)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) WatchSlashVote(opts *bind.WatchOpts, sink chan<- *KlasterStakeManagerSlashVote, node []common.Address, witness []common.Address, userOpHash [][32]byte) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}
	var witnessRule []interface{}
	for _, witnessItem := range witness {
		witnessRule = append(witnessRule, witnessItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.WatchLogs(opts, "SlashVote", nodeRule, witnessRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterStakeManagerSlashVote)
				if err := _KlasterStakeManager.contract.UnpackLog(event, "SlashVote", log); err != nil {
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

// ParseSlashVote is a log parse operation binding the contract event 0x7d8c81b960ad33888d7e917c6317cb19d853c518c84f1a4f7b40d2cbf9a16f38.
//
// Solidity: event SlashVote(address indexed node, address indexed witness, bytes32 indexed userOpHash, bytes32 itxHash, uint256 votes)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) ParseSlashVote(log types.Log) (*KlasterStakeManagerSlashVote, error) {
	event := new(KlasterStakeManagerSlashVote)
	if err := _KlasterStakeManager.contract.UnpackLog(event, "SlashVote", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KlasterStakeManagerSlashedIterator is returned from FilterSlashed and is used to iterate over the raw logs and unpacked data for Slashed events raised by the KlasterStakeManager contract.
type KlasterStakeManagerSlashedIterator struct {
	Event *KlasterStakeManagerSlashed // Event containing the contract specifics and raw log

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
func (it *KlasterStakeManagerSlashedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterStakeManagerSlashed)
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
		it.Event = new(KlasterStakeManagerSlashed)
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
func (it *KlasterStakeManagerSlashedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterStakeManagerSlashedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterStakeManagerSlashed represents a Slashed event raised by the KlasterStakeManager contract.
type KlasterStakeManagerSlashed struct {
	Node       common.Address
	ItxHash    [32]byte
	UserOpHash [32]byte
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSlashed is a free log retrieval operation binding the contract event 0xce966ad8b28370bec9f453dc2dd5bd6608c70571fc86e648d0a1bb0caea2f23e.
//
// Solidity: event Slashed(address indexed node, bytes32 indexed itxHash, bytes32 indexed userOpHash, uint256 amount)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) FilterSlashed(opts *bind.FilterOpts, node []common.Address, itxHash [][32]byte, userOpHash [][32]byte) (*KlasterStakeManagerSlashedIterator, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}
	var itxHashRule []interface{}
	for _, itxHashItem := range itxHash {
		itxHashRule = append(itxHashRule, itxHashItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.FilterLogs(opts, "Slashed", nodeRule, itxHashRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return &KlasterStakeManagerSlashedIterator{contract: _KlasterStakeManager.contract, event: "Slashed", logs: logs, sub: sub}, nil
}

// WatchSlashed is a free log subscription operation binding the contract event 0xce966ad8b28370bec9f453dc2dd5bd6608c70571fc86e648d0a1bb0caea2f23e.
//
// Solidity: event Slashed(address indexed node, bytes32 indexed itxHash, bytes32 indexed userOpHash, uint256 amount)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) WatchSlashed(opts *bind.WatchOpts, sink chan<- *KlasterStakeManagerSlashed, node []common.Address, itxHash [][32]byte, userOpHash [][32]byte) (event.Subscription, error) {

	var nodeRule []interface{}
	for _, nodeItem := range node {
		nodeRule = append(nodeRule, nodeItem)
	}
	var itxHashRule []interface{}
	for _, itxHashItem := range itxHash {
		itxHashRule = append(itxHashRule, itxHashItem)
	}
	var userOpHashRule []interface{}
	for _, userOpHashItem := range userOpHash {
		userOpHashRule = append(userOpHashRule, userOpHashItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.WatchLogs(opts, "Slashed", nodeRule, itxHashRule, userOpHashRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterStakeManagerSlashed)
				if err := _KlasterStakeManager.contract.UnpackLog(event, "Slashed", log); err != nil {
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

// ParseSlashed is a log parse operation binding the contract event 0xce966ad8b28370bec9f453dc2dd5bd6608c70571fc86e648d0a1bb0caea2f23e.
//
// Solidity: event Slashed(address indexed node, bytes32 indexed itxHash, bytes32 indexed userOpHash, uint256 amount)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) ParseSlashed(log types.Log) (*KlasterStakeManagerSlashed, error) {
	event := new(KlasterStakeManagerSlashed)
	if err := _KlasterStakeManager.contract.UnpackLog(event, "Slashed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KlasterStakeManagerStakedIterator is returned from FilterStaked and is used to iterate over the raw logs and unpacked data for Staked events raised by the KlasterStakeManager contract.
type KlasterStakeManagerStakedIterator struct {
	Event *KlasterStakeManagerStaked // Event containing the contract specifics and raw log

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
func (it *KlasterStakeManagerStakedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterStakeManagerStaked)
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
		it.Event = new(KlasterStakeManagerStaked)
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
func (it *KlasterStakeManagerStakedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterStakeManagerStakedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterStakeManagerStaked represents a Staked event raised by the KlasterStakeManager contract.
type KlasterStakeManagerStaked struct {
	Account common.Address
	Added   *big.Int
	Total   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterStaked is a free log retrieval operation binding the contract event 0x1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee90.
//
// Solidity: event Staked(address indexed account, uint256 added, uint256 total)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) FilterStaked(opts *bind.FilterOpts, account []common.Address) (*KlasterStakeManagerStakedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.FilterLogs(opts, "Staked", accountRule)
	if err != nil {
		return nil, err
	}
	return &KlasterStakeManagerStakedIterator{contract: _KlasterStakeManager.contract, event: "Staked", logs: logs, sub: sub}, nil
}

// WatchStaked is a free log subscription operation binding the contract event 0x1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee90.
//
// Solidity: event Staked(address indexed account, uint256 added, uint256 total)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) WatchStaked(opts *bind.WatchOpts, sink chan<- *KlasterStakeManagerStaked, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.WatchLogs(opts, "Staked", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterStakeManagerStaked)
				if err := _KlasterStakeManager.contract.UnpackLog(event, "Staked", log); err != nil {
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

// ParseStaked is a log parse operation binding the contract event 0x1449c6dd7851abc30abf37f57715f492010519147cc2652fbc38202c18a6ee90.
//
// Solidity: event Staked(address indexed account, uint256 added, uint256 total)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) ParseStaked(log types.Log) (*KlasterStakeManagerStaked, error) {
	event := new(KlasterStakeManagerStaked)
	if err := _KlasterStakeManager.contract.UnpackLog(event, "Staked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KlasterStakeManagerUnlockedIterator is returned from FilterUnlocked and is used to iterate over the raw logs and unpacked data for Unlocked events raised by the KlasterStakeManager contract.
type KlasterStakeManagerUnlockedIterator struct {
	Event *KlasterStakeManagerUnlocked // Event containing the contract specifics and raw log

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
func (it *KlasterStakeManagerUnlockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterStakeManagerUnlocked)
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
		it.Event = new(KlasterStakeManagerUnlocked)
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
func (it *KlasterStakeManagerUnlockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterStakeManagerUnlockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterStakeManagerUnlocked represents a Unlocked event raised by the KlasterStakeManager contract.
type KlasterStakeManagerUnlocked struct {
	Account        common.Address
	WithdrawableAt *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUnlocked is a free log retrieval operation binding the contract event 0x0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d.
//
// Solidity: event Unlocked(address indexed account, uint256 withdrawableAt)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) FilterUnlocked(opts *bind.FilterOpts, account []common.Address) (*KlasterStakeManagerUnlockedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.FilterLogs(opts, "Unlocked", accountRule)
	if err != nil {
		return nil, err
	}
	return &KlasterStakeManagerUnlockedIterator{contract: _KlasterStakeManager.contract, event: "Unlocked", logs: logs, sub: sub}, nil
}

// WatchUnlocked is a free log subscription operation binding the contract event 0x0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d.
//
// Solidity: event Unlocked(address indexed account, uint256 withdrawableAt)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) WatchUnlocked(opts *bind.WatchOpts, sink chan<- *KlasterStakeManagerUnlocked, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.WatchLogs(opts, "Unlocked", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterStakeManagerUnlocked)
				if err := _KlasterStakeManager.contract.UnpackLog(event, "Unlocked", log); err != nil {
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

// ParseUnlocked is a log parse operation binding the contract event 0x0f0bc5b519ddefdd8e5f9e6423433aa2b869738de2ae34d58ebc796fc749fa0d.
//
// Solidity: event Unlocked(address indexed account, uint256 withdrawableAt)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) ParseUnlocked(log types.Log) (*KlasterStakeManagerUnlocked, error) {
	event := new(KlasterStakeManagerUnlocked)
	if err := _KlasterStakeManager.contract.UnpackLog(event, "Unlocked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KlasterStakeManagerWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the KlasterStakeManager contract.
type KlasterStakeManagerWithdrawnIterator struct {
	Event *KlasterStakeManagerWithdrawn // Event containing the contract specifics and raw log

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
func (it *KlasterStakeManagerWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterStakeManagerWithdrawn)
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
		it.Event = new(KlasterStakeManagerWithdrawn)
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
func (it *KlasterStakeManagerWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterStakeManagerWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterStakeManagerWithdrawn represents a Withdrawn event raised by the KlasterStakeManager contract.
type KlasterStakeManagerWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*KlasterStakeManagerWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &KlasterStakeManagerWithdrawnIterator{contract: _KlasterStakeManager.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *KlasterStakeManagerWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _KlasterStakeManager.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterStakeManagerWithdrawn)
				if err := _KlasterStakeManager.contract.UnpackLog(event, "Withdrawn", log); err != nil {
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

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_KlasterStakeManager *KlasterStakeManagerFilterer) ParseWithdrawn(log types.Log) (*KlasterStakeManagerWithdrawn, error) {
	event := new(KlasterStakeManagerWithdrawn)
	if err := _KlasterStakeManager.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KlasterTestTokenMetaData contains all meta data concerning the KlasterTestToken contract.
var KlasterTestTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"aMinter\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotMinter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610c9b380380610c9b83398101604081905261002e916100a4565b6040518060400160405280601081526020016f12db185cdd195c8815195cdd081554d160821b8152506040518060400160405280600481526020016312d554d160e21b81525081600390816100839190610169565b5060046100908282610169565b5050506001600160a01b0316608052610223565b5f602082840312156100b4575f5ffd5b81516001600160a01b03811681146100ca575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100f957607f821691505b60208210810361011757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561016457805f5260205f20601f840160051c810160208510156101425750805b601f840160051c820191505b81811015610161575f815560010161014e565b50505b505050565b81516001600160401b03811115610182576101826100d1565b6101968161019084546100e5565b8461011d565b6020601f8211600181146101c8575f83156101b15750848201515b5f19600385901b1c1916600184901b178455610161565b5f84815260208120601f198516915b828110156101f757878501518255602094850194600190920191016101d7565b508482101561021457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b608051610a5a6102415f395f818160eb01526103170152610a5a5ff3fe608060405234801561000f575f5ffd5b50600436106100c4575f3560e01c8063313ce5671161007d57806395d89b411161005857806395d89b41146101d3578063a9059cbb146101db578063dd62ed3e146101ee575f5ffd5b8063313ce5671461017a57806340c10f191461018957806370a082311461019e575f5ffd5b8063095ea7b3116100ad578063095ea7b31461013257806318160ddd1461015557806323b872dd14610167575f5ffd5b806306fdde03146100c857806307546172146100e6575b5f5ffd5b6100d0610233565b6040516100dd919061086d565b60405180910390f35b61010d7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100dd565b6101456101403660046108e8565b6102c3565b60405190151581526020016100dd565b6002545b6040519081526020016100dd565b610145610175366004610910565b6102dc565b604051600681526020016100dd565b61019c6101973660046108e8565b6102ff565b005b6101596101ac36600461094a565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b6100d0610383565b6101456101e93660046108e8565b610392565b6101596101fc36600461096a565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b6060600380546102429061099b565b80601f016020809104026020016040519081016040528092919081815260200182805461026e9061099b565b80156102b95780601f10610290576101008083540402835291602001916102b9565b820191905f5260205f20905b81548152906001019060200180831161029c57829003601f168201915b5050505050905090565b5f336102d081858561039f565b60019150505b92915050565b5f336102e98582856103b1565b6102f485858561047e565b506001949350505050565b3373ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614610375576040517f361c31f20000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b61037f8282610527565b5050565b6060600480546102429061099b565b5f336102d081858561047e565b6103ac8383836001610581565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8114610478578181101561046a576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602481018290526044810183905260640161036c565b61047884848484035f610581565b50505050565b73ffffffffffffffffffffffffffffffffffffffff83166104cd576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f600482015260240161036c565b73ffffffffffffffffffffffffffffffffffffffff821661051c576040517fec442f050000000000000000000000000000000000000000000000000000000081525f600482015260240161036c565b6103ac8383836106c6565b73ffffffffffffffffffffffffffffffffffffffff8216610576576040517fec442f050000000000000000000000000000000000000000000000000000000081525f600482015260240161036c565b61037f5f83836106c6565b73ffffffffffffffffffffffffffffffffffffffff84166105d0576040517fe602df050000000000000000000000000000000000000000000000000000000081525f600482015260240161036c565b73ffffffffffffffffffffffffffffffffffffffff831661061f576040517f94280d620000000000000000000000000000000000000000000000000000000081525f600482015260240161036c565b73ffffffffffffffffffffffffffffffffffffffff8085165f9081526001602090815260408083209387168352929052208290558015610478578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516106b891815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff83166106fd578060025f8282546106f291906109ec565b909155506107ad9050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526020819052604090205481811015610782576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602481018290526044810183905260640161036c565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff82166107d657600280548290039055610801565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161086091815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b803573ffffffffffffffffffffffffffffffffffffffff811681146108e3575f5ffd5b919050565b5f5f604083850312156108f9575f5ffd5b610902836108c0565b946020939093013593505050565b5f5f5f60608486031215610922575f5ffd5b61092b846108c0565b9250610939602085016108c0565b929592945050506040919091013590565b5f6020828403121561095a575f5ffd5b610963826108c0565b9392505050565b5f5f6040838503121561097b575f5ffd5b610984836108c0565b9150610992602084016108c0565b90509250929050565b600181811c908216806109af57607f821691505b6020821081036109e6577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b808201808211156102d6577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffdfea264697066735822122013bf83b8e4a5df6a17dc068944c16e65f417eb25907752f131b1ec228ff1a85764736f6c634300081c0033",
}

// KlasterTestTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use KlasterTestTokenMetaData.ABI instead.
var KlasterTestTokenABI = KlasterTestTokenMetaData.ABI

// KlasterTestTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use KlasterTestTokenMetaData.Bin instead.
var KlasterTestTokenBin = KlasterTestTokenMetaData.Bin

// DeployKlasterTestToken deploys a new Ethereum contract, binding an instance of KlasterTestToken to it.
func DeployKlasterTestToken(auth *bind.TransactOpts, backend bind.ContractBackend, aMinter common.Address) (common.Address, *types.Transaction, *KlasterTestToken, error) {
	parsed, err := KlasterTestTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(KlasterTestTokenBin), backend, aMinter)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &KlasterTestToken{KlasterTestTokenCaller: KlasterTestTokenCaller{contract: contract}, KlasterTestTokenTransactor: KlasterTestTokenTransactor{contract: contract}, KlasterTestTokenFilterer: KlasterTestTokenFilterer{contract: contract}}, nil
}

// KlasterTestToken is an auto generated Go binding around an Ethereum contract.
type KlasterTestToken struct {
	KlasterTestTokenCaller     // Read-only binding to the contract
	KlasterTestTokenTransactor // Write-only binding to the contract
	KlasterTestTokenFilterer   // Log filterer for contract events
}

// KlasterTestTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type KlasterTestTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterTestTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type KlasterTestTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterTestTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type KlasterTestTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// KlasterTestTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type KlasterTestTokenSession struct {
	Contract     *KlasterTestToken // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// KlasterTestTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type KlasterTestTokenCallerSession struct {
	Contract *KlasterTestTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// KlasterTestTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type KlasterTestTokenTransactorSession struct {
	Contract     *KlasterTestTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// KlasterTestTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type KlasterTestTokenRaw struct {
	Contract *KlasterTestToken // Generic contract binding to access the raw methods on
}

// KlasterTestTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type KlasterTestTokenCallerRaw struct {
	Contract *KlasterTestTokenCaller // Generic read-only contract binding to access the raw methods on
}

// KlasterTestTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type KlasterTestTokenTransactorRaw struct {
	Contract *KlasterTestTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewKlasterTestToken creates a new instance of KlasterTestToken, bound to a specific deployed contract.
func NewKlasterTestToken(address common.Address, backend bind.ContractBackend) (*KlasterTestToken, error) {
	contract, err := bindKlasterTestToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &KlasterTestToken{KlasterTestTokenCaller: KlasterTestTokenCaller{contract: contract}, KlasterTestTokenTransactor: KlasterTestTokenTransactor{contract: contract}, KlasterTestTokenFilterer: KlasterTestTokenFilterer{contract: contract}}, nil
}

// NewKlasterTestTokenCaller creates a new read-only instance of KlasterTestToken, bound to a specific deployed contract.
func NewKlasterTestTokenCaller(address common.Address, caller bind.ContractCaller) (*KlasterTestTokenCaller, error) {
	contract, err := bindKlasterTestToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterTestTokenCaller{contract: contract}, nil
}

// NewKlasterTestTokenTransactor creates a new write-only instance of KlasterTestToken, bound to a specific deployed contract.
func NewKlasterTestTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*KlasterTestTokenTransactor, error) {
	contract, err := bindKlasterTestToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &KlasterTestTokenTransactor{contract: contract}, nil
}

// NewKlasterTestTokenFilterer creates a new log filterer instance of KlasterTestToken, bound to a specific deployed contract.
func NewKlasterTestTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*KlasterTestTokenFilterer, error) {
	contract, err := bindKlasterTestToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &KlasterTestTokenFilterer{contract: contract}, nil
}

// bindKlasterTestToken binds a generic wrapper to an already deployed contract.
func bindKlasterTestToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := KlasterTestTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterTestToken *KlasterTestTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterTestToken.Contract.KlasterTestTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterTestToken *KlasterTestTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.KlasterTestTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterTestToken *KlasterTestTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.KlasterTestTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_KlasterTestToken *KlasterTestTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _KlasterTestToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_KlasterTestToken *KlasterTestTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_KlasterTestToken *KlasterTestTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_KlasterTestToken *KlasterTestTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _KlasterTestToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_KlasterTestToken *KlasterTestTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _KlasterTestToken.Contract.Allowance(&_KlasterTestToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_KlasterTestToken *KlasterTestTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _KlasterTestToken.Contract.Allowance(&_KlasterTestToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_KlasterTestToken *KlasterTestTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _KlasterTestToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_KlasterTestToken *KlasterTestTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _KlasterTestToken.Contract.BalanceOf(&_KlasterTestToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_KlasterTestToken *KlasterTestTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _KlasterTestToken.Contract.BalanceOf(&_KlasterTestToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_KlasterTestToken *KlasterTestTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _KlasterTestToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_KlasterTestToken *KlasterTestTokenSession) Decimals() (uint8, error) {
	return _KlasterTestToken.Contract.Decimals(&_KlasterTestToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_KlasterTestToken *KlasterTestTokenCallerSession) Decimals() (uint8, error) {
	return _KlasterTestToken.Contract.Decimals(&_KlasterTestToken.CallOpts)
}

// Minter is a free data retrieval call binding the contract method 0x07546172.
//
// Solidity: function minter() view returns(address)
func (_KlasterTestToken *KlasterTestTokenCaller) Minter(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _KlasterTestToken.contract.Call(opts, &out, "minter")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Minter is a free data retrieval call binding the contract method 0x07546172.
//
// Solidity: function minter() view returns(address)
func (_KlasterTestToken *KlasterTestTokenSession) Minter() (common.Address, error) {
	return _KlasterTestToken.Contract.Minter(&_KlasterTestToken.CallOpts)
}

// Minter is a free data retrieval call binding the contract method 0x07546172.
//
// Solidity: function minter() view returns(address)
func (_KlasterTestToken *KlasterTestTokenCallerSession) Minter() (common.Address, error) {
	return _KlasterTestToken.Contract.Minter(&_KlasterTestToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_KlasterTestToken *KlasterTestTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _KlasterTestToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_KlasterTestToken *KlasterTestTokenSession) Name() (string, error) {
	return _KlasterTestToken.Contract.Name(&_KlasterTestToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_KlasterTestToken *KlasterTestTokenCallerSession) Name() (string, error) {
	return _KlasterTestToken.Contract.Name(&_KlasterTestToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_KlasterTestToken *KlasterTestTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _KlasterTestToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_KlasterTestToken *KlasterTestTokenSession) Symbol() (string, error) {
	return _KlasterTestToken.Contract.Symbol(&_KlasterTestToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_KlasterTestToken *KlasterTestTokenCallerSession) Symbol() (string, error) {
	return _KlasterTestToken.Contract.Symbol(&_KlasterTestToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_KlasterTestToken *KlasterTestTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _KlasterTestToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_KlasterTestToken *KlasterTestTokenSession) TotalSupply() (*big.Int, error) {
	return _KlasterTestToken.Contract.TotalSupply(&_KlasterTestToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_KlasterTestToken *KlasterTestTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _KlasterTestToken.Contract.TotalSupply(&_KlasterTestToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_KlasterTestToken *KlasterTestTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_KlasterTestToken *KlasterTestTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.Approve(&_KlasterTestToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_KlasterTestToken *KlasterTestTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.Approve(&_KlasterTestToken.TransactOpts, spender, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_KlasterTestToken *KlasterTestTokenTransactor) Mint(opts *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.contract.Transact(opts, "mint", to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_KlasterTestToken *KlasterTestTokenSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.Mint(&_KlasterTestToken.TransactOpts, to, amount)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (_KlasterTestToken *KlasterTestTokenTransactorSession) Mint(to common.Address, amount *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.Mint(&_KlasterTestToken.TransactOpts, to, amount)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_KlasterTestToken *KlasterTestTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_KlasterTestToken *KlasterTestTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.Transfer(&_KlasterTestToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_KlasterTestToken *KlasterTestTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.Transfer(&_KlasterTestToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_KlasterTestToken *KlasterTestTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_KlasterTestToken *KlasterTestTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.TransferFrom(&_KlasterTestToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_KlasterTestToken *KlasterTestTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _KlasterTestToken.Contract.TransferFrom(&_KlasterTestToken.TransactOpts, from, to, value)
}

// KlasterTestTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the KlasterTestToken contract.
type KlasterTestTokenApprovalIterator struct {
	Event *KlasterTestTokenApproval // Event containing the contract specifics and raw log

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
func (it *KlasterTestTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterTestTokenApproval)
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
		it.Event = new(KlasterTestTokenApproval)
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
func (it *KlasterTestTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterTestTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterTestTokenApproval represents a Approval event raised by the KlasterTestToken contract.
type KlasterTestTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_KlasterTestToken *KlasterTestTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*KlasterTestTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _KlasterTestToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &KlasterTestTokenApprovalIterator{contract: _KlasterTestToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_KlasterTestToken *KlasterTestTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *KlasterTestTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _KlasterTestToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterTestTokenApproval)
				if err := _KlasterTestToken.contract.UnpackLog(event, "Approval", log); err != nil {
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

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_KlasterTestToken *KlasterTestTokenFilterer) ParseApproval(log types.Log) (*KlasterTestTokenApproval, error) {
	event := new(KlasterTestTokenApproval)
	if err := _KlasterTestToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// KlasterTestTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the KlasterTestToken contract.
type KlasterTestTokenTransferIterator struct {
	Event *KlasterTestTokenTransfer // Event containing the contract specifics and raw log

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
func (it *KlasterTestTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(KlasterTestTokenTransfer)
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
		it.Event = new(KlasterTestTokenTransfer)
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
func (it *KlasterTestTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *KlasterTestTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// KlasterTestTokenTransfer represents a Transfer event raised by the KlasterTestToken contract.
type KlasterTestTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_KlasterTestToken *KlasterTestTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*KlasterTestTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _KlasterTestToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &KlasterTestTokenTransferIterator{contract: _KlasterTestToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_KlasterTestToken *KlasterTestTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *KlasterTestTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _KlasterTestToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(KlasterTestTokenTransfer)
				if err := _KlasterTestToken.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_KlasterTestToken *KlasterTestTokenFilterer) ParseTransfer(log types.Log) (*KlasterTestTokenTransfer, error) {
	event := new(KlasterTestTokenTransfer)
	if err := _KlasterTestToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
