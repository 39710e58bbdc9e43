package extract

import (
	"testing"

	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/quote"
)

func TestPlaceholderConfidence(t *testing.T) {
	an := &Analysis{
		Quotes: []quote.Quote{{Content: "أ"}, {Content: "ب"}},
		Events: []event.Event{{Type: "ASSAULT", Confidence: 0.8}, {Type: "PROTEST"}},
	}
	placeholderConfidence(an)
	for _, q := range an.Quotes {
		if q.Confidence != UnscoredConfidence {
			t.Errorf("unscored quote has confidence %v", q.Confidence)
		}
	}
	if an.Events[0].Confidence != 0.8 || an.Events[1].Confidence != 0 {
		t.Errorf("a scored layer was changed: %+v", an.Events)
	}
}
