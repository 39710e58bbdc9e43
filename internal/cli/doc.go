// Package cli implements the marsad command line: one file per subcommand,
// registered in the commands table in cli.go.
package cli
