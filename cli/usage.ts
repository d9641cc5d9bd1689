// The help texts are the CLI's reference: every behaviour a script could depend on is stated here.

export const EXIT_CODES = `Exit codes:
  0  everything was fine
  1  scan: some input lines had problems; every other line still has its result
  2  nothing useful was done: bad arguments, an unusable list or pattern file,
     an unreadable input or CSV file
`;

export const SCAN_USAGE = `Usage: saring scan --list LIST [--input POSTS.jsonl] [--patterns FILE]

Checks posts for campaign content, political ads, fundraising, election
fundraising and known hoaxes.

  --list LIST       hoax list (JSON, kind "hoaxes"), e.g. made by "saring list from-csv"
  --input FILE      posts, one JSON object a line; "-" or no --input reads stdin
  --patterns FILE   phrase list to use instead of the bundled public/lists/patterns.json

Input line:  {"id": "p1", "text": "Ayo coblos nomor urut 2!", "sponsored": false}
  "text" (string) is required. "sponsored" (true/false) defaults to false.
  "id" should be a non-empty string or a number; it is echoed unchanged.
  Other fields (e.g. "platform", "url") are ignored.

Output: one JSON line per non-blank input line, in input order. Blank lines are
skipped silently and give no output line.
  {"id", "political", "campaign", "ad", "fundraising", "election_fundraising",
   "political_ad", "hoax": {"claimId", "score", "url"} | null,
   "reasons": [{"kind", "score", "reason",
                "matches": [{"patternId", "phrase", "group", "start", "end", "text"}],
                and for kind "hoax": "claim", "verdict", "url", "sharedWords"}]}
  start/end are UTF-16 offsets into "text"; "text" in a match is that slice.

Bad lines:
  - not JSON, not an object, "text" missing or not a string, or "sponsored" not
    true/false: the output line is {"id": <id or null>, "line": N, "error": "..."}
    and stderr says "line N: ...". The line is not analysed.
  - "id" missing or unusable (empty, null, object, ...): the line is analysed
    anyway under the id "line:N"; stderr says so.
  Either way the exit code is 1; all other lines are still scanned.
  Lines are numbered from 1, counting blank lines.

A hoax list or pattern file that cannot be read or checked stops the scan before
any output, with exit code 2.

${EXIT_CODES}`;

export const FROM_CSV_USAGE = `Usage: saring list from-csv --csv FILE --id-column C --claim-column C
         [--url-column C] [--date-column C] [--verdict-column C]
         [--publisher NAME] [--list-id ID] [--name NAME] > list.json

Turns a fact-checker's CSV (RFC 4180, comma-separated, UTF-8 with or without
BOM) into a hoax list, written to stdout as pretty-printed JSON.

  --csv FILE          the CSV; its first row names the columns
  --id-column C       column with each claim's id (required)
  --claim-column C    column with the claim, e.g. the debunk's title (required)
  --url-column C      column with the fact-check link; without it entries have no sources
  --date-column C     column with the debunk's date: "2 Jan 2024", "2 Januari 2024",
                      "17-Aug-20" (20xx) or ISO (2024-01-02) become YYYY-MM-DD;
                      other forms (02/01/2024 is ambiguous) are left out
  --verdict-column C  column with the verdict; default "false"
  --publisher NAME    publisher of the sources; default "unknown"
  --list-id ID        default: from the file name ("TBH 2024.csv" -> "tbh-2024")
  --name NAME         default: "Hoax claims from <file name>"

The list's version is the time it was made (milliseconds since 1970).
Line breaks and runs of spaces inside a cell become one space.
Rows with an empty id or claim, a claim over 2,000 characters, or an id seen
before (the first row is kept) are skipped with a warning on stderr naming the
CSV line. A url that is not http(s), or a date that cannot be read, is left out
with a warning. Warnings do not change the exit code. A named column missing from
the header, or a CSV with no usable row, is an error (exit 2).

${EXIT_CODES}`;

export const USAGE = `Saring: flags political ads, election fundraising and known hoaxes.

Usage:
  saring scan --list LIST [--input POSTS.jsonl] [--patterns FILE]
  saring list from-csv --csv FILE --id-column C --claim-column C [options] > list.json
  saring --help | saring scan --help | saring list from-csv --help

Run from the project with: npm run --silent saring -- <command> ...

${EXIT_CODES}`;
