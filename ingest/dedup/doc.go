// Package dedup finds exact duplicates, near duplicates and stories among
// news articles.
//
// Three levels, each coarser than the last:
//
//   - Exact duplicates share the hash of their normalised word sequence
//     (arabic.Normalize over the body's words: diacritics, tatweel, alef
//     and hamza forms, digits and punctuation do not matter).
//   - Near duplicates share most of their 5-word shingles: MinHash with 128
//     hash functions over the normalised shingles, LSH with 64 bands of 2
//     rows to find candidates, then either an estimated Jaccard similarity
//     of at least Config.NearThreshold (0.5) or an estimated containment of
//     the smaller article in the larger of at least Config.ContainThreshold
//     (0.7: trimmed copies, copies under a new lead) to decide.
//
// Five-word shingles: single words and pairs are shared by any two articles
// on one subject; Arabic wire copy re-edited by another outlet keeps most
// 5-word runs but few 8-word ones (every light edit breaks k shingles).
// Measured on 166 hand-labelled pairs of the ant-2018 corpus
// (testdata/neardup_labels.tsv, see TestNearDupLabels).
//   - Stories group articles about the same event across sources and days:
//     union-find over near-duplicate pairs plus pairs whose title and lead
//     (stemmed content words) have a Jaccard similarity of at least
//     Config.StoryThreshold and were published within Config.StoryWindow.
//
// A Detector is fed articles one by one (Add) and says, for each, what it
// duplicates and which story it joins. It keeps its state in memory; to
// resume after a restart, Add the stored articles again in order.
package dedup
