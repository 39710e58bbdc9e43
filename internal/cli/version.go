package cli

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/marsad/marsad/extract"
)

// Version is the program version, set at build time with
// -ldflags "-X github.com/marsad/marsad/internal/cli.Version=v1.2.3".
var Version = "dev"

func runVersion(_ context.Context, env *Env, _ []string) error {
	v := Version
	if bi, ok := debug.ReadBuildInfo(); ok && v == "dev" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	_, err := fmt.Fprintf(env.Stdout, "marsad %s (output schema %s)\n", v, extract.SchemaVersion)
	return err
}
