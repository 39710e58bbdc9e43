package cli

import "context"

func runAnalyze(ctx context.Context, env *Env, args []string) error { return nil }
