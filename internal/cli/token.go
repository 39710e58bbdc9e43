package cli

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// tokenEnv is the environment variable serve reads its bearer token from
// when neither --token nor --token-file is given: unlike a flag, it does
// not show in ps.
const tokenEnv = "MARSAD_TOKEN"

// serveToken picks the bearer token: --token, else the first line of
// --token-file, else $MARSAD_TOKEN, else none. Giving both flags, or a
// token file that is empty or unreadable, is an error.
func serveToken(env *Env, flagToken, file string) (string, error) {
	switch {
	case flagToken != "" && file != "":
		return "", usageError("give --token or --token-file, not both")
	case flagToken != "":
		return flagToken, nil
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return "", fmt.Errorf("--token-file %s: no such file", file)
			}
			return "", fmt.Errorf("--token-file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		tok := strings.TrimSpace(line)
		if tok == "" {
			return "", fmt.Errorf("--token-file %s: the first line is empty", file)
		}
		return tok, nil
	}
	return strings.TrimSpace(env.getenv(tokenEnv)), nil
}
