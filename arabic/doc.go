// Package arabic is Marsad's Arabic text library: normalisation keys with
// offset maps, a tokeniser with byte offsets, a sentence splitter, clitic
// analysis for matching names, and Lucene's light stemmer. It depends only
// on the standard library and golang.org/x/text.
//
// # Source text is never rewritten
//
// Every function takes the text as it is and returns either spans (byte
// offsets into that very string) or separate keys. Token.Text is always
// s[Token.Start:Token.End]; Token.Norm and Token.Stem are keys beside it.
// NormalizeMap maps every byte of a key back to the source, so a match
// found in normalised text can be reported at its place in the original.
//
// # Normalisation
//
// Normalize builds the matching key used across Marsad, the same one the
// gold format (shared/eval/FORMAT.md) compares with: NFKC (presentation
// forms and ligatures such as ﻻ and ﷺ become letters), tashkeel, tatweel and
// zero-width characters dropped, أ إ آ ٱ → ا, ؤ → و, ئ → ي, ى → ي, ة → ه,
// Arabic-Indic and Persian digits → ASCII, lower case. It skips NFKC when
// no character needs it and does not allocate when s is already a key.
// FoldDigits folds digits only. LuceneNormalize is Lucene's smaller
// ArabicNormalizer, for exact Lucene compatibility.
//
// # Tokens and sentences
//
// Tokenize returns Word (Arabic), Number, Latin, URL, Hashtag, Mention,
// Punct and Symbol tokens; tashkeel, tatweel and joiners stay inside words,
// numbers keep their separators (3.5, ١٬٠٠٠, ٣٫٥), hashtags their
// underscores. Sentences splits at . ! ? ؟ … and runs such as .. and ...,
// and at line breaks, but not at the Arabic comma, inside numbers, after
// single letters and abbreviations (د. محمد), or inside a quotation that
// closes later in the paragraph.
//
// # Clitics and stems
//
// Arabic attaches conjunctions, prepositions, the article and pronouns to
// words: وبالجيش is و + ب + ال + جيش. Clitics lists the possible splits,
// most likely first; StripClitics returns the best stem with its article
// (بحفتر → حفتر, والجيش → الجيش), StripAllClitics without it (جيش). Names
// and common words that merely start like a clitic (بغداد، لبنان، فرنسا،
// وزير) are protected by an embedded list (IsProtected). LightStem is
// Lucene's ArabicStemmer over Normalize; the package's tests reproduce
// every Lucene test vector (normaliser, stemmer, analyzer).
//
// # Data
//
// The word lists (protected names, abbreviations, stop words) are embedded
// from the data directory, each described in data/SOURCE. They are read-only
// tables; the package has no mutable global state and every function is
// safe for concurrent use.
package arabic
