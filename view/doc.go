// Package view shows diplo records to people: one self-contained HTML
// page, and the same pictures as standalone SVG documents.
//
// WritePage writes a page that shows, for each record, a timeline of its
// events with their parts nested under them, their status (planned,
// postponed, cancelled, and the dated changes of it) and places; for each
// accord a lane for the accord as a whole and one per party, with the
// lifecycle actions (signature, consent, entry into force, withdrawal and
// return) on a time axis and bands where package query finds the party
// bound, applying the accord provisionally or suspended (faded where the
// record's dates admit the status without making it certain); the actor
// network of package network (met at a held meeting, signed the same
// accord, voted alike, expelled) as a picture of at most the 150 most
// linked actors and a list of them all; and the statements in their
// original language beside their translations:
//
//	g, err := graph.Read(f, diplo.DecodeOptions{})
//	...
//	err = view.WritePage(w, g)
//
// WriteTimeline and WriteLifecycle write the timeline and the accords'
// lifecycles as SVG documents. A date is drawn as the span it stands
// for: "2016" is a bar a year long, and an uncertain or approximate date
// is faded and dashed. The command diplo writes the same: diplo view
// RECORD... > page.html, and diplo view -svg timeline RECORD > x.svg.
//
// # Safe to open
//
// A record may come from anyone. The page loads nothing: its style and
// script are inline, and its Content-Security-Policy allows them alone,
// by their SHA-256 hashes, and nothing else. Every name, text and ID is
// escaped where it appears (by html/template in the page, by
// encoding/xml in the pictures); only http and https IRIs become links;
// names are isolated for bidirectional text (<bdi>, each picture label
// an element of its own) and carry their language (lang, and dir=rtl for
// scripts written right to left); long names are cut, with the full text
// in a tooltip. Labels are shown in English where the record has it, and
// in the original language otherwise.
//
// # References
//
//   - HTML Living Standard, the bdi element and the dir attribute:
//     https://html.spec.whatwg.org/multipage/text-level-semantics.html#the-bdi-element
//   - Content Security Policy Level 3, hash sources:
//     https://www.w3.org/TR/CSP3/#grammardef-hash-source
//   - Scalable Vector Graphics (SVG) 2: https://www.w3.org/TR/SVG2/
//   - Extended Date/Time Format (EDTF), ISO 8601-2, for partial and
//     uncertain dates.
package view
