package eval

import "encoding/json"

// Counts are the match counts of one layer. TP and FN count gold items
// found and missed (recall); SysTP and FP count system items that are
// correct and wrong (precision). SysTP equals TP wherever matching is one to
// one; only events, whose precision counts any system event matching any
// gold event, may differ.
type Counts struct {
	TP    int `json:"tp"`
	FN    int `json:"fn"`
	SysTP int `json:"sys_tp"`
	FP    int `json:"fp"`
}

// Add returns the sum of c and o (micro-averaging).
func (c Counts) Add(o Counts) Counts {
	return Counts{TP: c.TP + o.TP, FN: c.FN + o.FN, SysTP: c.SysTP + o.SysTP, FP: c.FP + o.FP}
}

// Precision is SysTP/(SysTP+FP). With no system items it is 1 when there
// was nothing to find either (TP+FN = 0) and 0 otherwise.
func (c Counts) Precision() float64 {
	if n := c.SysTP + c.FP; n > 0 {
		return float64(c.SysTP) / float64(n)
	}
	if c.TP+c.FN == 0 {
		return 1
	}
	return 0
}

// Recall is TP/(TP+FN), and 1 when there was nothing to find.
func (c Counts) Recall() float64 {
	if n := c.TP + c.FN; n > 0 {
		return float64(c.TP) / float64(n)
	}
	return 1
}

// F1 is the harmonic mean of Precision and Recall (0 when both are 0).
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// MarshalJSON writes the counts with their precision, recall and F1.
func (c Counts) MarshalJSON() ([]byte, error) {
	type plain Counts
	return json.Marshal(struct {
		plain
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{plain(c), round4(c.Precision()), round4(c.Recall()), round4(c.F1())})
}

// round4 rounds x to four decimals, for stable JSON.
func round4(x float64) float64 {
	const k = 10000
	return float64(int64(x*k+0.5)) / k
}
