// Package document turns raw input — plain-text page dumps, HTML pages and
// JSON/JSONL records — into a clean Article: title, authors, publication
// date, source, subheadings and body paragraphs with byte offsets.
//
// # Entry points
//
//   - Parse (or Options.Parse) cleans one document of any format; the
//     format is Input.Format or found by Detect (extension, Content-Type,
//     sniffing; gzip data is decompressed first).
//   - ParseRecord cleans one JSON record (id, title, text, published,
//     author, url, source; also body, content, abstract, date, authors,
//     category).
//   - ScanJSONL streams JSON Lines (optionally gzip) record by record,
//     reporting a bad line to the callback with its line number and going on.
//   - ParseDate finds a date in Arabic or English text (Arabic-Indic
//     digits, Gregorian, Levantine, Maghreb and Moroccan month names).
//
// # Body convention
//
// Article.Body is the paragraphs joined by "\n\n". Subheadings are in the
// body, in order, as KindHeading paragraphs, and also listed in
// Article.Subheadings. The title is not in the body. Paragraph offsets are
// byte offsets into Body.
//
// # Cleaning
//
// The cleaner drops what a crawler saved around the article with general
// rules, never strings of one page: ad labels; "read also" links in all
// spellings with the headline they link (on the same line or the lines
// after a bare label); share widgets; repeated short lines (image captions
// and alt text); tag lists; copyright, footer and comment-policy lines;
// copies of the title. In text dumps the title is the first substantive
// line, a byline (كتب، كتبت، بقلم … or a "PLACE - NAME" dateline) near
// the top gives the authors, and short lines without final punctuation (or
// ending in ؟) standing between paragraphs become subheadings. The phrase
// tables live in lexicon/*.txt (embedded) and are matched after
// arabic.Normalize, so hamza, ta marbuta, alef maqsura and diacritic
// variants all match.
//
// HTML pages are reduced to their main content by go-trafilatura; the
// extracted node tree is walked so paragraphs stay paragraphs and h1–h6
// become headings, and the same rules apply. Metadata comes from og:/meta
// tags and JSON-LD (dates keep their time zone), else from the text.
// Charsets are taken from a BOM, the Content-Type, a meta tag, or guessed
// (windows-1256 for undeclared Arabic that is not UTF-8).
//
// All errors start with "document: "; sentinel errors (ErrEmpty,
// ErrBinary, ErrNoBody, ErrTooLarge, ErrManyRecords, ErrLineTooLong,
// ErrNoDate) are checked with errors.Is.
package document
