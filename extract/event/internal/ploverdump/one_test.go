package main

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/marsad/marsad"
	"github.com/marsad/marsad/document"
)

func TestOne(t *testing.T) {
	s := os.Getenv("SENT")
	az, err := marsad.New(marsad.Config{})
	if err != nil {
		t.Fatal(err)
	}
	art := &document.Article{ID: "x", Body: s, Paragraphs: []document.Paragraph{{Start: 0, End: len(s), Kind: document.KindText}}}
	an, err := az.AnalyzeArticle(context.Background(), art, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range an.Events {
		t.Logf("%s %s [%s] %s(%s) -> %s(%s) %s", e.Type, e.CAMEO, e.Trigger, e.Source, e.SourceCode, e.Target, e.TargetCode, e.Modality)
	}
}
