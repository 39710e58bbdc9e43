package event

import (
	"strings"

	"github.com/marsad/marsad/arabic"
)

var negators = map[string]bool{"لم": true, "لن": true, "لا": true, "ما": true, "ليس": true, "عدم": true, "دون": true, "بدون": true, "غير": true, "ولم": true, "ولن": true, "ولا": true}

var conditionals = map[string]bool{"اذا": true, "لو": true, "حال": true, "حاله": true, "وإذا": true, "واذا": true, "ولو": true, "فاذا": true}

// modality reads negation, condition, future and report around trigger h.
func (c *Coder) modality(st *docState, toks []arabic.Token, h hit) string {
	for j := h.i - 1; j >= 0 && h.i-j <= 3; j-- {
		if negators[toks[j].Norm] && (toks[j].Norm != "ما" || j == h.i-1) {
			// ما negates only the verb right after it; further back it is
			// the relative of "ما أدى إلى مقتل …" (which led to deaths).
			return Negated
		}
		if toks[j].Kind == arabic.Punct {
			break
		}
	}
	for j := h.i - 1; j >= 0 && h.i-j <= 12; j-- {
		if conditionals[toks[j].Norm] {
			return Conditional
		}
		if isSentenceStop(toks[j].Text) {
			break
		}
	}
	t := toks[h.i].Norm
	if (strings.HasPrefix(t, "سي") || strings.HasPrefix(t, "ست") || strings.HasPrefix(t, "وسي") || strings.HasPrefix(t, "فسي") || strings.HasPrefix(t, "فست")) && !h.noun {
		return Future
	}
	if h.i > 0 && (toks[h.i-1].Norm == "سوف" || toks[h.i-1].Norm == "لن") {
		return Future
	}
	pos := toks[h.i].Start
	for _, q := range st.in.Quotes {
		if q.ContentStart <= pos && pos < q.ContentEnd {
			return Reported
		}
	}
	return Asserted
}
