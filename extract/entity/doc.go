// Package entity finds named entities in an article body and groups their
// mentions into document-level entities with a canonical name.
//
// # Tagger
//
// Tagger is a BIO sequence tagger (PER, LOC, ORG, MISC) trained on
// ANERcorp with the averaged structured perceptron (Collins 2002) and
// first-order Viterbi decoding in which I-X may only follow B-X or I-X.
// Its features read the shared linguistic analysis of the text
// (arabic.Document, made by the syntax model: package arabic/syntax), the
// same at training and tagging time: an ANERcorp sentence is annotated by
// the syntax model as news is (its tokens joined by spaces, taken as one
// sentence; a token the tokeniser cuts gives its tag to its first piece).
// Features are hashed (FNV-1a, 64 bits): the token's key (its Norm, digits
// folded to 0); its base segment (the word without the clitics the
// segmenter cuts off: و + ب + الجيش → الجيش, للحظر → الحظر, مدينتها →
// مدينة), with and without the article; its clitics (which proclitics,
// which pronoun suffix); its light stem; prefixes and suffixes of 1–3
// letters of the base; shape (script, digits, length); the ±2 window of
// keys and bases, key bigrams; position in the sentence; membership of the
// word and its neighbours in embedded lists (titles and roles,
// organisation heads, place heads, first names, and the countries and
// cities of the shared gazetteer, package gazetteer) and multi-word matches
// of those lists; whether the word or one of the next two is a nationality
// adjective (هامبورغ الألماني); whether it stands inside short quotes («…»,
// "…": programmes, cars, papers, clubs); word clusters at three
// granularities; the word's exchange class and those of its neighbours; and
// its morphology bins (below). Reading the document's segmentation rather
// than exact rules of its own (the previous features cut و/ف then ب/ل/ك
// off any word of three letters or more) raised dev micro-F1 from 0.769 to
// 0.774 (mean of three seeds, first round without found names). Parts of
// speech did not help on dev: the base's UPOS and its neighbours' 0.775
// (three seeds: within the spread between seeds, ±0.8), with the
// dependency relation and the head's UPOS 0.769, with clitics × UPOS as
// well 0.766 (one seed each); they are not used, and the analysis parses
// only the sentences quotes and events read.
//
// Each layer is an ensemble of three perceptrons that see the training
// data in different orders; their averaged weights are averaged again,
// which lowers the variance of a single perceptron (about half a point of
// dev F1). The perceptron finds fewer names than there are (precision
// well above recall), so the O score of every token of the final layer is
// lowered by a margin chosen on dev, kept in the weight of the always-on
// bias feature. With the same features, a linear-chain CRF (SGD with L2,
// tuned on dev) scored 0.2–0.6 points and passive-aggressive training
// (PA-II) 1.4 points below the perceptron ensemble, on dev and in 5-fold
// cross-validation; self-training on tagged ANT sentences did not help
// either. The features, not the learner, set the ceiling. Measured on the
// honest dev split (every step without dev) and not shipped: BILOU coding
// of the chunks (0.776 against 0.779 for BIO: too few examples per tag); a
// bidirectional LSTM with a character convolution over the PPMI-SVD word
// vectors and the same lexicon bits, trained with Adam and dropout in pure
// Go (0.727 alone, +0.1 point when its log-probabilities were added to the
// perceptron's scores, at a fifth of the speed); word profiles from the
// tagged ANT corpus (how often a word is inside a PER, LOC or ORG name) as
// lexicon features (+1.5 on the sentence layer, −0.5 after the document
// layer); the word before an opening quote as a feature of the quoted words
// (−0.8).
//
// Found names (BuildNames) add a self-trained gazetteer: a first model
// (without names, and without the O margin below, so that it is precise)
// tags the 31,514 unlabelled ANT news articles, and the names it finds at
// least 3 times with the same type in at least 70% of their occurrences
// (PER, LOC, ORG) become lexicon features of the final model, stored in the
// model file. What the tagger recognises in clear contexts in a large
// corpus thus carries over to poor contexts.
//
// Given names (data/given_names.txt, BuildGivenNames and ReadNameDB) are
// first-name lexicon features as well: the words that start the
// multi-word person names a first model finds in the ANT articles (at
// least 3 times and in at least half of their occurrences) and a list of
// about 2,500 Arabic given names. They mark where a name begins (طلعت in
// طلعت زكريا, not just زكريا): about +1 point of dev F1, +3 on persons.
//
// A second, document layer is stacked on the first: it adds the first
// layer's tags of the token and its neighbours and how the other
// occurrences of the same base word within 20 sentences were tagged
// (as PER, LOC, ORG, MISC or O, or as the last word of a person's name). A
// name recognised once in a clear context is thereby recognised where the
// context is poor. On the training data its inputs come from first layers
// trained on the other folds (jackknifing), so they are as noisy as at
// tagging time. Train chooses each layer's epoch count on dev (early
// stopping) and can then refit on train and dev together.
//
// The model file (model/ner.model.gz) keeps only features with a non-zero
// weight, quantised to 1/65536 of the largest weight, hash-delta and
// varint coded and gzip-compressed; the same data and seed give the same
// bytes. 'marsad train ner' rebuilds it.
//
// # Word clusters
//
// Brown clustering on the 7M-word ANT corpus takes hours; BuildClusters
// instead learns distributional clusters in about a minute of one core,
// reproducibly (fixed seeds): for the 40,000 most frequent words (seen 5 times or more), counts
// of the 2,000 most frequent context words at each of the positions −2, −1,
// +1, +2 (8,000 columns) are turned into positive PMI with the context
// distribution smoothed by 0.75 (Levy, Goldberg and Dagan 2015), reduced to
// 64 dimensions by randomised truncated SVD (Halko, Martinsson and Tropp
// 2011; vectors U·Σ^½, unit length), and clustered top-down by spherical
// k-means into 64 clusters, each split into 4 and again into 4. A word's
// fine cluster id (0–1023) thus has its 256- and 64-cluster ancestors as
// prefixes, like Brown bit-string prefixes. SVD is used rather than a
// random projection because it keeps the dominant co-occurrence structure
// and drops the noise of rare contexts; the clusters it gives group
// capitals, surnames, nisba adjectives and institution nouns visibly.
//
// The same file holds two more views of the words, learnt from the same
// text. Exchange classes: the 50,000 most frequent words are put into 512
// classes that maximise the likelihood of a class bigram model, by the
// exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998,
// as in mkcls): each word in turn moves to the class that most raises
// Σ N(c,c')·ln N(c,c') − Σ N(c)·ln N(c), until fewer than 0.5% move. They
// group words by their immediate neighbours, as Brown clusters do (first
// names, verbs of saying, cities, surnames), at a fraction of Brown
// clustering's cost (a minute), and add about half a point of F1 in 4-fold
// cross-validation over the k-means clusters alone. Morphology bins: for
// each word seen 3 times or more, how often it also occurs with the article
// ال and with a pronoun suffix (ـه، ـها، ـهم…), in six bins each; names,
// foreign ones above all, rarely take either. 'marsad train clusters'
// rebuilds model/clusters.tsv.gz ("word TAB cluster TAB class TAB morph").
//
// In the document layer, topic cue words (data/topics.txt: sport, cars,
// media, business) counted over the same 20-sentence window let the types
// depend on the topic: a city is a club in sports news, a quoted name a
// programme in media news.
//
// # Recognizer
//
// Recognizer tags the sentences of a document's analysis, the document
// layer seeing the whole article, and turns the chunks into mentions: verbs
// of saying at the front of a chunk are dropped (ورأى المسماري →
// المسماري), titles at the front become roles, proclitics are cut off the
// first word where the document's segmentation cuts them (بحفتر → حفتر,
// لليبيا → ليبيا; a word the lexicon knows whole is kept, and a word the
// segmentation leaves whole loses a proclitic when another reading of
// arabic.Splits leaves a known name), a person's name the tagger started a
// word late takes back a compound given name with عبد written as one word
// (عبدربه منصور هادي, not منصور هادي), and single nationality adjectives
// are not places. A rule layer adds institution names the tagger misses: a
// head noun (data/institutions.txt) in construct with definite words or a
// place's name (حكومة الوفاق، بلدية نابلس، جريدة فلسطين), or definite and
// qualified up to a nationality adjective (الجيش المصري، الحكومة اليمنية: a
// state body, which package actor codes by its country). Known names of two
// words or more — organisations of the actor knowledge base
// (Options.Organisations), the names the tagger found in the news corpus
// (the model's found names), multi-word country names — are matched in the
// text where the tagger missed them or cut them short (البيت الأبيض، مولود
// جاويش أوغلو for جاويش أوغلو; a proclitic before the first word is cut
// off: والولايات المتحدة → الولايات المتحدة). Short forms of organisations
// are ORG mentions of their long name: those the news corpus defines in
// brackets after the name (BuildNames: أوبك، سانا) and those the article
// itself defines so. Names found once are searched for again in the whole
// body, and mentions are grouped per document: a person's
// shorter forms join the longest one (حفتر, خليفة حفتر → canonical خليفة
// حفتر), other names join a longer name that contains them in order and
// shares its first or last word (الجيش الليبي ⊂ الجيش الوطني الليبي).
// Titles before a name and a comma apposition after it (اللواء أحمد
// المسماري، المتحدث باسم الجيش الليبي) are kept as roles. Nationality
// adjectives and plurals (الأمريكي، الروس، روسية) are returned apart as
// NationalityMention values; the lookup is pluggable (Nationalities).
package entity
