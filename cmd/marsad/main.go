// Command marsad turns Arabic news into structured data. See the README.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/marsad/marsad/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], cli.StdEnv())
	stop()
	os.Exit(code)
}
