package server

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/store"
)

// maxParamBytes caps a text query parameter other than q.
const maxParamBytes = 256

// Entity types and PLOVER event types the type parameter accepts; they are
// the enums of schema/analysis.schema.json (a test keeps them in step).
var (
	entityTypes = []string{entity.PER, entity.LOC, entity.ORG, entity.MISC}
	eventTypes  = []string{"AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "DEMAND",
		"DISAPPROVE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"}
)

// checkParams rejects query parameters not in allowed, given twice, or
// not valid UTF-8 text.
func checkParams(r *http.Request, allowed []string) error {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return badRequest("malformed query string: %v", err)
	}
	for name, vals := range v {
		if !slices.Contains(allowed, name) {
			if len(allowed) == 0 {
				return badRequest("unknown query parameter %q: this endpoint takes none", name)
			}
			return badRequest("unknown query parameter %q (accepted: %s)", name, strings.Join(allowed, ", "))
		}
		if len(vals) > 1 {
			return badRequest("query parameter %q given %d times", name, len(vals))
		}
		if s := vals[0]; !utf8.ValidString(s) || strings.ContainsFunc(s, unicode.IsControl) {
			return badRequest("query parameter %q is not valid text", name)
		}
		if name != "q" && len(vals[0]) > maxParamBytes {
			return badRequest("query parameter %q is longer than %d bytes", name, maxParamBytes)
		}
	}
	return nil
}

// typeKind says which types the type parameter may name.
type typeKind uint8

const (
	entityOrEvent typeKind = iota // either; the value tells which
	entityOnly
	eventOnly
)

// filter reads the filter parameters of r (checkParams has vetted the
// names) into a store.Filter, with the limit and offset within the caps.
func (s *Server) filter(r *http.Request, kind typeKind) (store.Filter, error) {
	q := r.URL.Query()
	f := store.Filter{
		Actor:     strings.TrimSpace(q.Get("actor")),
		Source:    strings.TrimSpace(q.Get("source")),
		Place:     strings.TrimSpace(q.Get("place")),
		StoryID:   strings.TrimSpace(q.Get("story")),
		ArticleID: strings.TrimSpace(q.Get("article")),
	}
	var err error
	if f.Limit, err = s.limit(q); err != nil {
		return f, err
	}
	if f.Offset, err = s.offset(q); err != nil {
		return f, err
	}
	if f.Since, err = parseDate(q, "from", false); err != nil {
		return f, err
	}
	if f.Until, err = parseDate(q, "to", true); err != nil {
		return f, err
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Since.Before(f.Until) {
		return f, badRequest("from (%s) must be before to (%s)", q.Get("from"), q.Get("to"))
	}
	if f.IncludeDuplicates, err = parseBool(q, "duplicates"); err != nil {
		return f, err
	}
	if f.MinConfidence, err = parseConfidence(q, "min_confidence"); err != nil {
		return f, err
	}
	if t := strings.ToUpper(strings.TrimSpace(q.Get("type"))); t != "" {
		switch {
		case kind != eventOnly && slices.Contains(entityTypes, t):
			f.EntityType = t
		case kind != entityOnly && slices.Contains(eventTypes, t):
			f.EventType = t
		default:
			return f, badRequest("unknown type %q (accepted: %s)", q.Get("type"), strings.Join(typeNames(kind), ", "))
		}
	}
	return f, nil
}

func typeNames(kind typeKind) []string {
	switch kind {
	case entityOnly:
		return entityTypes
	case eventOnly:
		return eventTypes
	}
	return slices.Concat(entityTypes, eventTypes)
}

// limit reads the limit parameter: 1 to Config.MaxLimit, default
// DefaultLimit (or MaxLimit if that is smaller).
func (s *Server) limit(q url.Values) (int, error) {
	v := q.Get("limit")
	if v == "" {
		return min(DefaultLimit, s.cfg.MaxLimit), nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > s.cfg.MaxLimit {
		return 0, badRequest("limit must be an integer from 1 to %d, not %q", s.cfg.MaxLimit, v)
	}
	return n, nil
}

// offset reads the offset parameter: 0 to Config.MaxOffset.
func (s *Server) offset(q url.Values) (int, error) {
	v := q.Get("offset")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > s.cfg.MaxOffset {
		return 0, badRequest("offset must be an integer from 0 to %d, not %q", s.cfg.MaxOffset, v)
	}
	return n, nil
}

// parseDate reads a date parameter: YYYY-MM-DD (UTC) or RFC 3339. A bare
// date as an upper bound (end) includes that whole day.
func parseDate(q url.Values, name string, end bool) (time.Time, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		if end {
			t = t.AddDate(0, 0, 1)
		}
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, nil
	}
	return time.Time{}, badRequest("%s must be a date (YYYY-MM-DD) or an RFC 3339 time, not %q", name, v)
}

// parseConfidence reads a confidence threshold: a number from 0 to 1
// (absent: 0, no threshold).
func parseConfidence(q url.Values, name string) (float64, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return 0, nil
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil || !(x >= 0 && x <= 1) {
		return 0, badRequest("%s must be a number from 0 to 1, not %q", name, q.Get(name))
	}
	return x, nil
}

// parseBool reads a true/false parameter (absent: false).
func parseBool(q url.Values, name string) (bool, error) {
	switch v := q.Get(name); v {
	case "", "false", "0":
		return false, nil
	case "true", "1":
		return true, nil
	default:
		return false, badRequest("%s must be true or false, not %q", name, v)
	}
}
