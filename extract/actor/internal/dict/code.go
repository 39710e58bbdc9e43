package dict

import (
	"fmt"
	"strings"
	"time"
)

// Span is one CAMEO code with the dates it is valid on. A zero From or To
// means the range is open on that side.
type Span struct {
	Code string
	From time.Time
	To   time.Time
}

// ValidAt reports whether the span covers date; a zero date matches any span.
func (s Span) ValidAt(date time.Time) bool {
	if date.IsZero() {
		return true
	}
	if !s.From.IsZero() && date.Before(s.From) {
		return false
	}
	if !s.To.IsZero() && date.After(s.To) {
		return false
	}
	return true
}

// String formats the span as CODE or CODE@YYYYMMDD-YYYYMMDD (either date may
// be empty), the form used in the embedded TSV files.
func (s Span) String() string {
	if s.From.IsZero() && s.To.IsZero() {
		return s.Code
	}
	return s.Code + "@" + fmtDate(s.From) + "-" + fmtDate(s.To)
}

func fmtDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("20060102")
}

// ValidCode reports whether code is a well-formed CAMEO actor code: one or
// more three-letter upper-case ASCII segments (LBY, LBYMIL, IGOUNO, PSEREBHMS).
func ValidCode(code string) bool {
	if code == "" || len(code)%3 != 0 || len(code) > 15 {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < 'A' || code[i] > 'Z' {
			return false
		}
	}
	return true
}

// ParseSpan parses CODE or CODE@FROM-TO as written by Span.String.
func ParseSpan(s string) (Span, error) {
	code, rng, dated := strings.Cut(s, "@")
	if !ValidCode(code) {
		return Span{}, fmt.Errorf("actor: bad code %q", code)
	}
	sp := Span{Code: code}
	if !dated {
		return sp, nil
	}
	from, to, ok := strings.Cut(rng, "-")
	if !ok {
		return Span{}, fmt.Errorf("actor: bad date range %q", rng)
	}
	var err error
	if sp.From, err = parseDate(from); err != nil {
		return Span{}, err
	}
	if sp.To, err = parseDate(to); err != nil {
		return Span{}, err
	}
	return sp, nil
}

// ParseSpans parses a comma-separated list of spans.
func ParseSpans(s string) ([]Span, error) {
	var out []Span
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		sp, err := ParseSpan(f)
		if err != nil {
			return nil, err
		}
		out = append(out, sp)
	}
	return out, nil
}

// FormatSpans is the inverse of ParseSpans.
func FormatSpans(spans []Span) string {
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = s.String()
	}
	return strings.Join(parts, ",")
}

func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("actor: bad date %q: %w", s, err)
	}
	return t, nil
}
