// Package syntax segments, tags and parses Arabic: it fills the shared
// arabic.Document that every layer of Marsad reads, once per text.
//
// # Pipeline
//
// Annotate tokenises a text and splits it into sentences (package arabic),
// cuts every written word into syntactic words the way the Universal
// Dependencies treebanks do (و + ب + الجيش; the article stays with its
// noun; pronoun suffixes are words of their own), then, sentence by
// sentence, predicts each word's universal part of speech, morphological
// features and lemma, and its dependency head and relation. The models are
// linear and greedy, with feature hashing into open-addressing tables, so
// the whole pass is linear in the text.
//
//   - Segmenter: arabic.Splits proposes the splits Arabic spelling allows
//     (proclitics, the article restored after لل, ة and ى restored before a
//     pronoun); a ranker trained on the treebanks' written words picks one,
//     from the split's shape, how often the news corpus writes the base and
//     the whole word, and the words themselves.
//   - Tagger: one averaged perceptron scores the part of speech (left to
//     right, with the tags already given) and, once all are known, each
//     morphological feature the part of speech can carry (an adjective
//     sees the gender and number given to the word before it). Lemmas come
//     from the treebanks' dictionary, else the form without its article.
//   - Parser: arc-hybrid transitions with the root at the end of the
//     buffer, an averaged perceptron trained with a dynamic oracle
//     (Goldberg and Nivre 2013) on jack-knifed tags, features after Zhang
//     and Nivre (2011) plus Arabic morphology (case, definiteness,
//     agreement); a second perceptron labels the arcs of the finished tree,
//     left to right, knowing which core relations the head already has.
//   - Lexicon: word counts and distributional classes (the exchange
//     algorithm, internal/wordclass) from the ANT news corpus, for words
//     the treebanks never saw.
//
// Sentences longer than MaxParse segments are parsed in pieces, so a
// document of any size costs time and memory in proportion to its length.
//
// # Models and licences
//
// DefaultModel is embedded: by default the model trained on UD Arabic-PADT
// v1.3 and UD Arabic-PUD, which inherits PADT's CC BY-NC-SA 3.0 licence
// (non-commercial); built with -tags marsad_permissive, the model trained
// on UD Arabic-PUD alone (CC BY-SA 3.0). model/SOURCE says how each was
// trained ('marsad train lexicon', 'marsad train parse') and scores.
//
// Training (Train, LoadTreebanks, BuildLexicon) lives in the train*.go
// files; the runtime reads only the model. Training splits every treebank
// by whole documents (ud.SplitOf): the test part is never trained or tuned
// on.
package syntax
