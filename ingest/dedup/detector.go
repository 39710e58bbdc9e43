package dedup

import (
	"sync"
	"time"
)

// Doc is the text of one article as the Detector needs it.
type Doc struct {
	ID        string
	Title     string
	Body      string
	Published time.Time // zero: unknown
}

// Result is what the Detector found for one added article.
type Result struct {
	ID       string
	TextHash string // see TextHash
	// ExactOf is the ID of the first article with the same TextHash, or "".
	ExactOf string
	// NearOf is the ID of the most similar earlier near duplicate, or ""
	// (set for exact duplicates too). Similarity is its estimated Jaccard.
	NearOf     string
	Similarity float64
	// StoryID is the story the article belongs to: the ID of the story's
	// first article (the article's own ID if it starts a story).
	StoryID string
	// Merged lists earlier story IDs this article joined into StoryID;
	// articles stored under them now belong to StoryID.
	Merged []string
}

// DuplicateOf returns ExactOf, else NearOf: the article this one repeats.
func (r Result) DuplicateOf() string {
	if r.ExactOf != "" {
		return r.ExactOf
	}
	return r.NearOf
}

type docInfo struct {
	id    string
	n     int // shingles
	sig   []uint64
	terms map[uint64]struct{}
	pub   time.Time
}

// Detector finds duplicates and stories incrementally. It is safe for
// concurrent use; Add calls are serialised.
type Detector struct {
	cfg Config

	mu    sync.Mutex
	docs  []docInfo
	byID  map[string]int
	exact map[string]int
	bands map[uint64][]int // near-duplicate LSH buckets
	terms map[uint64][]int // story LSH buckets over title+lead terms
	uf    unionFind
}

// New returns an empty Detector.
func New(cfg Config) *Detector {
	return &Detector{
		cfg:   cfg.withDefaults(),
		byID:  map[string]int{},
		exact: map[string]int{},
		bands: map[uint64][]int{},
		terms: map[uint64][]int{},
	}
}

// Len returns the number of articles added.
func (d *Detector) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.docs)
}

// Add records an article and reports its duplicates and story. Adding an
// ID twice returns the first result's story without re-indexing.
func (d *Detector) Add(doc Doc) Result {
	d.mu.Lock()
	defer d.mu.Unlock()
	ws := words(doc.Body)
	res := Result{ID: doc.ID, TextHash: hashOf(ws)}
	if i, ok := d.byID[doc.ID]; ok {
		res.StoryID = d.docs[d.uf.find(i)].id
		return res
	}
	if len(ws) == 0 {
		ws = words(doc.Title)
	}
	sh := shingles(ws, d.cfg.Shingle)
	info := docInfo{
		id:    doc.ID,
		n:     len(sh),
		sig:   minhash(sh, d.cfg.Hashes),
		terms: storyTerms(doc.Title, doc.Body, d.cfg.LeadWords),
		pub:   doc.Published,
	}
	me := d.uf.add()
	d.docs = append(d.docs, info)
	d.byID[doc.ID] = me

	var links []int
	if j, ok := d.exact[res.TextHash]; ok && len(ws) > 0 {
		res.ExactOf, res.NearOf, res.Similarity = d.docs[j].id, d.docs[j].id, 1
		links = append(links, j)
	} else if len(ws) > 0 {
		d.exact[res.TextHash] = me
	}

	// Near duplicates: LSH candidates verified by estimated similarity.
	seen := map[int]bool{}
	for _, k := range bandKeys(info.sig, d.cfg.Rows) {
		for _, j := range d.bands[k] {
			if seen[j] {
				continue
			}
			seen[j] = true
			s := similarity(info.sig, d.docs[j].sig)
			if !d.near(s, info.n, d.docs[j].n) {
				continue
			}
			links = append(links, j)
			if res.ExactOf == "" && s > res.Similarity {
				res.NearOf, res.Similarity = d.docs[j].id, s
			}
		}
		d.bands[k] = append(d.bands[k], me)
	}

	// Stories: title+lead term overlap within the time window. Candidates
	// come from MinHash LSH over the term set (64 hashes, 32 bands of 2:
	// a pair at Jaccard 0.3 is a candidate with probability 0.95); the
	// exact Jaccard of the term sets decides.
	if !info.pub.IsZero() && len(info.terms) > 0 {
		set := make([]uint64, 0, len(info.terms))
		for t := range info.terms {
			set = append(set, t)
		}
		cand := map[int]bool{}
		for _, k := range bandKeys(minhash(set, storyHashes), storyRows) {
			for _, j := range d.terms[k] {
				cand[j] = true
			}
			d.terms[k] = append(d.terms[k], me)
		}
		for j := range cand {
			o := d.docs[j]
			gap := info.pub.Sub(o.pub)
			if gap < 0 {
				gap = -gap
			}
			if gap > d.cfg.StoryWindow {
				continue
			}
			if jaccard(info.terms, o.terms) >= d.cfg.StoryThreshold {
				links = append(links, j)
			}
		}
	}

	for _, j := range links {
		root, absorbed := d.uf.union(me, j)
		if absorbed >= 0 && absorbed != me {
			res.Merged = append(res.Merged, d.docs[absorbed].id)
		}
		_ = root
	}
	res.StoryID = d.docs[d.uf.find(me)].id
	// The story ID itself is never "merged" into itself.
	out := res.Merged[:0]
	for _, m := range res.Merged {
		if m != res.StoryID {
			out = append(out, m)
		}
	}
	res.Merged = out
	return res
}

// Story returns the current story ID of an added article, or "" if the ID
// is unknown.
func (d *Detector) Story(id string) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	i, ok := d.byID[id]
	if !ok {
		return ""
	}
	return d.docs[d.uf.find(i)].id
}

// Similarity returns the estimated shingle Jaccard similarity of two added
// articles, and false if either is unknown.
func (d *Detector) Similarity(a, b string) (float64, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	i, ok1 := d.byID[a]
	j, ok2 := d.byID[b]
	if !ok1 || !ok2 {
		return 0, false
	}
	return similarity(d.docs[i].sig, d.docs[j].sig), true
}

// near decides whether two articles with estimated shingle Jaccard j and
// na, nb shingles are near duplicates: j itself, or the containment of the
// smaller in the larger, |A∩B| / min(|A|,|B|), where |A∩B| = j(|A|+|B|)/(1+j).
func (d *Detector) near(j float64, na, nb int) bool {
	if j >= d.cfg.NearThreshold {
		return true
	}
	return containment(j, na, nb) >= d.cfg.ContainThreshold
}

func containment(j float64, na, nb int) float64 {
	small := min(na, nb)
	if small == 0 {
		return 0
	}
	return j / (1 + j) * float64(na+nb) / float64(small)
}

// Story LSH shape: 64 hashes in 32 bands of 2 rows.
const (
	storyHashes = 64
	storyRows   = 2
)

// jaccard returns |a∩b| / |a∪b|.
func jaccard(a, b map[uint64]struct{}) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for x := range a {
		if _, ok := b[x]; ok {
			n++
		}
	}
	u := len(a) + len(b) - n
	if u == 0 {
		return 0
	}
	return float64(n) / float64(u)
}
