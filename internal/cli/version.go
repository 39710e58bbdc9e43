package cli

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/marsad/marsad/extract"
)

// Version is the program version when set at build time with
// -ldflags "-X github.com/marsad/marsad/internal/cli.Version=v1.2.3";
// otherwise the build information says it.
var Version = ""

func runVersion(_ context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "version", "")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	bi, _ := debug.ReadBuildInfo()
	_, err := fmt.Fprintln(env.Stdout, versionLine(Version, bi))
	return err
}

// versionLine is what `marsad version` prints: the module version (a
// release tag, or the pseudo-version Go derives from the commit), the
// commit, its time and whether the tree had changes, from the build
// information that `go build` stamps; the Go version; the output schema.
func versionLine(ldflags string, bi *debug.BuildInfo) string {
	v, rev, at, modified, goVersion := ldflags, "", "", false, ""
	if bi != nil {
		goVersion = bi.GoVersion
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				at = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "devel"
	}
	var parts []string
	switch {
	case rev != "":
		r := "commit " + rev[:min(12, len(rev))]
		if at != "" {
			r += " of " + at
		}
		if modified {
			r += ", with local changes"
		}
		parts = append(parts, r)
	default:
		parts = append(parts, "no commit recorded: built by go run, with -buildvcs=false or outside a git checkout")
	}
	if goVersion != "" {
		parts = append(parts, goVersion)
	}
	parts = append(parts, "output schema "+extract.SchemaVersion)
	return fmt.Sprintf("marsad %s (%s)", v, strings.Join(parts, "; "))
}
