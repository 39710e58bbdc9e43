package cli

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"strings"
)

// dispatch runs "marsad NAME SUB args…" with the sub-command SUB of subs;
// "marsad NAME --help" (or help) lists them on standard output.
func dispatch(ctx context.Context, env *Env, name string, subs map[string]func(context.Context, *Env, []string) error, args []string) error {
	names := make([]string, 0, len(subs))
	for n := range subs {
		names = append(names, n)
	}
	slices.Sort(names)
	if len(args) == 0 {
		return usageError("%s needs a sub-command: %s (run 'marsad %s --help')", name, strings.Join(names, ", "), name)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprintf(env.Stdout, "Usage: marsad %s SUB [flags] [args]\n\n%s.\n\nSub-commands:\n", name, strings.ToUpper(summaries[name][:1])+summaries[name][1:])
		for _, n := range names {
			fmt.Fprintf(env.Stdout, "  %-12s %s\n", n, summaries[name+" "+n])
		}
		fmt.Fprintf(env.Stdout, "\nRun 'marsad %s SUB --help' for its flags.\n", name)
		return flag.ErrHelp
	}
	sub, ok := subs[args[0]]
	if !ok {
		return usageError("unknown %s sub-command %q (have %s)", name, args[0], strings.Join(names, ", "))
	}
	return sub(ctx, env, args[1:])
}
