// Package ingest reads raw news documents from files, directories, WARC/WET
// archives, JSONL dumps and RSS/Atom feeds, fetches web pages politely and
// safely, and runs a bounded, resumable worker pool over the stream.
//
// # Sources
//
// Every input is a Source: a pull iterator whose Next returns one Doc at a
// time and io.EOF at the end. A Source is used by one goroutine; Run pulls
// from it on a single goroutine and hands Docs to its workers.
//
// Next may also return an error that wraps ErrSkipped: the source met a bad
// item (a malformed WARC record, an over-long JSON line, a truncated gzip
// member, a feed link that could not be fetched), logged it, and may be
// called again. Any other error is fatal for the source. A skip of a source
// the user named (SkipError.Named: a path, URL or feed given on the command
// line) is listed in Stats.Unreadable, so the caller can fail the run.
// Compressed files are capped once decompressed (FileConfig
// MaxDecompressedBytes, by default a hundred times their size), and runs of
// blank lines are skipped in bulk, so a decompression bomb ends quickly.
//
// Each Doc carries a stable Key ("file:PATH", "file:PATH#LINE",
// "warc:PATH#OFFSET", "url:URL") so a rerun can tell what it already did.
//
// # Fetching
//
// Fetcher is an HTTP client for untrusted URLs: http and https only, no
// loopback/private/link-local peers (checked on the resolved address at dial
// time, so redirects and DNS rebinding are covered), robots.txt for the
// "marsad" user agent, a per-host rate limit, conditional GET, timeouts, a
// body-size cap that also bounds decompression, and a redirect limit. It is
// the one client for every URL the program opens (analyze, ingest, feeds);
// a refused peer is reported as ErrForbiddenAddress (reason
// "forbidden-address"), also when it is met while asking for robots.txt or
// behind a redirect.
//
// # Running
//
// Run drives a Source through a process function with GOMAXPROCS workers.
// Per-document errors are logged, counted by reason, and do not stop the run,
// unless Config.MaxFailures is reached or a process error is marked Fatal
// (a store that cannot be written): then Run stops at once and returns it.
// Cancelling the context stops it cleanly. Progress goes to Config.Progress:
// a bar (mpb) on a terminal, a plain line every 10 s elsewhere; a Console
// keeps log lines above the bar. A caller-supplied Checkpoint makes
// reruns skip finished documents: a Doc is marked done only after process
// returned nil, so every Doc is either fully processed or retried next time.
package ingest
