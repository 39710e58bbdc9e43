// Package blevebench measures Marsad's search against bleve v2 with its
// Arabic analyzer and, when MARSAD_TEST_POSTGRES names a server, against
// PostgreSQL's built-in 'arabic' text-search configuration: the same news
// corpus indexed by each, the same query set (storetest.MixedQueries: words,
// AND pairs, phrases, OR, NOT, source and date filters, facets), a page of
// 20 hits with highlighted snippets, run interleaved, with the ratios
// printed (see TestCompare).
//
// It is a module of its own so that bleve, a benchmark-only dependency,
// never enters Marsad's go.mod or its binary. Run it from this directory:
//
//	MARSAD_COMPARE=31499 go test -run Compare -v -timeout 3h
package blevebench
