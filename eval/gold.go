package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// Gold is one hand-made gold annotation, in the format of
// shared/eval/FORMAT.md. Fields the scorer does not use (en, role, notes,
// via, cameo, evidence, …) are kept so that a Gold reads and writes the
// format unchanged.
type Gold struct {
	ID                  string               `json:"id"`
	File                string               `json:"file"`
	Format              string               `json:"format"`
	Language            string               `json:"language,omitempty"`
	ReferenceDate       string               `json:"reference_date,omitempty"`
	ReferenceDateNote   string               `json:"reference_date_note,omitempty"`
	Title               string               `json:"title"`
	Authors             []string             `json:"authors"`
	Subheadings         []string             `json:"subheadings,omitempty"`
	Body                GoldBody             `json:"body"`
	Entities            []GoldEntity         `json:"entities"`
	EntitiesForbidden   []string             `json:"entities_forbidden,omitempty"`
	NationalityMentions []NationalityMention `json:"nationality_mentions,omitempty"`
	Quotes              []GoldQuote          `json:"quotes"`
	Events              []GoldEvent          `json:"events"`
	Places              []GoldPlace          `json:"places"`
	Times               []GoldTime           `json:"times"`
}

// GoldBody lists what the cleaned body must and must not contain.
type GoldBody struct {
	MustInclude []string `json:"must_include"`
	MustExclude []string `json:"must_exclude"`
	Notes       string   `json:"notes,omitempty"`
}

// GoldEntity is one named entity of the article.
type GoldEntity struct {
	Canonical   string   `json:"canonical"`
	En          string   `json:"en,omitempty"`
	Type        string   `json:"type"`
	Aliases     []string `json:"aliases"`
	Role        string   `json:"role,omitempty"`
	ActorCode   string   `json:"actor_code,omitempty"`
	MinMentions int      `json:"min_mentions,omitempty"`
	Optional    bool     `json:"optional,omitempty"`
}

// NationalityMention is an adjective or plural naming a country's people or
// state; it is an event actor, not a LOC entity.
type NationalityMention struct {
	Text      string `json:"text"`
	ActorCode string `json:"actor_code"`
}

// GoldQuote is one attributed statement.
type GoldQuote struct {
	Speaker       string `json:"speaker"`
	SpeakerEntity string `json:"speaker_entity,omitempty"`
	SpeakerKind   string `json:"speaker_kind,omitempty"`
	Via           string `json:"via,omitempty"`
	Cue           string `json:"cue"`
	Kind          string `json:"kind"`
	Content       string `json:"content"`
}

// AnonymousSource is the GoldQuote.SpeakerKind of unnamed sources.
const AnonymousSource = "anonymous_source"

// GoldEvent is one coded event. A nil Source or Target is JSON null: an
// unnamed participant, which matches anything.
type GoldEvent struct {
	Type     string  `json:"type"`
	CAMEO    string  `json:"cameo,omitempty"`
	Source   *string `json:"source"`
	Target   *string `json:"target"`
	Place    string  `json:"place,omitempty"`
	Date     string  `json:"date,omitempty"`
	Required bool    `json:"required"`
	Evidence string  `json:"evidence,omitempty"`
}

// GoldPlace is one place to geocode: a point with a tolerance, or a country
// (Kind "country") matched by its ISO 3166-1 alpha-2 code.
type GoldPlace struct {
	Name        string   `json:"name"`
	En          string   `json:"en,omitempty"`
	Country     string   `json:"country,omitempty"`
	Lat         *float64 `json:"lat,omitempty"`
	Lon         *float64 `json:"lon,omitempty"`
	ToleranceKM *float64 `json:"tolerance_km,omitempty"`
	Kind        string   `json:"kind,omitempty"`
}

// KindCountry is the GoldPlace.Kind of countries.
const KindCountry = "country"

// DefaultToleranceKM is the tolerance used for a point place whose gold
// gives no tolerance_km.
const DefaultToleranceKM = 25.0

// IsCountry reports whether p is matched by country code, not coordinates.
func (p GoldPlace) IsCountry() bool { return strings.EqualFold(p.Kind, KindCountry) }

// Tolerance returns p's tolerance in km, DefaultToleranceKM when unset.
func (p GoldPlace) Tolerance() float64 {
	if p.ToleranceKM == nil {
		return DefaultToleranceKM
	}
	return *p.ToleranceKM
}

// GoldTime is one temporal expression and its normalised value.
type GoldTime struct {
	Text  string `json:"text"`
	Value string `json:"value"`
}

// ErrInvalidGold marks a gold file that parses as JSON but breaks the format.
var ErrInvalidGold = errors.New("eval: invalid gold")

// GoldError is an error about one gold file.
type GoldError struct {
	Path string // the gold file
	Err  error
}

// Error returns "eval: gold PATH: …".
func (e *GoldError) Error() string {
	return "eval: gold " + e.Path + ": " + strings.TrimPrefix(e.Err.Error(), "eval: ")
}

// Unwrap returns the underlying error.
func (e *GoldError) Unwrap() error { return e.Err }

// LoadGold reads and validates the gold file at path. Its errors are
// *GoldError values wrapping the cause (fs errors, json errors,
// ErrInvalidGold).
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &GoldError{Path: path, Err: fmt.Errorf("reading: %w", err)}
	}
	g, err := ParseGold(data)
	if err != nil {
		return nil, &GoldError{Path: path, Err: err}
	}
	return g, nil
}

// ParseGold decodes and validates one gold JSON object. Unknown fields are
// ignored so that annotators may add notes.
func ParseGold(data []byte) (*Gold, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("eval: decoding gold: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: trailing data after the JSON object", ErrInvalidGold)
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return &g, nil
}

// Validate checks what the scorer relies on: a file to analyse, a parsable
// reference date, named and typed entities, quotes with content, typed
// events, places with a name and either a country code (kind country) or
// coordinates, times with text. Errors wrap ErrInvalidGold.
func (g *Gold) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidGold, fmt.Sprintf(format, a...))
	}
	if strings.TrimSpace(g.File) == "" {
		return bad("no file")
	}
	if _, err := g.Reference(); err != nil {
		return err
	}
	for i, e := range g.Entities {
		if Normalize(e.Canonical) == "" || strings.TrimSpace(e.Type) == "" {
			return bad("entities[%d]: empty canonical or type", i)
		}
		if e.MinMentions < 0 {
			return bad("entities[%d]: negative min_mentions", i)
		}
	}
	for i, q := range g.Quotes {
		if len(Tokens(q.Content)) == 0 {
			return bad("quotes[%d]: content has no tokens", i)
		}
	}
	for i, e := range g.Events {
		if strings.TrimSpace(e.Type) == "" {
			return bad("events[%d]: empty type", i)
		}
	}
	for i, p := range g.Places {
		switch {
		case Normalize(p.Name) == "":
			return bad("places[%d]: empty name", i)
		case p.IsCountry() && strings.TrimSpace(p.Country) == "":
			return bad("places[%d]: country without a country code", i)
		case !p.IsCountry() && (p.Lat == nil || p.Lon == nil):
			return bad("places[%d]: %q has neither coordinates nor kind country", i, p.Name)
		case p.ToleranceKM != nil && *p.ToleranceKM < 0:
			return bad("places[%d]: negative tolerance_km", i)
		}
	}
	for i, t := range g.Times {
		if Normalize(t.Text) == "" {
			return bad("times[%d]: empty text", i)
		}
	}
	return nil
}

// Reference returns the parsed reference_date (YYYY-MM-DD or RFC 3339), or
// the zero time when the gold gives none.
func (g *Gold) Reference() (time.Time, error) {
	s := strings.TrimSpace(g.ReferenceDate)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: reference_date %q: %w", ErrInvalidGold, s, err)
	}
	return t, nil
}
