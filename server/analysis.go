package server

import "github.com/marsad/marsad/extract"

// complete returns a copy of an with nil lists made empty, so the answer
// has the arrays schema/analysis.schema.json requires even for analyses
// stored by older or partial writers, and its URL kept only if it is
// http(s) (see webURL).
func complete(an *extract.Analysis) *extract.Analysis {
	if an == nil {
		return nil
	}
	c := *an
	c.URL = webURL(c.URL)
	orEmpty(&c.Authors)
	orEmpty(&c.Subheadings)
	orEmpty(&c.Paragraphs)
	orEmpty(&c.Entities)
	orEmpty(&c.Nationalities)
	orEmpty(&c.Quotes)
	orEmpty(&c.Events)
	orEmpty(&c.Places)
	orEmpty(&c.Times)
	return &c
}

func orEmpty[T any](s *[]T) {
	if *s == nil {
		*s = []T{}
	}
}
