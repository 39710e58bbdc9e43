package entity

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sort"
)

// TrainOptions tunes Train. Zero fields take the defaults.
type TrainOptions struct {
	Epochs       int     // maximum passes over the training data per layer (default 20)
	Patience     int     // stop after this many epochs without a better dev F1 (default 3)
	Seed         uint64  // shuffling seed (default 1)
	FirstNameMin int     // a name-initial token seen this often becomes a first name (default 2)
	Prune        float32 // drop features whose weights are all smaller (default 1e-6)
	Folds        int     // jackknife folds for the document layer's inputs (default 4)
	Members      int     // perceptrons per layer, trained in different orders and averaged (default 3)
	SentenceOnly bool    // train the sentence layer only
	NoOBias      bool    // keep the final layer's O scores as learnt (no margin for recall)
	Refit        bool    // after choosing epochs on dev, train again on train+dev
	// Names are "TYPE TAB key" lines of names found in unlabelled text
	// (BuildNames), used as lexicon features and stored in the model.
	Names []string
	// Annotator gives the linguistic analysis of each sentence, which the
	// features read; it must be the model the tagger will read documents
	// of (syntax.DefaultModel). Required.
	Annotator Annotator
	// EpochObserver, if set, is called after every epoch of each layer
	// (1: sentence layer, 2: document layer) with the dev score.
	EpochObserver func(layer, epoch, trainErrors int, dev Score)
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 20
	}
	if o.Patience <= 0 {
		o.Patience = 3
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.FirstNameMin <= 0 {
		o.FirstNameMin = 2
	}
	if o.Prune <= 0 {
		o.Prune = 1e-6
	}
	if o.Folds <= 1 {
		o.Folds = 4
	}
	if o.Members <= 0 {
		o.Members = 3
	}
}

// TrainResult says how training went.
type TrainResult struct {
	BestEpoch []int     // per layer
	DevF1     []float64 // micro F1 on dev after each epoch of the last layer
	LayerF1   [][]float64
	BestDev   Score   // of the final tagger
	Features  int     // features seen in training
	OBias     float32 // subtracted from the O score of every token (chosen on dev)
}

// indexed is a sentence with its features as rows of a weight table.
type indexed struct {
	feats []int32
	off   []int
	gold  []int
	al    *aligned // the corpus sentence, for scoring on its own tokens
}

// featTable assigns weight rows to feature hashes.
type featTable struct {
	index  map[uint64]int32
	hashes []uint64
}

func (ft *featTable) indexed(feats []uint64, off []int, tags []string, grow bool) (indexed, error) {
	ix := indexed{off: off, feats: make([]int32, len(feats)), gold: make([]int, len(tags))}
	for i, h := range feats {
		row, ok := ft.index[h]
		if !ok {
			row = -1
			if grow {
				row = int32(len(ft.hashes))
				ft.index[h] = row
				ft.hashes = append(ft.hashes, h)
			}
		}
		ix.feats[i] = row
	}
	for i, t := range tags {
		id, ok := tagID(t)
		if !ok {
			return ix, fmt.Errorf("entity: train: unknown tag %q", t)
		}
		ix.gold[i] = id
	}
	return ix, nil
}

// Train learns a tagger with the averaged structured perceptron (Collins
// 2002) and constrained Viterbi decoding, keeping the epoch with the best
// micro F1 on dev. A second, document layer is then stacked on the first
// (its inputs on the training data come from jackknifed first layers, so
// they are as noisy as at tagging time). With Refit, both layers are then
// trained again on train and dev together for the epochs chosen on dev.
// The same data, clusters and options give the same model, byte for byte.
func Train(ctx context.Context, train, dev []Sentence, clusters *Clusters, opts TrainOptions) (*Tagger, TrainResult, error) {
	opts.defaults()
	var res TrainResult
	if len(train) == 0 || len(dev) == 0 {
		return nil, res, fmt.Errorf("entity: train: need training and dev sentences (%d, %d)", len(train), len(dev))
	}
	if opts.Annotator == nil {
		return nil, res, fmt.Errorf("entity: train: no annotator")
	}
	trA, devA := alignAll(opts.Annotator, train), alignAll(opts.Annotator, dev)
	first := deriveFirstNames(trA, opts.FirstNameMin)
	lex, err := loadLexicon(first, opts.Names)
	if err != nil {
		return nil, res, err
	}
	tr := &trainer{opts: opts, fz: &featurizer{lex: lex, clus: clusters}}
	trB, devB := featurizeWith(tr.fz, trA), featurizeWith(tr.fz, devA)
	layers, err := tr.fit(ctx, trB, devB, nil, &res)
	if err != nil {
		return nil, res, err
	}
	if opts.Refit {
		all := append(append([]based(nil), trB...), devB...)
		if layers, err = tr.fit(ctx, all, nil, res.BestEpoch, &res); err != nil {
			return nil, res, err
		}
	}
	// Round-trip through the file format so the returned tagger is exactly
	// the one that would be loaded from disk (pruned and quantised).
	t, err := roundTrip(&modelFile{firstNames: first, names: opts.Names, layers: layers}, opts.Prune, clusters)
	if err != nil {
		return nil, res, err
	}
	return t, res, nil
}

// based is a sentence with its token information and sentence features.
type based struct {
	al    *aligned
	infos []tokInfo
	feats []uint64
	off   []int
	tags  []string // of the document's tokens
}

type trainer struct {
	opts TrainOptions
	fz   *featurizer
}

// alignAll annotates labelled sentences.
func alignAll(a Annotator, ss []Sentence) []aligned {
	out := make([]aligned, len(ss))
	for i, s := range ss {
		out[i] = alignSentence(a, s.Tokens, s.Tags)
	}
	return out
}

// featurizeWith computes the token information and sentence features of
// annotated sentences with the given featurizer.
func featurizeWith(fz *featurizer, ss []aligned) []based {
	out := make([]based, len(ss))
	for i := range ss {
		out[i].al = &ss[i]
		out[i].infos = fz.infos(ss[i].span)
		out[i].feats, out[i].off = fz.featuresOf(out[i].infos)
		out[i].tags = ss[i].tags
	}
	return out
}

// fit trains the layers. With dev data it chooses each layer's epoch on dev
// and records it in res; without, it trains for the given epochs.
func (tr *trainer) fit(ctx context.Context, trB, devB []based, epochs []int, res *TrainResult) ([]*model, error) {
	opts := tr.opts
	devGold := make([][]string, len(devB))
	for i := range devB {
		devGold[i] = devB[i].al.gold
	}
	epochsOf := func(layer int) int {
		if epochs != nil {
			return epochs[layer]
		}
		return opts.Epochs
	}
	observe := func(layer int) func(int, int, Score) {
		if epochs != nil || opts.EpochObserver == nil {
			return nil
		}
		return func(e, errs int, sc Score) { opts.EpochObserver(layer, e, errs, sc) }
	}
	record := func(l *layerResult, nf int) {
		if epochs != nil {
			return
		}
		res.BestEpoch = append(res.BestEpoch, l.bestEpoch)
		res.LayerF1 = append(res.LayerF1, l.devF1)
		res.DevF1, res.BestDev = l.devF1, l.best
		res.Features += nf
	}
	t1 := &featTable{index: make(map[uint64]int32)}
	trIx, err := t1.indexAll(trB, nil, true)
	if err != nil {
		return nil, err
	}
	devIx, err := t1.indexAll(devB, nil, false)
	if err != nil {
		return nil, err
	}
	l1, err := runPerceptron(ctx, trIx, devIx, devGold, len(t1.hashes), opts, opts.Seed, epochsOf(0), observe(1))
	if err != nil {
		return nil, err
	}
	record(l1, len(t1.hashes))
	layers := []*model{l1.model(t1)}
	if opts.SentenceOnly {
		return layers, nil
	}
	// Jackknifed first-layer tags for the training data.
	trTags := make([][]int, len(trB))
	for k := range opts.Folds {
		lo, hi := k*len(trB)/opts.Folds, (k+1)*len(trB)/opts.Folds
		rest := append(append([]indexed(nil), trIx[:lo]...), trIx[hi:]...)
		lk, err := runPerceptron(ctx, rest, nil, nil, len(t1.hashes), opts, opts.Seed+uint64(k)+1, l1.bestEpoch, nil)
		if err != nil {
			return nil, err
		}
		for i := lo; i < hi; i++ {
			trTags[i] = decodeIndexed(&trIx[i], lk.w, &lk.trans)
		}
	}
	devTags := make([][]int, len(devB))
	for i := range devIx {
		devTags[i] = decodeIndexed(&devIx[i], l1.w, &l1.trans)
	}
	t2 := &featTable{index: make(map[uint64]int32)}
	tr2, err := t2.indexAll(trB, docFeatures(infosOf(trB), trTags), true)
	if err != nil {
		return nil, err
	}
	dev2, err := t2.indexAll(devB, docFeatures(infosOf(devB), devTags), false)
	if err != nil {
		return nil, err
	}
	l2, err := runPerceptron(ctx, tr2, dev2, devGold, len(t2.hashes), opts, opts.Seed, epochsOf(1), observe(2))
	if err != nil {
		return nil, err
	}
	record(l2, len(t2.hashes))
	if epochs == nil && !opts.NoOBias {
		res.OBias, res.BestDev = tuneOBias(l2, t2, dev2, devGold)
	}
	applyOBias(l2, t2, res.OBias)
	return append(layers, l2.model(t2)), nil
}

func infosOf(bs []based) [][]tokInfo {
	out := make([][]tokInfo, len(bs))
	for i := range bs {
		out[i] = bs[i].infos
	}
	return out
}

// indexAll indexes sentences, with per-token extra features if doc is set.
func (ft *featTable) indexAll(bs []based, doc [][][]uint64, grow bool) ([]indexed, error) {
	out := make([]indexed, len(bs))
	for i, b := range bs {
		f, off := b.feats, b.off
		if doc != nil {
			f, off = appendDoc(f, off, doc[i])
		}
		var err error
		if out[i], err = ft.indexed(f, off, b.tags, grow); err != nil {
			return nil, err
		}
		out[i].al = b.al
	}
	return out, nil
}

// layerResult is one trained layer.
type layerResult struct {
	w         []float32
	trans     [numTags + 1][numTags]float32
	bestEpoch int
	best      Score
	devF1     []float64
}

func (l *layerResult) model(ft *featTable) *model {
	m := &model{index: make(map[uint64]int32, len(ft.hashes)), w: l.w, trans: l.trans}
	for row, h := range ft.hashes {
		m.index[h] = int32(row)
	}
	return m
}

// runPerceptron trains one layer. With dev data it keeps the best epoch and
// stops early; without, it runs exactly epochs passes.
func runPerceptron(ctx context.Context, train, dev []indexed, devGold [][]string, nf int, opts TrainOptions, seed uint64, epochs int, observe func(int, int, Score)) (*layerResult, error) {
	// An ensemble of perceptrons that see the data in different orders;
	// their averaged weights are averaged again (less variance).
	members := max(opts.Members, 1)
	ps := make([]*perceptron, members)
	rngs := make([]*rand.Rand, members)
	orders := make([][]int, members)
	for m := range members {
		ps[m] = newPerceptron(nf)
		rngs[m] = rand.New(rand.NewPCG(seed+uint64(m)*1000003, 0x6d61727361640003))
		orders[m] = make([]int, len(train))
		for i := range orders[m] {
			orders[m][i] = i
		}
	}
	res := &layerResult{}
	bestF1, since := -1.0, 0
	for epoch := 1; epoch <= epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("entity: train: %w", err)
		}
		errs := 0
		for m, p := range ps {
			order := orders[m]
			rngs[m].Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, si := range order {
				if p.step(&train[si]) && m == 0 {
					errs++
				}
			}
		}
		if len(dev) == 0 {
			if epoch == epochs {
				res.w, res.trans = ensembleAveraged(ps)
				res.bestEpoch = epoch
			}
			continue
		}
		avgW, avgT := ensembleAveraged(ps)
		pred := make([][]string, len(dev))
		for i := range dev {
			pred[i] = dev[i].al.back(decodeIndexed(&dev[i], avgW, &avgT))
		}
		sc, err := Evaluate(devGold, pred)
		if err != nil {
			return nil, err
		}
		f1 := sc.Micro.F1()
		res.devF1 = append(res.devF1, f1)
		if observe != nil {
			observe(epoch, errs, sc)
		}
		if f1 > bestF1 {
			bestF1, since = f1, 0
			res.w, res.trans = avgW, avgT
			res.bestEpoch, res.best = epoch, sc
		} else if since++; since >= opts.Patience {
			break
		}
	}
	return res, nil
}

// deriveFirstNames returns the bases (clitics removed) of the first tokens
// of multi-word PER names seen at least min times, sorted.
func deriveFirstNames(sents []aligned, min int) []string {
	count := make(map[string]int)
	for _, s := range sents {
		for i := 0; i+1 < len(s.tags); i++ {
			if s.tags[i] == "B-PER" && s.tags[i+1] == "I-PER" {
				count[baseKeyOf(s.doc, s.lo+i)]++
			}
		}
	}
	var out []string
	for n, c := range count {
		if c >= min && runeLen(n) >= 2 {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}
