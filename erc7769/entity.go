package erc7769

import "strings"

// Entity is an ERC-7562 entity role.
type Entity string

// The entity roles of a UserOperation.
const (
	EntityAccount    Entity = "account"
	EntityFactory    Entity = "factory"
	EntityPaymaster  Entity = "paymaster"
	EntityAggregator Entity = "aggregator"
)

// EntityOfAACode is the entity an EntryPoint AAxx code names: AA1x the
// factory, AA2x the account, AA3x the paymaster, AA9x the aggregator; ""
// for any other code. code may be "AA23" or a longer reason starting with it.
func EntityOfAACode(code string) Entity {
	if !strings.HasPrefix(code, "AA") || len(code) < 3 {
		return ""
	}
	switch code[2] {
	case '1':
		return EntityFactory
	case '2':
		return EntityAccount
	case '3':
		return EntityPaymaster
	case '9':
		return EntityAggregator
	}
	return ""
}
