package ingest

// Open builds the Source behind `marsad ingest [--feed URL]... SOURCE...`:
// the feeds first (each item's link fetched through g), then the SOURCE
// arguments in order — http(s) URLs fetched through g, everything else read
// as files and directories with cfg. g may be nil when no argument is a URL
// and feed items should be yielded as their summaries.
func Open(args, feeds []string, g Getter, cfg FileConfig) Source {
	var srcs []Source
	for _, f := range feeds {
		srcs = append(srcs, NewFeedSource(f, FeedConfig{Getter: g}))
	}
	var urls, paths []string
	flush := func() {
		if len(paths) > 0 {
			srcs = append(srcs, NewFileSource(paths, cfg))
			paths = nil
		}
		if len(urls) > 0 {
			srcs = append(srcs, NewURLSource(urls, g))
			urls = nil
		}
	}
	for _, a := range args {
		if isURL(a) {
			if len(paths) > 0 {
				flush()
			}
			urls = append(urls, a)
			continue
		}
		if len(urls) > 0 {
			flush()
		}
		paths = append(paths, a)
	}
	flush()
	if len(srcs) == 1 {
		return srcs[0]
	}
	return Concat(srcs...)
}
