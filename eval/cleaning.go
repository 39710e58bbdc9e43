package eval

import (
	"strings"

	"github.com/marsad/marsad/extract"
)

// scoreCleaning compares title and authors after normalisation and looks
// for the body's must_include/must_exclude strings in the normalised body.
func scoreCleaning(g *Gold, a *extract.Analysis) CleaningScore {
	c := CleaningScore{
		TitleOK:      Normalize(g.Title) == Normalize(a.Title),
		GoldTitle:    g.Title,
		SystemTitle:  a.Title,
		IncludeTotal: len(g.Body.MustInclude),
		ExcludeTotal: len(g.Body.MustExclude),
	}
	c.MissingAuthors, c.ExtraAuthors = multisetDiff(g.Authors, a.Authors)
	c.AuthorsOK = len(c.MissingAuthors) == 0 && len(c.ExtraAuthors) == 0
	subs := nameSet{}
	subs.add(a.Subheadings...)
	for _, h := range g.Subheadings {
		if Normalize(h) == "" {
			continue
		}
		c.SubheadsTotal++
		if subs[Normalize(h)] {
			c.SubheadsFound++
		} else {
			c.MissingSubheads = append(c.MissingSubheads, h)
		}
	}
	body := Normalize(a.Body)
	for _, s := range g.Body.MustInclude {
		if strings.Contains(body, Normalize(s)) {
			c.IncludeFound++
		} else {
			c.MissingIncludes = append(c.MissingIncludes, s)
		}
	}
	for _, s := range g.Body.MustExclude {
		if strings.Contains(body, Normalize(s)) {
			c.ExcludeLeaked++
			c.LeakedExcludes = append(c.LeakedExcludes, s)
		}
	}
	return c
}

// multisetDiff compares two lists of names as multisets of normalised
// strings (order ignored, empty names skipped): it returns the gold names
// the system lacks and the system names the gold lacks.
func multisetDiff(gold, sys []string) (missing, extra []string) {
	bag := map[string]int{}
	for _, s := range sys {
		if k := Normalize(s); k != "" {
			bag[k]++
		}
	}
	for _, s := range gold {
		k := Normalize(s)
		if k == "" {
			continue
		}
		if bag[k] > 0 {
			bag[k]--
		} else {
			missing = append(missing, s)
		}
	}
	for _, s := range sys {
		if k := Normalize(s); k != "" && bag[k] > 0 {
			bag[k]--
			extra = append(extra, s)
		}
	}
	return missing, extra
}
