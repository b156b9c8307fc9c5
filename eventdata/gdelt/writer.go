package gdelt

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
)

// Writer writes events as GDELT 2.0 rows: 61 tab-separated columns, no
// header, each row ending in "\n", formatted as GDELT formats its export
// files:
//
//   - integers in decimal; IsRootEvent as 0 or 1;
//   - SQLDATE as YYYYMMDD (the calendar day of Event.Day in its own
//     location), DATEADDED as YYYYMMDDHHMMSS in UTC;
//   - FractionDate with at least four decimals (2019.8055), GoldsteinScale
//     with at least one (-7.0, 1.9), AvgTone and coordinates in the
//     shortest decimal form that reads back to the same float64 (0,
//     -4.15094339622642, 49.25, -123.133), never with an exponent;
//   - empty columns for empty strings, for the numeric columns in
//     Event.Empty, for coordinates when Geo.HasCoords is false, and for
//     dates that are the zero time.
//
// Every Event that Reader returns writes back as a row that reads back
// equal. A row formatted as GDELT formats its exports, as every row of a
// GDELT 2.0 export file is, writes back byte for byte; numbers written
// otherwise (a leading zero or plus sign, an exponent, other decimals)
// come back in GDELT's form with the same value, and GDELT 1.0 rows come
// back as their GDELT 2.0 equivalent (empty ADM2Code columns, DATEADDED at
// midnight). Writer buffers its output; call Flush at the end.
type Writer struct {
	bw   *bufio.Writer
	buf  []byte
	line int
	err  error // sticky write error
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{bw: bufio.NewWriterSize(w, 64<<10)}
}

// Write writes one event as a row. An event that cannot be written as a
// row that reads back the same (a tab or line break in a text field, a
// SOURCEURL ending in a carriage return, a NaN or infinite number,
// coordinates out of range, a date outside years 0 to 9999) gives a
// *ParseError wrapping ErrUnwritable, naming the row and column, and
// nothing is written. An error from the
// underlying writer is returned by this and every later call.
func (w *Writer) Write(e Event) error {
	if w.err != nil {
		return w.err
	}
	line := w.line + 1
	if err := check(e, line); err != nil {
		return err
	}
	w.buf = append(appendRow(w.buf[:0], e), '\n')
	if _, err := w.bw.Write(w.buf); err != nil {
		w.err = fmt.Errorf("gdelt: writing line %d: %w", line, err)
		return w.err
	}
	w.line = line
	return nil
}

// Flush writes any buffered rows to the underlying writer.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	if err := w.bw.Flush(); err != nil {
		w.err = fmt.Errorf("gdelt: flush: %w", err)
	}
	return w.err
}

// check reports the first field of e that cannot be written.
func check(e Event, line int) *ParseError {
	bad := func(c Column, value, why string) *ParseError {
		return newError(line, c, value, fmt.Errorf("%w: %s", ErrUnwritable, why))
	}
	text := func(c Column, s string) *ParseError {
		if strings.ContainsAny(s, "\t\n") {
			return bad(c, s, "tab or line feed in a field")
		}
		return nil
	}
	actor := func(c Column, a Actor) *ParseError {
		for i, s := range [actorCols]string{a.Code, a.Name, a.CountryCode, a.KnownGroupCode,
			a.EthnicCode, a.Religion1Code, a.Religion2Code, a.Type1Code, a.Type2Code, a.Type3Code} {
			if err := text(c+Column(i), s); err != nil {
				return err
			}
		}
		return nil
	}
	num := func(c Column, f float64) *ParseError {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return bad(c, strconv.FormatFloat(f, 'g', -1, 64), "not a finite number")
		}
		return nil
	}
	geo := func(c Column, g Geo) *ParseError {
		for i, s := range [...]string{1: g.FullName, 2: g.CountryCode, 3: g.ADM1Code, 4: g.ADM2Code, 7: g.FeatureID} {
			if err := text(c+Column(i), s); err != nil {
				return err
			}
		}
		if g.HasCoords {
			if err := num(c+5, g.Lat); err != nil {
				return err
			}
			if err := num(c+6, g.Long); err != nil {
				return err
			}
			if g.Lat < -90 || g.Lat > 90 {
				return bad(c+5, strconv.FormatFloat(g.Lat, 'g', -1, 64), "latitude outside -90 to 90")
			}
			if g.Long < -180 || g.Long > 180 {
				return bad(c+6, strconv.FormatFloat(g.Long, 'g', -1, 64), "longitude outside -180 to 180")
			}
		}
		return nil
	}
	year := func(c Column, t time.Time) *ParseError {
		if !t.IsZero() && (t.Year() < 0 || t.Year() > 9999) {
			return bad(c, strconv.Itoa(t.Year()), "year outside 0 to 9999")
		}
		return nil
	}
	for _, err := range []*ParseError{
		year(ColSQLDate, e.Day),
		num(ColFractionDate, e.FractionDate),
		actor(ColActor1Code, e.Actor1),
		actor(ColActor2Code, e.Actor2),
		text(ColEventCode, e.EventCode),
		text(ColEventBaseCode, e.EventBaseCode),
		text(ColEventRootCode, e.EventRootCode),
		num(ColGoldsteinScale, e.GoldsteinScale),
		num(ColAvgTone, e.AvgTone),
		geo(ColActor1GeoType, e.Actor1Geo),
		geo(ColActor2GeoType, e.Actor2Geo),
		geo(ColActionGeoType, e.ActionGeo),
		year(ColDateAdded, e.DateAdded.UTC()),
		text(ColSourceURL, e.SourceURL),
	} {
		if err != nil {
			return err
		}
	}
	if strings.HasSuffix(e.SourceURL, "\r") {
		return bad(ColSourceURL, e.SourceURL, "carriage return at the end of the row")
	}
	return nil
}

// appendRow appends the 61 columns of e, without the final line feed.
func appendRow(b []byte, e Event) []byte {
	b = appendIntCol(b, e, ColGlobalEventID, e.GlobalEventID)
	b = appendDay(b, e.Day)
	b = append(b, '\t')
	b = appendIntCol(b, e, ColMonthYear, int64(e.MonthYear))
	b = appendIntCol(b, e, ColYear, int64(e.Year))
	b = appendFloatCol(b, e, ColFractionDate, e.FractionDate, 4)
	b = appendActor(b, e.Actor1)
	b = appendActor(b, e.Actor2)
	if !e.Empty.Has(ColIsRootEvent) {
		if e.IsRootEvent {
			b = append(b, '1')
		} else {
			b = append(b, '0')
		}
	}
	b = append(b, '\t')
	b = appendText(b, e.EventCode)
	b = appendText(b, e.EventBaseCode)
	b = appendText(b, e.EventRootCode)
	b = appendIntCol(b, e, ColQuadClass, int64(e.QuadClass))
	b = appendFloatCol(b, e, ColGoldsteinScale, e.GoldsteinScale, 1)
	b = appendIntCol(b, e, ColNumMentions, int64(e.NumMentions))
	b = appendIntCol(b, e, ColNumSources, int64(e.NumSources))
	b = appendIntCol(b, e, ColNumArticles, int64(e.NumArticles))
	b = appendFloatCol(b, e, ColAvgTone, e.AvgTone, 0)
	b = appendGeo(b, e, ColActor1GeoType, e.Actor1Geo)
	b = appendGeo(b, e, ColActor2GeoType, e.Actor2Geo)
	b = appendGeo(b, e, ColActionGeoType, e.ActionGeo)
	if !e.DateAdded.IsZero() {
		t := e.DateAdded.UTC()
		b = appendDay(b, t)
		b = append2(b, t.Hour())
		b = append2(b, t.Minute())
		b = append2(b, t.Second())
	}
	b = append(b, '\t')
	return append(b, e.SourceURL...)
}

func appendText(b []byte, s string) []byte {
	return append(append(b, s...), '\t')
}

func appendActor(b []byte, a Actor) []byte {
	for _, s := range [actorCols]string{a.Code, a.Name, a.CountryCode, a.KnownGroupCode,
		a.EthnicCode, a.Religion1Code, a.Religion2Code, a.Type1Code, a.Type2Code, a.Type3Code} {
		b = appendText(b, s)
	}
	return b
}

func appendGeo(b []byte, e Event, c Column, g Geo) []byte {
	b = appendIntCol(b, e, c, int64(g.Type))
	b = appendText(b, g.FullName)
	b = appendText(b, g.CountryCode)
	b = appendText(b, g.ADM1Code)
	b = appendText(b, g.ADM2Code)
	if g.HasCoords {
		b = appendFloat(b, g.Lat, 0)
		b = append(b, '\t')
		b = appendFloat(b, g.Long, 0)
		b = append(b, '\t')
	} else {
		b = append(b, '\t', '\t')
	}
	return appendText(b, g.FeatureID)
}

// appendIntCol appends n and a tab, or only the tab when c is in e.Empty.
func appendIntCol(b []byte, e Event, c Column, n int64) []byte {
	if !e.Empty.Has(c) {
		b = strconv.AppendInt(b, n, 10)
	}
	return append(b, '\t')
}

// appendFloatCol appends f and a tab, or only the tab when c is in e.Empty.
func appendFloatCol(b []byte, e Event, c Column, f float64, minDecimals int) []byte {
	if !e.Empty.Has(c) {
		b = appendFloat(b, f, minDecimals)
	}
	return append(b, '\t')
}

// appendFloat appends f in the shortest decimal form that reads back the
// same, padded with zeros to at least minDecimals decimals.
func appendFloat(b []byte, f float64, minDecimals int) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, f, 'f', -1, 64)
	if minDecimals == 0 {
		return b
	}
	decimals := 0
	if dot := bytes.IndexByte(b[start:], '.'); dot >= 0 {
		decimals = len(b) - start - dot - 1
	} else {
		b = append(b, '.')
	}
	for ; decimals < minDecimals; decimals++ {
		b = append(b, '0')
	}
	return b
}

// appendDay appends YYYYMMDD, or nothing for the zero time.
func appendDay(b []byte, t time.Time) []byte {
	if t.IsZero() {
		return b
	}
	y, m, d := t.Date()
	b = append2(b, y/100)
	b = append2(b, y%100)
	b = append2(b, int(m))
	return append2(b, d)
}

// append2 appends n, 0 to 99, as two digits.
func append2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// appendInt appends n in decimal.
func appendInt(b []byte, n int64) []byte { return strconv.AppendInt(b, n, 10) }
