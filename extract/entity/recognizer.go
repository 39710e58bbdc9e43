package entity

import (
	"context"
	"fmt"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// Options configures a Recognizer.
type Options struct {
	// Nationalities looks up nationality adjectives; nil uses the built-in
	// GazetteerNationalities.
	Nationalities Nationalities
	// KeepMisc keeps MISC entities (events, works, ideologies…), which
	// FORMAT.md does not score; by default they are dropped.
	KeepMisc bool
	// Organisations are names of known organisations of two words or more
	// (for example actor.KB.Organisations): where one occurs in the body and
	// the tagger missed it or cut it short, it becomes an ORG mention.
	Organisations []string
}

// Recognizer finds the named entities of an article body. Load it once: it
// is read-only and safe for concurrent use.
type Recognizer struct {
	tagger   *Tagger
	nat      Nationalities
	keepMisc bool
	heads    map[string]bool // institution heads (data/institutions.txt)
	stop     map[string]bool // function words that end a name (data/stopwords.txt)
	lead     map[string]bool // verbs a name never starts with (data/lead_verbs.txt)
	known    *lexicon        // Options.Organisations of two words or more
	// placeStarts are the first words of multi-word country names
	// (الولايات of الولايات المتحدة): a proclitic before one is cut off.
	// (City names are left out: many rare ones start with common words.)
	placeStarts map[string]bool
}

// Result is what Analyze finds in a body.
type Result struct {
	Entities      []Entity             `json:"entities"`
	Nationalities []NationalityMention `json:"nationality_mentions"`
}

// Load returns a Recognizer with the embedded model and the built-in
// nationality lookup.
func Load() (*Recognizer, error) {
	t, err := DefaultTagger()
	if err != nil {
		return nil, err
	}
	return New(t, Options{})
}

// New returns a Recognizer using tagger t.
func New(t *Tagger, opts Options) (*Recognizer, error) {
	if t == nil {
		return nil, fmt.Errorf("entity: new recognizer: nil tagger")
	}
	nat := opts.Nationalities
	if nat == nil {
		nat = &GazetteerNationalities{lex: t.fz.lex}
	}
	r := &Recognizer{tagger: t, nat: nat, keepMisc: opts.KeepMisc, heads: make(map[string]bool), stop: make(map[string]bool), lead: make(map[string]bool),
		known: organisations(opts.Organisations), placeStarts: placeStarts(t.fz.lex)}
	for file, set := range map[string]map[string]bool{"data/institutions.txt": r.heads, "data/stopwords.txt": r.stop, "data/lead_verbs.txt": r.lead} {
		err := readList(file, func(cols []string) error {
			set[wordKey(cols[0])] = true
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Find returns the entities of body: mentions found sentence by sentence,
// clitics and titles removed, grouped per document under a canonical name.
func (r *Recognizer) Find(ctx context.Context, body string) ([]Entity, error) {
	res, err := r.Analyze(ctx, body)
	return res.Entities, err
}

// sentence is a sentence of the document with its tags.
type sentence struct {
	first int            // index of its first token in the document
	toks  []arabic.Token // offsets into the body
	tags  []string
}

// Analyze returns the entities and the nationality mentions of body,
// analysed without a syntax model (arabic.NewDocument): the tagger then
// lacks the parts of speech it was trained with. Use AnalyzeDocument with
// the syntax model's analysis.
func (r *Recognizer) Analyze(ctx context.Context, body string) (Result, error) {
	return r.AnalyzeDocument(ctx, arabic.NewDocument(body))
}

// AnalyzeDocument is Analyze over the shared analysis of a text
// (syntax.Model.Annotate): the tagger and the rules read its tokens,
// sentences, segments and parts of speech.
func (r *Recognizer) AnalyzeDocument(ctx context.Context, doc *arabic.Document) (Result, error) {
	var spans []span
	for _, sp := range doc.Sentences {
		if sp.EndToken > sp.FirstToken {
			spans = append(spans, span{doc: doc, lo: sp.FirstToken, hi: sp.EndToken})
		}
	}
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("entity: %w", err)
	}
	// The document layer sees docWindow sentences either side, as in
	// training (a running text): a name clear in one sentence, or the
	// topic of the article (a city is a club in sports news), carries over.
	d := newDocState(r, spans, r.tagger.tagIDs(spans))
	d.collect()
	d.splitPersons()
	d.orgRules()
	d.knownNames()
	d.seatPlaces()
	d.shortForms()
	d.propagate()
	ents := d.group()
	return Result{Entities: ents, Nationalities: d.nationalities()}, nil
}

// newDocState returns the working state of a document whose sentences
// (spans of its tokens) the tagger tagged (nil tags: all O); collect reads
// the tags, then the words (prepare).
func newDocState(r *Recognizer, spans []span, tags [][]int) *docState {
	d := &docState{r: r, names: make(map[string]bool)}
	for i, sp := range spans {
		d.doc, d.body = sp.doc, sp.doc.Text
		s := sentence{first: sp.lo, toks: sp.doc.Tokens[sp.lo:sp.hi:sp.hi]}
		if tags != nil {
			s.tags = tagStrings(tags[i])
		} else {
			s.tags = make([]string, sp.len())
			for k := range s.tags {
				s.tags[k] = "O"
			}
		}
		d.sents = append(d.sents, s)
	}
	return d
}

// placeStarts returns the first words of the multi-word country names of
// lex.
func placeStarts(lex *lexicon) map[string]bool {
	out := make(map[string]bool)
	for key, kind := range lex.kinds {
		if kind&kindCountry == 0 {
			continue
		}
		if first, _, ok := strings.Cut(key, " "); ok {
			out[first] = true
		}
	}
	return out
}
