package syntax

import (
	"io"
	"strconv"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/arabic/ud"
)

// SentenceOf writes sentence k of an annotated document as a treebank
// sentence: its segments are the words (heads counted within the
// sentence), every token of several segments is a multiword token, and the
// text of the sentence is its "text" comment.
func SentenceOf(doc *arabic.Document, k int) ud.Sentence {
	s := doc.Sentences[k]
	out := ud.Sentence{Comments: []string{"text = " + strings.Join(strings.Fields(doc.Text[s.Start:s.End]), " ")}}
	for t := s.FirstToken; t < s.EndToken; t++ {
		lo, hi := doc.SegmentRange(t)
		tok := &doc.Tokens[t]
		space := t+1 < s.EndToken && doc.Tokens[t+1].Start > tok.End
		misc := "_"
		if !space && t+1 < s.EndToken {
			misc = "SpaceAfter=No"
		}
		if hi-lo > 1 {
			out.MWTs = append(out.MWTs, ud.MWT{First: lo - s.FirstSeg + 1, Last: hi - s.FirstSeg, Form: tok.Text, Misc: misc})
		}
		for g := lo; g < hi; g++ {
			seg := &doc.Segments[g]
			head := 0
			if seg.Head >= 0 {
				head = seg.Head - s.FirstSeg + 1
			}
			lemma := seg.Lemma
			if lemma == "" {
				lemma = "_"
			}
			wm := "_"
			if hi-lo == 1 {
				wm = misc
			}
			rel := seg.Rel.String()
			if !doc.Parsed || !s.Parsed {
				head = -1
				rel = "_"
			}
			out.Words = append(out.Words, ud.Word{ID: g - s.FirstSeg + 1, Form: seg.Form, Lemma: lemma,
				UPOS: seg.UPOS.String(), XPOS: "_", Feats: seg.Feats.String(), Head: head, Rel: rel, Deps: "_", Misc: wm})
		}
	}
	return out
}

// WriteCoNLLU writes every sentence of an annotated document as CoNLL-U,
// with sent_id comments numbering them from 1 under the prefix id.
func WriteCoNLLU(w io.Writer, doc *arabic.Document, id string) error {
	sents := make([]ud.Sentence, 0, len(doc.Sentences))
	for k := range doc.Sentences {
		s := SentenceOf(doc, k)
		s.Comments = append([]string{"sent_id = " + id + strconv.Itoa(k+1)}, s.Comments...)
		sents = append(sents, s)
	}
	return ud.Write(w, sents)
}
