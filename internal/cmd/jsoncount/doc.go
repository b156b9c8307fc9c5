// Command jsoncount counts the JSON machinery written by hand in the
// module, so that the count can be made again after a change:
//
//	go run ./internal/cmd/jsoncount        # the summary
//	go run ./internal/cmd/jsoncount -v     # and every place it counts
//
// It reads every Go file of the module that is not a test (_test.go) and
// not in the benchmark module (bench/), testdata or a hidden directory,
// and reports:
//
//   - tokenizers: functions that read JSON byte by byte. A function
//     counts when it compares a byte taken from a slice or string (b[i],
//     or a variable in a switch) with two or more of the JSON bytes
//     '{' '}' '[' ']' '"', or when it skips JSON white space (it compares
//     with both '\t' and '\r', or trims the string " \t\r\n" in any
//     order). Reading tokens from a jsontext Decoder (PeekKind) does not
//     count. Functions are grouped by package: the packages listed are
//     the rooms that tokenize JSON by hand.
//   - field tables: functions that read the "json" tag of a struct field
//     (Tag.Get("json"), Tag.Lookup("json")): each builds its own table of
//     a struct's members as encoding/json sees them.
//   - lines: lines of code (not blank, not only a comment) of the
//     packages that are JSON machinery as a whole (internal/codec,
//     internal/jsonscan, internal/jsonstr, each present), plus the lines
//     of the functions above found outside them.
package main
