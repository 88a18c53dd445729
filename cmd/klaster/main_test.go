package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// Every flag shows in --help with its KLASTER_* variable.
func TestHelpListsEveryFlagAndVariable(t *testing.T) {
	app := newApp()
	var out bytes.Buffer
	app.Writer = &out
	if err := app.Run([]string{"klaster", "--help"}); err != nil {
		t.Fatal(err)
	}
	help := out.String()
	for _, f := range append(append([]cli.Flag{}, runFlags...), validationFlags...) {
		name := f.Names()[0]
		if !strings.Contains(help, "--"+name) {
			t.Errorf("--help lacks --%s", name)
		}
		env := f.(cli.DocGenerationFlag).GetEnvVars()
		if len(env) != 1 || !strings.HasPrefix(env[0], "KLASTER_") || !strings.Contains(help, env[0]) {
			t.Errorf("--%s: environment variable %v missing from --help", name, env)
		}
		if f.(cli.DocGenerationFlag).GetUsage() == "" {
			t.Errorf("--%s has no usage text", name)
		}
	}
}

func TestEnvName(t *testing.T) {
	for in, want := range map[string]string{"dev.node-port": "KLASTER_DEV_NODE_PORT", "listen": "KLASTER_LISTEN"} {
		if got := envName(in)[0]; got != want {
			t.Errorf("envName(%q) = %q, want %q", in, got, want)
		}
	}
}
