package extract

// UnscoredConfidence is the confidence of quotes and events stored before
// the extractors scored them (store migrations give it to old rows until
// 'marsad reanalyze'): neither trusted nor doubted. The quote and event
// layers now compute calibrated scores (their Features and confidence.tsv).
const UnscoredConfidence = 0.5
