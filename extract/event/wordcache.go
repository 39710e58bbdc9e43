package event

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

// wordInfo is what the coder asks of a written word, computed once: its
// match keys (stems) and the lexicon and actor tests that read only the
// word. Everything in it depends on the word's text alone (a token's Norm
// is Normalize of its Text).
type wordInfo struct {
	keys       []string // stems(t); shared, never modified
	protester  bool     // isProtester
	agent      bool     // isAgentWord
	actorCtx   int8     // the verdict of actorContext's key loop: 0 none, ctxPlace or ctxActor
	occurrence bool     // a key is an occurrence word (concrete)
	nat        string   // Actors.Nationality
	natOK      bool
	sector     string // Actors.Sector, only for protester or agent words
	sectorOK   bool
	trigger    bool // a key starts a trigger form: matchTrigger may match
}

// Verdicts of the key loop of actorContext.
const (
	ctxPlace int8 = 1 + iota // a key is a place noun: the adjective qualifies a place
	ctxActor                 // a key is an actor or protester noun
)

// wordCache memoises wordInfo for one document, in front of the Coder's
// memo shared by every document. A wordCache belongs to one Code call and
// is not safe for concurrent use.
type wordCache struct {
	c     *Coder
	infos map[string]*wordInfo
}

func newWordCache(c *Coder) *wordCache {
	return &wordCache{c: c, infos: make(map[string]*wordInfo, 512)}
}

// info returns the wordInfo of a token's text.
func (w *wordCache) info(t arabic.Token) *wordInfo {
	if wi, ok := w.infos[t.Text]; ok {
		return wi
	}
	wi := w.c.words.Get(t.Text, func(string) *wordInfo { return w.c.wordInfo(t) })
	w.infos[t.Text] = wi
	return wi
}

// stems returns the match keys of a token (see stems); the slice is shared
// and must not be modified.
func (w *wordCache) stems(t arabic.Token) []string { return w.info(t).keys }

// sector is Actors.Sector of a token's text; ok is false for words that
// are neither protester nor agent nouns.
func (w *wordCache) sector(t arabic.Token) (string, bool) {
	wi := w.info(t)
	return wi.sector, wi.sectorOK
}

// nationality is Actors.Nationality of a token's text.
func (w *wordCache) nationality(t arabic.Token) (string, bool) {
	wi := w.info(t)
	return wi.nat, wi.natOK
}

// wordInfo computes the wordInfo of t. Its strings are copies, so that a
// memoised answer never pins the document body.
func (c *Coder) wordInfo(t arabic.Token) *wordInfo {
	keys := stems(t)
	for i, s := range keys {
		keys[i] = strings.Clone(s)
	}
	wi := &wordInfo{keys: keys}
	for _, s := range keys {
		if c.lx.protesters[s] {
			wi.protester = true
			break
		}
	}
	wi.agent = c.isAgentWord(keys, t.Norm)
	for _, s := range keys {
		if c.lx.placeNouns[s] {
			wi.actorCtx = ctxPlace
			break
		}
		if c.lx.actorNouns[s] || c.lx.protesters[s] {
			wi.actorCtx = ctxActor
			break
		}
	}
	for _, s := range keys {
		if c.lx.occurrence[s] {
			wi.occurrence = true
			break
		}
	}
	wi.nat, wi.natOK = c.actors.Nationality(t.Text)
	if wi.protester || wi.agent {
		wi.sector, wi.sectorOK = c.actors.Sector(t.Text)
	}
	if wi.actorCtx == 0 && !wi.natOK && !isAdjective(t.Norm) {
		// Any noun the actor knowledge base codes by sector can act: a
		// nationality after it is the actor's (القنصل الأفغاني، مصورا فرنسيا).
		// Words that look like relational adjectives (سياسيا) are left out.
		if _, ok := c.actors.Sector(t.Text); ok {
			wi.actorCtx = ctxActor
		}
	}
	for _, s := range keys {
		if len(c.lx.forms[s]) > 0 {
			wi.trigger = true
			break
		}
	}
	return wi
}
