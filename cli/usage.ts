// The help texts are the CLI's reference: every behaviour a script could depend on is stated here.

export const EXIT_CODES = `Exit codes:
  0  everything was fine
  1  scan: some input lines had problems; every other line still has its result
  2  nothing useful was done: bad arguments, an unusable list or pattern file,
     an unreadable input or CSV file, a team server that refused the change
     or could not be reached
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

export const KEYGEN_USAGE = `Usage: saring list keygen --out KEY.json

Makes a publisher's signing key: an ECDSA P-256 key pair (ECDSA-P256-SHA256).

  --out KEY.json   where to write the key pair; an existing file is never
                   overwritten (exit 2): subscribers hold its public key

KEY.json is {"algorithm", "keyId", "publicKey", "privateKey"}: the public key
as base64 SPKI, the private key as base64 PKCS8, written readable by its owner
only (mode 0600). Keep it secret and offline: whoever holds it can sign lists
in your name. Make one key and keep it: a new key means every subscriber must
paste the new public key.

stdout: the public key (base64), its key id (the first 16 hex digits of
SHA-256 over the SPKI), and a reminder to give subscribers the public key.

${EXIT_CODES}`;

export const BUILD_USAGE = `Usage: saring list build --from csv|claimreview|factcheck-api --input FILE
         --key KEY.json --list-id ID [--name N] [--publisher P] [--version V]
         [--expires-in-days D] [--language L] [--previous OLD.json] [--out FILE]

Builds a hoax list from a fact-checker's data, checks it as Saring would, signs
it with KEY.json and checks the signature with the key's public half.

  --from SOURCE         what --input holds:
                          csv            a CSV export, read as "list from-csv" reads it;
                                         takes --id-column and --claim-column (required),
                                         --url-column, --date-column, --verdict-column
                          claimreview    schema.org ClaimReview JSON-LD: a JSON file (one
                                         object, an array, or {"@graph": [...]}) or an HTML
                                         page, whose <script type="application/ld+json">
                                         blocks are read; other @types are passed over
                          factcheck-api  a Google Fact Check Tools claims:search response,
                                         or a JSON array of several pages of it
  --input FILE          the data to read
  --key KEY.json        the signing key made by "saring list keygen"
  --list-id ID          the list's id; keep it the same for every version
  --name N              default: "Hoax claims from <input file name>"
  --publisher P         the list's publisher, and of sources that name none;
                        default "unknown"
  --version V           a whole number; default: now, in milliseconds since 1970
  --expires-in-days D   the list expires D days from now (default 30); after that
                        subscribers refuse it until a newer version is published
  --language L          language of entries whose source names none (CSV rows
                        never do: without --language they are "id")
  --previous OLD.json   the list last published: the new version must be greater
                        than its version and its list id the same (else exit 2),
                        because subscribers refuse an older version as a rollback
  --out FILE            write the list there; default stdout

ClaimReview: claimReviewed -> claim, reviewRating.alternateName (or name) ->
verdict (default "false"), datePublished -> date, author.name -> source
publisher, url -> source url, inLanguage -> language; the id is "identifier",
or "cr-" and 16 hex digits of SHA-256 over the url.
Fact Check API: text -> claim, the first claimReview's textualRating -> verdict
(default "false"), its reviewDate (else claimDate) -> date and languageCode ->
language; every claimReview with an http(s) url -> a source; the id is made
from the first review url as for ClaimReview, so the same fact-check has the
same id from either source.

Dates become YYYY-MM-DD as written (the fact-checker's day). Items with no
claim text, a claim over 2,000 characters, nothing to make an id from, or an id
seen before (the first is kept) are skipped with a warning on stderr naming the
item; a url that is not http(s) or an unreadable date is left out with a
warning. Warnings do not change the exit code; no usable item is exit 2.

Output: the signed list as pretty-printed JSON, with a top-level "signature"
{"algorithm", "keyId", "value"} over the canonical JSON of everything else.
stderr ends with "saring list build: N entries, version V, expires E, signed
with key K".

${EXIT_CODES}`;

export const VERIFY_USAGE = `Usage: saring list verify --list FILE --public-key KEY

Checks a list file as a subscriber's Saring does when it downloads it: size,
JSON, shape, entry count, then the signature.

  --list FILE        the list (a hoax or a pattern list)
  --public-key KEY   the publisher's public key: the base64 string itself, a
                     KEY.json, or a file holding just the base64 key

stdout on success: "ok: <kind> list <listId> version V, N entries, expires E,
signed by key K". An expired list still passes, with a warning on stderr:
subscribers refuse it until a renewed one is published.
Any problem (not a list, unsigned, signed with another key, contents changed
after signing) is one line on stderr and exit 2.

${EXIT_CODES}`;

export const DIFF_USAGE = `Usage: saring list diff [--json] OLD.json NEW.json

Shows what publishing NEW in place of OLD changes for subscribers. Both must be
lists of one kind; neither needs a signature.

  --json   print {"added": [ids], "removed": [ids],
                  "changed": [{"id", "fields": [names]}], "versionIncreases": bool}

Entries are matched by id. An entry is changed when its canonical JSON differs;
the fields that differ are named. Each version replaces the whole list, so an
entry missing from NEW is removed for subscribers.
The text report also lists header changes (listId, name, publisher, version,
languages, expires, disabledAdapters) and warns when NEW's version is not
greater than OLD's ("subscribers will refuse NEW as a rollback") or NEW has
another list id. With --json the warnings go to stderr. Exit code 0 either way.

${EXIT_CODES}`;

export const TEAM_CREDENTIALS = `The server admin's credentials come from the URL's user info
(https://ADMIN:PASSWORD@couch.example.org, percent-encode special characters)
or, when the URL has none, from the environment variables COUCHDB_USER and
COUCHDB_PASSWORD. The URL must be https; plain http is accepted only for
127.0.0.1, localhost and [::1]. A path in the URL (https://host/couch) is kept,
for a server behind a reverse proxy. The password is never printed.
Before changing anything the command checks, through /_session, that the
credentials are a server admin's.`;

export const TEAM_SETUP_USAGE = `Usage: saring team setup --url URL --db NAME

Prepares a CouchDB 3 server for a Saring team. Each step prints one line.

  --url URL   the server, e.g. https://admin:PASSWORD@couch.example.org
  --db NAME   the team database, e.g. "saring-team": a lower-case letter, then
              lower-case letters, digits or _$()+-/

Steps:
  1. creates the _users database (team accounts) if the server has none yet,
     and the team database; one that exists already is fine
  2. sets the team database's _security: members are the roles "volunteer"
     and "moderator", nobody else (not even a signed-in user without one of
     those roles) reads or writes it; an existing _security is replaced
  3. installs the design document _design/saring, whose validate_doc_update
     makes the server itself refuse a report in another volunteer's name, a
     review written by a non-moderator, deleting another person's report and
     any document that is not a Saring report or review; an older version is
     updated in place

It is safe to run again, e.g. after updating Saring: what is already right is
left alone ("unchanged"), and when nothing had to change the last line says
"nothing changed". Then add the team with "saring team add-user".

${TEAM_CREDENTIALS}

${EXIT_CODES}`;

export const TEAM_ADD_USER_USAGE = `Usage: saring team add-user --url URL --name NAME [--password PW]
         --role volunteer|moderator

Creates a team member's account on the CouchDB server (the _users document
org.couchdb.user:NAME) with the given role, or changes an existing member's
role and password. Prints one line: created, updated or unchanged.

  --url URL        the server, e.g. https://admin:PASSWORD@couch.example.org
  --name NAME      the member's sign-in name: 1 to 64 characters, lower-case
                   letters a-z, digits and . _ - only, not starting with _
                   (CouchDB's rule); a volunteer's name becomes part of the
                   ids of their reports, so pick one they keep
  --password PW    the member's password; or set SARING_USER_PASSWORD instead,
                   so it is not left in the shell's history (--password wins
                   when both are given). Required for a new member; for an
                   existing one, leave both out to keep the password.
  --role ROLE      volunteer (writes reports in their own name) or moderator
                   (also writes review states); replaces the member's other
                   team role. Roles that are not Saring's are kept.

CouchDB stores the password hashed (PBKDF2). To take someone off the team,
delete their _users document or give them no team role in Fauxton.

${TEAM_CREDENTIALS}

${EXIT_CODES}`;

export const USAGE = `Saring: flags political ads, election fundraising and known hoaxes.

Usage:
  saring scan --list LIST [--input POSTS.jsonl] [--patterns FILE]
  saring list from-csv --csv FILE --id-column C --claim-column C [options] > list.json
  saring list keygen --out KEY.json
  saring list build --from csv|claimreview|factcheck-api --input FILE --key KEY.json
                    --list-id ID [options] --out list.json
  saring list verify --list FILE --public-key KEY
  saring list diff [--json] OLD.json NEW.json
  saring team setup --url https://ADMIN:PASSWORD@HOST --db NAME
  saring team add-user --url URL --name NAME [--password PW] --role volunteer|moderator
  saring --help | saring scan --help | saring list <command> --help
  saring team <command> --help

Run from the project with: npm run --silent saring -- <command> ...

${EXIT_CODES}`;
