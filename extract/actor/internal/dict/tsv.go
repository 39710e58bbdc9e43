package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ParseTSV reads a tab-separated file: one record a line, blank lines and
// lines starting with "#" ignored. Every record must have at least minCols
// fields; missing trailing fields are an error, extra ones are kept.
func ParseTSV(r io.Reader, minCols int) ([][]string, error) {
	var out [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < minCols {
			return nil, fmt.Errorf("actor: line %d: %d fields, want %d", n, len(f), minCols)
		}
		out = append(out, f)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actor: read tsv: %w", err)
	}
	return out, nil
}

// SplitList splits a "|"-separated list field, dropping empty items.
func SplitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, "|") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
