package entity

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestExperiment is a temporary dev-only harness (MARSAD_EXP=1).
func TestExperiment(t *testing.T) {
	if os.Getenv("MARSAD_EXP") == "" {
		t.Skip()
	}
	f, err := os.Open("../../../shared/data/ner/anercorp/train.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	cut := len(all) - len(all)/10
	tr, dev := all[:cut], all[cut:]
	def, err := DefaultTagger()
	if err != nil {
		t.Fatal(err)
	}
	cl, _ := DefaultClusters()
	names := def.mf.names
	if p := os.Getenv("NAMES"); p != "" {
		b, _ := os.ReadFile(p)
		names = strings.Split(strings.TrimSpace(string(b)), "\n")
	}
	start := time.Now()
	var sum float64
	for seed := uint64(1); seed <= 2; seed++ {
		_, res, err := Train(context.Background(), tr, dev, cl, TrainOptions{Seed: seed,
			Names:        names,
			SentenceOnly: os.Getenv("MARSAD_EXP") == "1",
			EpochObserver: func(l, e, errs int, sc Score) {
				if os.Getenv("V") != "" {
					t.Logf("L%d e%2d errs %d P %.4f R %.4f F1 %.4f %s", l, e, errs, sc.Micro.Precision(), sc.Micro.Recall(), sc.Micro.F1(), time.Since(start).Round(time.Second))
				}
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("best %v dev F1 %.4f feats %d obias %v", res.BestEpoch, res.BestDev.Micro.F1(), res.Features, res.OBias)
		for _, ty := range []string{PER, LOC, ORG, MISC} {
			p := res.BestDev.ByType[ty]
			t.Logf("%s P %.3f R %.3f F1 %.3f", ty, p.Precision(), p.Recall(), p.F1())
		}
		sum += res.BestDev.Micro.F1()
	}
	t.Logf("MEAN dev F1 %.4f", sum/2)
}

func envf(k string) float32 {
	v, _ := strconv.ParseFloat(os.Getenv(k), 32)
	return float32(v)
}
