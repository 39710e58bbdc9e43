package ud

import (
	"hash/fnv"
	"strings"
)

// Part is the part of a treebank split a document belongs to.
type Part uint8

// The parts of a split.
const (
	Train Part = iota
	Dev
	Test
)

// String names the part.
func (p Part) String() string {
	switch p {
	case Dev:
		return "dev"
	case Test:
		return "test"
	}
	return "train"
}

// SplitOf assigns a document to a part from a hash of its ID: about 15% of
// documents are Test, 10% Dev and the rest Train. The assignment depends on
// the ID alone, so it never changes when files are read in another order,
// and whole documents stay together.
func SplitOf(docID string) Part {
	h := fnv.New32a()
	h.Write([]byte("marsad-ud-split/" + docID))
	switch v := h.Sum32() % 100; {
	case v < 15:
		return Test
	case v < 25:
		return Dev
	}
	return Train
}

// Documents assigns every sentence the ID of its document: the
// "newdoc id" comment that opens a document (UD Arabic-PUD), or the file
// part of an "orig_file_sentence" comment (UD Arabic-PADT v1.3:
// AFP_ARB_20000715.0011#3 → AFP_ARB_20000715.0011). A sentence with
// neither belongs to the document before it.
func Documents(sents []Sentence) []string {
	ids := make([]string, len(sents))
	cur := ""
	for i := range sents {
		if d := sents[i].Comment("newdoc id"); d != "" {
			cur = d
		} else if o := sents[i].Comment("orig_file_sentence"); o != "" {
			cur, _, _ = strings.Cut(o, "#")
		}
		ids[i] = cur
	}
	return ids
}
