// Command ploverdump is a temporary development aid: it prints each PLOVER
// dev sentence with its gold event and the events Marsad codes for it.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/eval"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	set, err := eval.ReadPlover(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	s2 := func(p *string) string {
		if p == nil {
			return "-"
		}
		return *p
	}
	for _, s := range set {
		ref, _ := time.Parse("20060102", s.Date)
		art := &document.Article{ID: s.ID, Body: s.Text, Paragraphs: []document.Paragraph{{Start: 0, End: len(s.Text), Kind: document.KindText}}}
		an, err := az.AnalyzeArticle(context.Background(), art, ref)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		g := s.Events[0]
		fmt.Printf("=== %s %s src=%s tgt=%s trig=%s stext=%s ttext=%s\n%s\n", s.ID, g.Plover, s2(g.SourceCode), s2(g.TargetCode), s2(g.Trigger), s2(g.SourceText), s2(g.TargetText), s.Text)
		for _, e := range an.Events {
			fmt.Printf("  SYS %s %s [%s] %s(%s) -> %s(%s) %s\n", e.Type, e.CAMEO, e.Trigger, e.Source, e.SourceCode, e.Target, e.TargetCode, e.Modality)
		}
		for _, e := range an.Entities {
			fmt.Printf("  ENT %s %s %s\n", e.Type, e.Canonical, e.ActorCode)
		}
	}
}
