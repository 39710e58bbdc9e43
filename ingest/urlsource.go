package ingest

import (
	"context"
	"io"
)

// URLSource yields the page at each URL, fetched through a Getter. A URL
// that cannot be fetched is one skipped item.
type URLSource struct {
	urls   []string
	getter Getter
	i      int
}

// NewURLSource returns a source of the pages at urls.
func NewURLSource(urls []string, g Getter) *URLSource {
	return &URLSource{urls: urls, getter: g}
}

// Next implements Source.
func (s *URLSource) Next(ctx context.Context) (Doc, error) {
	if err := ctx.Err(); err != nil {
		return Doc{}, err
	}
	if s.i >= len(s.urls) {
		return Doc{}, io.EOF
	}
	u := s.urls[s.i]
	s.i++
	d, err := s.getter.Fetch(ctx, u)
	if err != nil {
		if ctx.Err() != nil {
			return Doc{}, ctx.Err()
		}
		return Doc{}, skipNamed("url:"+u, reasonOf(err), err)
	}
	return d, nil
}
