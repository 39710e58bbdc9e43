// Package document turns raw input — plain-text page dumps, HTML pages and
// JSON/JSONL records — into a clean Article: title, authors, publication
// date, source, subheadings and body paragraphs with byte offsets.
//
// The cleaner drops what a crawler saved around the article (ad labels,
// "read also" links with the headline they link, share widgets, repeated
// image captions, tag lists) with general rules, never strings of one page.
package document
