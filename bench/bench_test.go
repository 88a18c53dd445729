package bench

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/klaster-dev/klaster/app"
	"github.com/klaster-dev/klaster/config"
	"github.com/klaster-dev/klaster/devnet"
)

// startDev runs klaster on two embedded dev chains (free loopback ports)
// and returns its base URL and the nodes' URLs.
func startDev(ctx context.Context, t *testing.T) (string, []string, *devnet.Devnet) {
	t.Helper()
	net1, err := devnet.Start(ctx, devnet.Config{ChainIDs: devnet.ChainIDsFrom(2), Period: 1, NodePort: 0, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = net1.Close() })
	cfg := config.Default()
	cfg.RPC.RateLimit = 100_000 // 50 clients share 127.0.0.1
	accs := net1.Accounts
	cfg.NodeKey = config.NewSecret(accs[7].KeyHex())
	cfg.DebugAPI = true
	var nodes []string
	for _, ch := range net1.Chains {
		c := net1.Contracts
		cfg.Chains = append(cfg.Chains, config.Chain{
			ChainID: ch.ChainID, Name: fmt.Sprintf("dev-%d", ch.ChainID), RPCURL: ch.HTTPURL,
			EntryPoints: []common.Address{c.EntryPointV07, c.EntryPointV08},
			SignerKeys:  []config.Secret{config.NewSecret(accs[8].KeyHex()), config.NewSecret(accs[9].KeyHex())},
			Beneficiary: accs[8].Address, Validator: c.KlasterValidator,
			AccountFactories: map[string]common.Address{c.EntryPointV07.Hex(): c.KlasterFactoryV07, c.EntryPointV08.Hex(): c.KlasterFactoryV08},
			Bundling:         config.DefaultBundling(),
		})
		nodes = append(nodes, ch.HTTPURL)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(ctx, cfg, app.Options{Logger: zerolog.Nop(), Listener: ln, Dial: func(_ context.Context, c config.Chain) (*gethrpc.Client, error) {
		ch, _ := net1.Chain(c.ChainID)
		return ch.RPC(), nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = a.Run(ctx) }()
	return "http://" + ln.Addr().String(), nodes, net1
}

// TestRunAgainstDev runs a small benchmark against a real --dev setup.
func TestRunAgainstDev(t *testing.T) {
	if testing.Short() {
		t.Skip("starts dev chains")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	url, nodes, net1 := startDev(ctx, t)
	var out strings.Builder
	rep, err := Run(ctx, Config{
		URL: url + "/rpc/1337", Nodes: nodes, FundKey: net1.Accounts[0].Key,
		Accounts: 6, Concurrency: 3, OpsPerAccount: 2, Waves: 1, FloorSamples: 4,
		ITxOps: 2, ITxRepeat: 1, Timeout: 50 * time.Second, Wait: 20 * time.Second, Progress: &out,
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if rep.Deploy.Accepted != 6 || rep.Plain.Accepted != 12 || rep.Plain.NotIncluded != 0 || rep.Deploy.NotIncluded != 0 {
		t.Fatalf("deploy %+v\nplain %+v", rep.Deploy, rep.Plain)
	}
	if rep.ReceiptsChecked != 18 || rep.ReceiptsWrong != 0 {
		t.Fatalf("receipts checked %d, wrong %v", rep.ReceiptsChecked, rep.WrongReceipts)
	}
	if rep.Plain.Floor.N == 0 || rep.FloorSequential.N == 0 || rep.RatioP50 == 0 || rep.Plain.FloorPerSec <= 0 || rep.Plain.TraceEfficiency <= 0 {
		t.Fatalf("no floor: %+v", rep)
	}
	if len(rep.ITx) != 2 || rep.ITx[0].Admitted != 1 || rep.ITx[1].Admitted != 1 {
		t.Fatalf("iTx: %+v", rep.ITx)
	}
	var table strings.Builder
	rep.WriteTable(&table)
	if !strings.Contains(table.String(), "plain (all)") {
		t.Fatalf("table:\n%s", table.String())
	}
}

// TestSoakAgainstDev runs a short constant-rate soak against a real --dev
// setup and checks that every interval is sampled, with the bundler's own
// process and pool figures scraped from /metrics.
func TestSoakAgainstDev(t *testing.T) {
	if testing.Short() {
		t.Skip("starts dev chains")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	url, nodes, net1 := startDev(ctx, t)
	var out strings.Builder
	rep, err := Run(ctx, Config{
		URL: url + "/rpc/1337", Nodes: nodes[:1], FundKey: net1.Accounts[1].Key,
		Accounts: 4, Concurrency: 2, FloorSamples: 2, SoakDuration: 6 * time.Second, SoakRate: 5,
		SampleEvery: 2 * time.Second, MetricsURL: url + "/metrics", Wait: 20 * time.Second, Progress: &out,
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	s := rep.Soak
	if s == nil || len(s.Samples) < 3 || s.Accepted < 10 || s.Accepted != s.Sent || s.NotIncluded != 0 {
		t.Fatalf("soak %+v\n%s", s, out.String())
	}
	for _, x := range s.Samples {
		if x.RSSMiB <= 0 || x.Goroutines <= 0 {
			t.Fatalf("sample without the bundler's metrics: %+v", x)
		}
	}
	var table strings.Builder
	rep.WriteTable(&table)
	if !strings.Contains(table.String(), "soak at 5 ops/s") {
		t.Fatalf("table:\n%s", table.String())
	}
}
