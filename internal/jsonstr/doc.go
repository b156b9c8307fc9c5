// Package jsonstr writes JSON strings exactly as encoding/json writes
// them, for the encoders of this module that build JSON by hand: diplo's
// Marshal, the JSON-LD reader and the PLOVER writer.
//
// Append escapes '"' and '\\', writes \b, \f, \n, \r and \t in their short
// forms and the other control characters as \u00XX, replaces each byte of
// invalid UTF-8 with \ufffd, and escapes U+2028 and U+2029. It writes '<',
// '>' and '&' as they are, as a json.Encoder does after
// SetEscapeHTML(false).
package jsonstr
