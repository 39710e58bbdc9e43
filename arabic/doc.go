// Package arabic is Marsad's dependency-free Arabic text library:
// normalisation keys, a tokeniser with byte offsets, a sentence splitter,
// clitic analysis and a light stemmer.
//
// Nothing here rewrites the source text. Normalised and stemmed forms are
// separate fields (Token.Norm, Token.Stem) or separate return values, and
// every offset is a byte offset into the string that was passed in.
package arabic
