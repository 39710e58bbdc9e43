// Package ud reads, writes, harmonises and scores Universal Dependencies
// treebanks in the CoNLL-U format, for the Arabic tagger and parser of
// package syntax.
//
// # Reading and writing
//
// Read parses CoNLL-U (words, multiword-token ranges, comments; empty nodes
// are skipped) and Write prints it back. Every error names the line.
//
// # Harmonisation
//
// The two Arabic treebanks Marsad trains on follow different conventions.
// UD Arabic-PADT v1.3 (2016) has vocalised forms and lemmas, UD v1 labels
// and no raw text; UD Arabic-PUD has unvocalised forms, UD v2 labels and
// SpaceAfter=No marks. HarmonizePADT turns a PADT v1.3 sentence into the
// conventions Marsad predicts (see its doc comment for the full list):
// marks removed from forms and lemmas, UD v2 relation names (dobj → obj,
// nmod on a predicate → obl, neg → advmod, nsubjpass → nsubj:pass …), CONJ
// split into CCONJ and SCONJ, unanalysed and foreign words (XPOS U-, X-)
// as PROPN, Definite=Red → Cons, Negative → Polarity. HarmonizePUD keeps
// PUD's own labels but restores the article that PUD cuts after ل (ل +
// لسلطة → ل + السلطة), so both treebanks split words the same way.
//
// # Raw text
//
// PADT v1.3 gives only the syntactic words. Detokenize rebuilds the words as
// they are written (و + ب + الجيش → وبالجيش, ل + الحظر → للحظر, مدينة + ها
// → مدينتها) and records them as multiword tokens, so that the segmenter
// can be trained and scored from raw text.
//
// # Scoring
//
// Evaluate computes the metrics of the CoNLL 2018 shared task evaluation
// script: Tokens, Words (segmentation), UPOS, UFeats, Lemmas, UAS and LAS as
// F1 over words aligned by their character spans (words inside a multiword
// token are aligned by the longest common subsequence of their forms). With
// gold segmentation, F1 equals accuracy.
package ud
