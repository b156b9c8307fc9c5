// Package jsonpath locates decoding errors: given a JSON document that
// encoding/json failed to decode into a Go type, it walks the document and
// the type side by side and reports the JSON path of each value that does
// not decode, such as events[3].kind.
//
// encoding/json reports the first error only, without array indices, and
// errors returned by UnmarshalText methods carry no location at all. The
// walk runs only after a decode has failed, so documents that decode pay
// nothing for it.
package jsonpath
