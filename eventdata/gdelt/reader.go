package gdelt

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/internal/tsv"
	"github.com/diplo-go/diplo/eventdata/internal/unpack"
	"github.com/diplo-go/diplo/limit"
)

// Reader reads GDELT event rows one at a time from a tab-separated input
// without a header, as GDELT publishes its export files, or from the gzip
// or zip file that holds it. It buffers the input and never holds it
// whole; a line and each of its fields are bounded by the Limits (see
// ReaderOptions).
//
// By default Reader stops at the first bad row: Read returns a *ParseError
// for it, and the same error on every later call. With the option
// SkipBadRows it skips bad rows instead, counting them in Skipped and
// keeping the first few errors in Errors. A line or field over its limit
// and compressed input that cannot be read end the reading whatever the
// policy.
type Reader struct {
	lines   *tsv.Lines
	version Version
	from    int // the line whose number of columns fixed version; 0 when given
	limits  limit.Limits
	tally   tsv.Tally[*ParseError]
	err     error // sticky: io.EOF, a read error, or the first ParseError
	dates   dateCache
	p       rowParser
	texts   textArena
	types   typeArena
	last    Event // the event ReadRecord reads into
}

// dateCache holds the last day and the last time of day a Reader read,
// with their text, which most rows of a GDELT file share (DATEADDED is the
// same on every row of a 15-minute file): a row with the same text gets
// the same time.Time without reading it again. The texts are copies of
// the line's bytes, made when a text changes.
type dateCache struct {
	day, stamp struct {
		s string
		t time.Time
	}
}

// ReaderOptions set how a Reader reads. The zero value is the default:
// the version told by the first row, stopping at the first bad row, and
// diplo's default limits.
type ReaderOptions struct {
	// Version fixes the version of the input's rows: a row with another
	// number of columns is an ErrColumnCount error. When zero, the
	// version is that of the first row with 61, 58 or 57 columns, and
	// binds the rows after it. A version other than Version2, Version1
	// and Version1Backfile makes every Read fail.
	Version Version
	// SkipBadRows makes the Reader skip rows it cannot read rather than
	// stop at the first one. It counts them (Reader.Skipped) and keeps
	// the errors of the first KeepErrors of them (Reader.Errors).
	SkipBadRows bool
	// KeepErrors is how many errors of skipped rows Reader.Errors keeps;
	// zero or less keeps none. It counts only with SkipBadRows.
	KeepErrors int
	// Limits bound what the Reader accepts: MaxBytes bounds a line (a
	// row) and MaxString each field of it, in bytes of the decompressed
	// content; the other fields of limit.Limits do not apply. Zero fields
	// take diplo's defaults (64 MiB and 1 MiB), negative ones (limit.None)
	// lift the bound. A line or field over its bound is read no further:
	// it is an error with its line number that ends the reading.
	Limits limit.Limits
	// Transient makes the strings of what Read and ReadRecord return
	// (and the records of those events) valid only until the next read:
	// they are cut from the Reader's buffer of the row instead of from a
	// copy of it, and change when the buffer is reused. So do the Types
	// of the actors of the records ReadRecord returns, which are cut from
	// room the Reader gives every record. A caller that
	// keeps a string past the next read must copy it (strings.Clone),
	// and must not keep one as a map key. It saves copying each row. A
	// stream Lifter of package dyad keeps nothing of a record after its
	// Add returns (dyad.NewStreamLifter), so it may be given such
	// records when its sink keeps no node.
	Transient bool
}

// NewReader returns a Reader reading from r: the rows themselves, or a
// gzip stream or zip archive of them, told by its first bytes (1f 8b,
// "PK\x03\x04") whatever the file's name. A zip must hold a single file.
// The options o say how it reads; the zero ReaderOptions are the defaults.
func NewReader(r io.Reader, o ReaderOptions) *Reader {
	lim := o.Limits.Effective()
	rd := &Reader{
		lines:   tsv.NewLines(r, lim.MaxBytes, lim.MaxString),
		version: o.Version,
		limits:  lim,
		tally:   tsv.Tally[*ParseError]{Skip: o.SkipBadRows, Keep: max(o.KeepErrors, 0)},
		texts:   textArena{transient: o.Transient},
		types:   typeArena{transient: o.Transient},
	}
	if o.Version != 0 && o.Version.NumColumns() == 0 {
		rd.err = fmt.Errorf("gdelt: unknown version %d", int(o.Version))
	}
	return rd
}

// Read returns the next event. At the end of the input it returns io.EOF.
// A row it cannot read gives a *ParseError, unless the Reader skips bad
// rows.
//
// The strings of the event stay as they are after the next Read: they are
// cut from a copy of the row's bytes, which the Reader makes in blocks of
// 8 KiB shared by the rows read one after the other (a row of more than
// 2 KiB of texts gets its own). An event kept alive keeps its block alive
// with it. (With ReaderOptions.Transient they are not copied, and are
// valid only until the next read.)
func (r *Reader) Read() (Event, error) {
	var e Event
	if err := r.read(&e, nil, nil); err != nil {
		return Event{}, err
	}
	return e, nil
}

// ReadRecord returns the record of the next event: what Read and then
// Event.Record give, with the same errors, at the end of the input
// io.EOF. It is the cheaper of the two for a caller that wants only
// records: the event is not copied out, the record's ID is cut from the
// row when GLOBALEVENTID is written as FormatInt writes it, and the
// actors' Types are cut from blocks of room shared by the rows read one
// after the other. Like an event's strings, the record's strings and
// Types stay as they are after the next read; a record kept alive keeps
// its blocks alive with it (at most 8 KiB of texts and 4 KiB of types).
func (r *Reader) ReadRecord() (rec eventdata.Record, err error) {
	err = r.ReadRecordTo(&rec)
	return rec, err
}

// ReadRecordTo is ReadRecord writing the record into *rec instead of
// returning it, which saves copying the record for a caller that reads
// the records of a file one after the other into the same variable.
// *rec is set to the record ReadRecord would return, or to the zero
// record with the error ReadRecord would return.
func (r *Reader) ReadRecordTo(rec *eventdata.Record) error {
	_, err := r.readRecord(rec, nil)
	return err
}

// ReadRecordIf is ReadRecordTo for a caller that wants the records of
// some CAMEO event codes only, such as those a dyad.Lifter may lift
// (dyad.Lifter.TakesCAMEO). It reads the next row and passes its
// EventCode to takes. When takes returns true, it sets *rec as
// ReadRecordTo does and returns true. When takes returns false, the row's
// other columns are checked but not converted: *rec is set to the zero
// record but for CAMEO, the row's EventCode, and ReadRecordIf returns
// false. The rows are checked as ReadRecordTo checks them whatever takes
// says, so the errors are those ReadRecordTo returns (a bad row is one,
// or is skipped and counted with SkipBadRows), with false and the zero
// record; at the end of the input it returns io.EOF.
//
// It saves converting the numbers, dates, places and actors of the rows
// whose code the caller does not want, which most of a GDELT file may
// be. takes is called once for each row that passes the checks of its
// shape (its number of columns, its encoding), before its columns are
// read; with ReaderOptions.Transient its argument is valid only until
// takes returns.
func (r *Reader) ReadRecordIf(rec *eventdata.Record, takes func(code string) bool) (bool, error) {
	return r.readRecord(rec, takes)
}

// readRecord is ReadRecordTo, and ReadRecordIf when takes is not nil.
func (r *Reader) readRecord(rec *eventdata.Record, takes func(string) bool) (bool, error) {
	*rec = eventdata.Record{}
	var id string
	e := &r.last
	if err := r.read(e, &id, takes); err != nil {
		return false, err
	}
	if r.p.refused {
		rec.CAMEO = e.EventCode
		return false, nil
	}
	t1, t2 := r.types.slices(e.Actor1.numTypes(), e.Actor2.numTypes())
	e.fill(rec, t1, t2)
	if !e.Empty.Has(ColGlobalEventID) {
		if id == "" {
			id = strconv.FormatInt(e.GlobalEventID, 10)
		}
		rec.ID = id
	}
	return true, nil
}

// read reads the next event into e, and, when id is not nil, sets *id to
// the text of its GLOBALEVENTID cut from the row's copy when that text
// is the one strconv.FormatInt gives for it, or else to "". When takes
// is not nil and refuses the row's EventCode, the row is only checked
// (see parse).
func (r *Reader) read(e *Event, id *string, takes func(string) bool) error {
	for r.err == nil {
		b, line, err := r.lines.NextBytes()
		var perr *ParseError
		switch {
		case err == nil:
			if perr = r.parse(b, line, e, id, takes); perr == nil {
				return nil
			}
		case err == tsv.ErrNoNewline:
			perr = &ParseError{Line: line, Value: tsv.Prefix(string(b), maxValue),
				Err: fmt.Errorf("%w: the last line has no line end", ErrTruncated)}
		default:
			r.err = r.stop(line, err)
			return r.err
		}
		if !r.tally.Skip {
			r.err = perr
			return perr
		}
		r.tally.Add(perr)
	}
	return r.err
}

// stop returns the error that ends the reading: io.EOF, a line or field
// over its limit, compressed input that cannot be read, or a read error.
func (r *Reader) stop(line int, err error) error {
	var tooLong *tsv.TooLongError
	var unpacked *unpack.Error
	switch {
	case err == io.EOF:
		return io.EOF
	case errors.As(err, &tooLong):
		return r.tooLong(line, tooLong)
	case errors.As(err, &unpacked):
		return &ParseError{Line: line, Err: fmt.Errorf("%w: %w", ErrCompressed, unpacked)}
	}
	return fmt.Errorf("gdelt: line %d: %w", line, err)
}

// tooLong returns the error of a line or field over its limit.
func (r *Reader) tooLong(line int, e *tsv.TooLongError) *ParseError {
	if e.Field < 0 {
		return &ParseError{Line: line, Err: fmt.Errorf("%w: more than %d bytes exceeds MaxBytes %d (%w)",
			ErrLineTooLong, e.Limit, e.Limit, limit.ErrExceeded)}
	}
	if v := r.version; v != 0 && e.Field < v.NumColumns() {
		return newError(line, columnAt(v, e.Field), "", fmt.Errorf("%w: more than %d bytes exceeds MaxString %d (%w)",
			ErrFieldTooLong, e.Limit, e.Limit, limit.ErrExceeded))
	}
	return &ParseError{Line: line, Err: fmt.Errorf("%w: field %d: more than %d bytes exceeds MaxString %d (%w)",
		ErrFieldTooLong, e.Field+1, e.Limit, e.Limit, limit.ErrExceeded)}
}

// Version returns the version of the input's rows: the one the option
// Version gave, or that of the first row read with 61, 58 or 57 columns; zero
// before that row.
func (r *Reader) Version() Version { return r.version }

// Line returns the number of the last line read, counting from 1.
func (r *Reader) Line() int { return r.lines.Line() }

// Skipped returns the number of bad rows skipped so far (always 0 unless
// SkipBadRows was given).
func (r *Reader) Skipped() int { return r.tally.Skipped() }

// Errors returns the errors of the first skipped rows, as many as
// SkipBadRows said to keep, in input order.
func (r *Reader) Errors() []*ParseError { return r.tally.Errors() }

// parse reads one line, b, which is the Lines' and valid until the next
// line is read, into e. When takes is not nil and returns false for the
// row's EventCode, the row is only checked: e holds its EventCode and
// r.p.refused is set; its error is the one reading it in full gives.
func (r *Reader) parse(b []byte, line int, e *Event, id *string, takes func(string) bool) *ParseError {
	// The ends of the fields, in the parser's array (filling it writes no
	// pointer): those of a GDELT 2.0 row are its columns' places as they
	// are, and no span is made of them.
	p := &r.p
	p.ends[0] = -1
	ends := p.ends[1:]
	n, ascii := tsv.Cut(b, ends)
	v := r.version
	if v == 0 {
		// The first row of a known shape fixes the version of the rest.
		if v = versionOf(n); v != 0 {
			r.version, r.from = v, line
		}
	}
	if n != v.NumColumns() {
		want := "61, 58 or 57"
		switch {
		case r.from != 0:
			want = fmt.Sprintf("%d as on line %d (GDELT %s)", v.NumColumns(), r.from, v)
		case v != 0:
			want = strconv.Itoa(v.NumColumns())
		}
		return &ParseError{Line: line, Value: tsv.Prefix(string(b), maxValue),
			Err: fmt.Errorf("%w: %d, want %s", ErrColumnCount, n, want)}
	}
	if !ascii && !utf8.Valid(b) {
		fields, _ := tsv.Split(string(b), nil, NumColumns)
		i := tsv.InvalidUTF8(fields)
		return newError(line, columnAt(v, i), fields[i], ErrEncoding)
	}
	if b[len(b)-1] == '\r' {
		// A second carriage return: it would not survive a write and read.
		last := columnAt(v, n-1)
		return newError(line, last, string(b[ends[n-2]+1:]), fmt.Errorf("%w: carriage return at the end of the line", ErrSyntax))
	}
	p.b, p.line, p.version, p.empty, p.err, p.dates = b, line, v, 0, nil, &r.dates
	// The fields of a GDELT 1.0 row at their GDELT 2.0 places; those it
	// lacks are empty.
	p.mapped = v != Version2
	if p.mapped {
		from := 0
		for i := range n {
			p.span[v1Columns[i]] = span{from, ends[i]}
			from = ends[i] + 1
		}
		for _, c := range [...]Column{ColActor1GeoADM2Code, ColActor2GeoADM2Code, ColActionGeoADM2Code, ColSourceURL} {
			if c != ColSourceURL || v == Version1Backfile {
				p.span[c] = span{}
			}
		}
	}
	// The texts: strings cut from one copy of the row from its first text
	// column on (the columns before it are numbers).
	p.off, _ = p.place(ColActor1Code)
	p.texts = r.texts.add(b[p.off:])
	p.refused = takes != nil && !takes(p.text(ColEventCode))
	if p.refused {
		if !p.check() {
			// A row the checks do not pass: read in full, which finds
			// its first error.
			p.empty, p.err = 0, nil
			p.event(e)
		}
		e.EventCode = p.text(ColEventCode)
		p.b, p.texts = nil, ""
		return p.err
	}
	if id == nil || !p.recordEvent(e) {
		// Read, or a row the checks of recordEvent do not pass: read
		// in full, in column order, which finds the row's first error.
		p.empty, p.err = 0, nil
		p.event(e)
	}
	if id != nil {
		*id = ""
		if s := p.field(ColGlobalEventID); p.err == nil && canonicalInt(s) {
			*id = r.texts.add(s)
		}
	}
	p.b, p.texts = nil, ""
	return p.err
}

// columnAt returns the column at place i of a row of version v.
func columnAt(v Version, i int) Column {
	if v == Version2 {
		return Column(i)
	}
	return v1Columns[i]
}

// cutRoom is the room rowParser.ends has past the places of a row's
// columns: that of one of tsv.Cut's blocks of sixty-four bytes.
const cutRoom = 64

// span is the place of a field in its line: b[lo:hi].
type span struct{ lo, hi int }

// rowParser turns the fields of one row, in GDELT 2.0 positions, into an
// Event; it keeps the first error. A Reader reuses its own.
type rowParser struct {
	b []byte
	// ends[i+1] is the end of field i of the row and ends[0] is -1:
	// field i is b[ends[i]+1:ends[i+1]]. For a GDELT 2.0 row (not
	// mapped) these are the columns; a GDELT 1.0 row's columns are
	// mapped to their GDELT 2.0 places in span. The room for cutRoom
	// places past the columns lets tsv.Cut read a whole row in its
	// blocks of sixty-four bytes, which need room for as many places.
	ends    [NumColumns + 1 + cutRoom]int
	mapped  bool
	span    [NumColumns]span
	texts   string // the row's bytes from off on, copied
	off     int
	line    int
	version Version
	empty   ColumnSet
	err     *ParseError
	dates   *dateCache
	refused bool // the row's EventCode was refused: the row was only checked
}

// place returns the place of column c in the line: b[lo:hi].
func (p *rowParser) place(c Column) (lo, hi int) {
	if p.mapped {
		return p.span[c].lo, p.span[c].hi
	}
	return p.ends[c] + 1, p.ends[c+1]
}

// field returns the bytes of column c, which the line's buffer holds.
func (p *rowParser) field(c Column) []byte {
	lo, hi := p.place(c)
	return p.b[lo:hi]
}

// text returns the string of text column c, cut from p.texts.
func (p *rowParser) text(c Column) string {
	lo, hi := p.place(c)
	if lo == hi {
		return ""
	}
	return p.texts[lo-p.off : hi-p.off]
}

func (p *rowParser) event(e *Event) {
	e.Version = p.version
	e.GlobalEventID = p.int64(ColGlobalEventID)
	e.Day = p.day(ColSQLDate)
	e.MonthYear = p.int(ColMonthYear)
	e.Year = p.int(ColYear)
	e.FractionDate = p.float(ColFractionDate)
	p.actor(&e.Actor1, ColActor1Code)
	p.actor(&e.Actor2, ColActor2Code)
	e.IsRootEvent = p.bool(ColIsRootEvent)
	e.EventCode = p.text(ColEventCode)
	e.EventBaseCode = p.text(ColEventBaseCode)
	e.EventRootCode = p.text(ColEventRootCode)
	e.QuadClass = p.int(ColQuadClass)
	e.GoldsteinScale = p.float(ColGoldsteinScale)
	e.NumMentions = p.int(ColNumMentions)
	e.NumSources = p.int(ColNumSources)
	e.NumArticles = p.int(ColNumArticles)
	e.AvgTone = p.float(ColAvgTone)
	p.geo(&e.Actor1Geo, ColActor1GeoType)
	p.geo(&e.Actor2Geo, ColActor2GeoType)
	p.geo(&e.ActionGeo, ColActionGeoType)
	if p.version == Version2 {
		e.DateAdded = p.timestamp(ColDateAdded)
	} else {
		e.DateAdded = p.day(ColDateAdded)
	}
	e.SourceURL = p.text(ColSourceURL)
	e.Empty = p.empty
}

// recordEvent reads into e what Event.record and ReadRecord take of a
// row (the version, GLOBALEVENTID, SQLDATE, the actors' codes, names,
// countries and types, the event codes, QuadClass, GoldsteinScale,
// ActionGeo and SOURCEURL), and only checks the other columns. It
// reports whether the row is read: false when a column does not pass a
// check, which is no stricter than event's, so that event, reading the
// row in column order, then gives its first error (or reads it). The
// columns it only checks are left as they were in e, and not in e.Empty.
func (p *rowParser) recordEvent(e *Event) bool {
	e.Version = p.version
	e.GlobalEventID = p.int64(ColGlobalEventID)
	e.Day = p.day(ColSQLDate)
	ok := p.plainInts(ColMonthYear, ColYear) && p.plainDecimal(ColFractionDate)
	p.recordActor(&e.Actor1, ColActor1Code)
	p.recordActor(&e.Actor2, ColActor2Code)
	p.bool(ColIsRootEvent)
	e.EventCode = p.text(ColEventCode)
	e.EventBaseCode = p.text(ColEventBaseCode)
	e.EventRootCode = p.text(ColEventRootCode)
	e.QuadClass = p.int(ColQuadClass)
	e.GoldsteinScale = p.float(ColGoldsteinScale)
	ok = ok && p.plainInts(ColNumMentions, ColNumArticles) && p.plainDecimal(ColAvgTone) && p.plainGeo(ColActor1GeoType) && p.plainGeo(ColActor2GeoType)
	p.geo(&e.ActionGeo, ColActionGeoType)
	if p.version == Version2 {
		p.timestamp(ColDateAdded)
	} else {
		p.day(ColDateAdded)
	}
	e.SourceURL = p.text(ColSourceURL)
	e.Empty = p.empty // of the columns read, GLOBALEVENTID among them
	return ok && p.err == nil
}

// check checks the columns of the row without converting them, and
// reports whether event reads the row without an error. The checks are
// those of recordEvent for the columns it does not take, which are no
// stricter than event's; SQLDATE, IsRootEvent and DATEADDED are read as
// event reads them (the dates mostly from the Reader's cache). False says
// only that event must read the row to find its first error, if any.
func (p *rowParser) check() bool {
	ok := p.plainInt(ColGlobalEventID) && p.plainInts(ColMonthYear, ColYear) &&
		p.plainDecimal(ColFractionDate) && p.plainInt(ColQuadClass) && p.plainDecimal(ColGoldsteinScale) &&
		p.plainInts(ColNumMentions, ColNumArticles) && p.plainDecimal(ColAvgTone) && p.plainGeo(ColActor1GeoType) && p.plainGeo(ColActor2GeoType) &&
		p.plainGeo(ColActionGeoType)
	if !ok {
		return false
	}
	p.day(ColSQLDate)
	p.bool(ColIsRootEvent)
	if p.version == Version2 {
		p.timestamp(ColDateAdded)
	} else {
		p.day(ColDateAdded)
	}
	return p.err == nil
}

// recordActor reads the columns of an actor that Actor.fill takes, from
// column c, its code. The others are left as they were.
func (p *rowParser) recordActor(a *Actor, c Column) {
	a.Code, a.Name, a.CountryCode = p.text(c), p.text(c+1), p.text(c+2)
	a.Type1Code, a.Type2Code, a.Type3Code = p.text(c+7), p.text(c+8), p.text(c+9)
}

// plainInt reports whether column c is empty or what exactInt reads for
// an int: a sign and at most 18 digits (9 where an int has 32 bits), which
// the int of event reads without an error.
func (p *rowParser) plainInt(c Column) bool { return plainInt(p.field(c)) }

// plainInt reports whether s is empty or what exactInt reads for an int
// (see rowParser.plainInt).
func plainInt(s []byte) bool {
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	} else if len(s) == 0 {
		return true
	}
	if len(s) == 0 || len(s) > 18 || strconv.IntSize < 64 && len(s) > 9 {
		return false
	}
	for _, b := range s {
		if b-'0' > 9 {
			return false
		}
	}
	return true
}

// plainInts reports whether each column from first to last passes
// plainInt. The columns are next to each other in the rows of every
// version, so their fields are one run of the line with tabs between
// them: a run of at most 18 bytes (9 where an int has 32 bits) of digits
// and tabs passes in one loop, and any other is checked column by
// column.
func (p *rowParser) plainInts(first, last Column) bool {
	lo, _ := p.place(first)
	_, hi := p.place(last)
	if s := p.b[lo:hi]; len(s) <= 18 && (strconv.IntSize == 64 || len(s) <= 9) {
		var other uint8
		for _, b := range s {
			other |= notDigitOrTab[b]
		}
		if other == 0 {
			return true
		}
	}
	for c := first; c <= last; c++ {
		if !p.plainInt(c) {
			return false
		}
	}
	return true
}

// notDigitOrTab is 1 for the bytes other than the digits and the tab.
var notDigitOrTab = func() (t [256]uint8) {
	for b := range t {
		if (b < '0' || b > '9') && b != '\t' {
			t[b] = 1
		}
	}
	return t
}()

// plainDecimal reports whether column c is empty or what exactDecimal
// reads, which the float of event reads without an error.
func (p *rowParser) plainDecimal(c Column) bool {
	s := p.field(c)
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	} else if len(s) == 0 {
		return true
	}
	digits, dot := len(s), false
	for _, b := range s {
		if b-'0' <= 9 {
			continue
		}
		if b != '.' || dot {
			return false
		}
		dot = true
	}
	if dot {
		digits--
	}
	return digits > 0 && digits <= 15
}

// plainGeo reports whether the columns of a place from column c, its
// type, pass what geo checks without an error: a type plainInt takes,
// and latitude and longitude both empty or both decimals exactDecimal
// reads within their ranges (plainCoord).
func (p *rowParser) plainGeo(c Column) bool {
	var typ, lat, long []byte
	if p.mapped {
		typ, lat, long = p.field(c), p.field(c+5), p.field(c+6)
	} else {
		// The ends of the place's columns, found once.
		e := p.ends[c : c+8 : c+8]
		typ, lat, long = p.b[e[0]+1:e[1]], p.b[e[5]+1:e[6]], p.b[e[6]+1:e[7]]
	}
	// A type of one digit, as GDELT writes them, or else plainInt.
	if !(len(typ) == 1 && typ[0]-'0' <= 9 || plainInt(typ)) {
		return false
	}
	if len(lat) == 0 && len(long) == 0 {
		return true
	}
	return plainCoord(lat, 90) && plainCoord(long, 180)
}

// plainCoord reports whether s is what exactDecimal reads, of a value
// from -limit to limit, read from its digits: the whole part below limit,
// or limit with no digit but 0 after the point. (With at most 15 digits,
// a decimal above limit is read to a float64 above it too.)
func plainCoord(s []byte, limit int) bool {
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	if len(s) > 16 { // more than 15 digits and a point
		return false
	}
	// The whole part, then the fraction, in loops of their own: the
	// whole part's value (of at most 16 digits, so below 2^63 in an
	// int64 whatever the size of an int) and the fraction's nonzero
	// digits.
	i, whole := 0, int64(0)
	for ; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			break
		}
		whole = whole*10 + int64(d)
	}
	digits := i
	var nonzero byte
	if i < len(s) {
		if s[i] != '.' {
			return false
		}
		digits += len(s) - i - 1
		for i++; i < len(s); i++ {
			d := s[i] - '0'
			if d > 9 {
				return false
			}
			nonzero |= d
		}
	}
	return digits > 0 && digits <= 15 && (whole < int64(limit) || whole == int64(limit) && nonzero == 0)
}

func (p *rowParser) fail(c Column, err error) {
	if p.err == nil {
		p.err = newError(p.line, c, string(p.field(c)), err)
	}
}

func (p *rowParser) actor(a *Actor, c Column) {
	*a = Actor{
		Code: p.text(c), Name: p.text(c + 1), CountryCode: p.text(c + 2), KnownGroupCode: p.text(c + 3),
		EthnicCode: p.text(c + 4), Religion1Code: p.text(c + 5), Religion2Code: p.text(c + 6),
		Type1Code: p.text(c + 7), Type2Code: p.text(c + 8), Type3Code: p.text(c + 9),
	}
}

func (p *rowParser) geo(g *Geo, c Column) {
	*g = Geo{
		Type:     GeoType(p.int(c)),
		FullName: p.text(c + 1), CountryCode: p.text(c + 2), ADM1Code: p.text(c + 3), ADM2Code: p.text(c + 4),
		FeatureID: p.text(c + 7),
	}
	lat, long := c+5, c+6
	latLo, latHi := p.place(lat)
	longLo, longHi := p.place(long)
	latEmpty, longEmpty := latLo == latHi, longLo == longHi
	switch {
	case latEmpty && longEmpty:
	case latEmpty:
		p.fail(lat, fmt.Errorf("%w: latitude empty, longitude given", ErrMissing))
	case longEmpty:
		p.fail(long, fmt.Errorf("%w: longitude empty, latitude given", ErrMissing))
	default:
		g.Lat, g.Long = p.float(lat), p.float(long)
		g.HasCoords = true
		if g.Lat < -90 || g.Lat > 90 {
			p.fail(lat, fmt.Errorf("%w: latitude outside -90 to 90", ErrRange))
		}
		if g.Long < -180 || g.Long > 180 {
			p.fail(long, fmt.Errorf("%w: longitude outside -180 to 180", ErrRange))
		}
	}
}

func (p *rowParser) int64(c Column) int64 { return p.integer(c, 64) }

func (p *rowParser) int(c Column) int { return int(p.integer(c, strconv.IntSize)) }

func (p *rowParser) integer(c Column, bits int) int64 {
	s := p.field(c)
	if len(s) == 0 {
		p.empty = p.empty.With(c)
		return 0
	}
	if n, ok := exactInt(s, bits); ok {
		return n
	}
	n, err := strconv.ParseInt(string(s), 10, bits)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			p.fail(c, fmt.Errorf("%w: integer too large", ErrRange))
		} else {
			p.fail(c, fmt.Errorf("%w: not an integer", ErrSyntax))
		}
		return 0
	}
	return n
}

func (p *rowParser) bool(c Column) bool {
	switch s := p.field(c); {
	case len(s) == 0:
		p.empty = p.empty.With(c)
	case len(s) == 1 && s[0] == '0':
	case len(s) == 1 && s[0] == '1':
		return true
	default:
		p.fail(c, fmt.Errorf("%w: want 0 or 1", ErrSyntax))
	}
	return false
}

// float reads a decimal number. It refuses what strconv.ParseFloat takes
// beyond decimals (NaN, Inf, hexadecimal, underscores), which no GDELT
// file holds and which would not write back as they were read.
func (p *rowParser) float(c Column) float64 {
	s := p.field(c)
	if len(s) == 0 {
		p.empty = p.empty.With(c)
		return 0
	}
	// What exactDecimal reads has only the bytes checked below.
	if f, ok := exactDecimal(s); ok {
		return f
	}
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case '0' <= b && b <= '9', b == '.', b == '-', b == '+', b == 'e', b == 'E':
		default:
			p.fail(c, fmt.Errorf("%w: not a decimal number", ErrSyntax))
			return 0
		}
	}
	f, err := strconv.ParseFloat(string(s), 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			p.fail(c, fmt.Errorf("%w: number too large", ErrRange))
		} else {
			p.fail(c, fmt.Errorf("%w: not a decimal number", ErrSyntax))
		}
		return 0
	}
	return f
}

// canonicalInt reports whether s is a non-negative integer written as
// strconv.FormatInt writes it: digits only, without a leading zero.
func canonicalInt(s []byte) bool {
	if len(s) == 0 || len(s) > 1 && s[0] == '0' {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// exactInt reads s when it is an optional sign and 1 to 18 decimal
// digits whose value fits in bits bits, as strconv.ParseInt(s, 10, bits)
// reads it; it reports false for anything else, which ParseInt then
// reads (or refuses).
func exactInt[T ~string | ~[]byte](s T, bits int) (int64, bool) {
	i, neg := 0, false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		i, neg = 1, s[0] == '-'
	}
	if i == len(s) || len(s)-i > 18 {
		return 0, false
	}
	var n int64
	for ; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + int64(d)
	}
	if neg {
		n = -n
	}
	if bits < 64 && (n > 1<<(bits-1)-1 || n < -1<<(bits-1)) {
		return 0, false
	}
	return n, true
}

// exactDecimal reads s when it is a decimal that strconv.ParseFloat
// reads exactly with one division, and to the same float64: an optional
// sign, then at most 15 digits with at most one point among or around
// them. Both the digits as an integer (below 10^15, under 2^53) and the
// power of ten that divides them (at most 10^15) are exact float64s, and
// IEEE division rounds their quotient correctly, as ParseFloat does. It
// reports false for anything else, which ParseFloat then reads.
func exactDecimal[T ~string | ~[]byte](s T) (float64, bool) {
	i, neg := 0, false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		i, neg = 1, s[0] == '-'
	}
	digits, dot := len(s)-i, -1
	var mant uint64 // wraps past 19 digits, which are refused below
	for ; i < len(s); i++ {
		if d := s[i] - '0'; d <= 9 {
			mant = mant*10 + uint64(d)
			continue
		}
		if s[i] != '.' || dot >= 0 {
			return 0, false
		}
		dot = i
	}
	frac := 0
	if dot >= 0 {
		digits--
		frac = len(s) - 1 - dot
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	f := float64(mant)
	if frac > 0 {
		f /= pow10[frac]
	}
	if neg {
		f = -f
	}
	return f, true
}

// pow10 holds the powers of ten exactDecimal divides by.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// day reads YYYYMMDD; an empty column gives the zero time.
func (p *rowParser) day(c Column) time.Time {
	s := p.field(c)
	if len(s) == 0 {
		return time.Time{}
	}
	if len(s) != 8 {
		p.fail(c, fmt.Errorf("%w: want a date as YYYYMMDD", ErrSyntax))
		return time.Time{}
	}
	if p.dates.day.s == string(s) {
		return p.dates.day.t
	}
	t, ok := p.date(c, s, 0, 0, 0)
	if !ok {
		return time.Time{}
	}
	p.dates.day.s, p.dates.day.t = string(s), t
	return t
}

// timestamp reads YYYYMMDDHHMMSS; an empty column gives the zero time.
func (p *rowParser) timestamp(c Column) time.Time {
	s := p.field(c)
	if len(s) == 0 {
		return time.Time{}
	}
	if len(s) != 14 {
		p.fail(c, fmt.Errorf("%w: want a time as YYYYMMDDHHMMSS", ErrSyntax))
		return time.Time{}
	}
	if p.dates.stamp.s == string(s) {
		return p.dates.stamp.t
	}
	hh, ok1 := digits(s[8:10])
	mm, ok2 := digits(s[10:12])
	ss, ok3 := digits(s[12:14])
	if !ok1 || !ok2 || !ok3 {
		p.fail(c, fmt.Errorf("%w: want a time as YYYYMMDDHHMMSS", ErrSyntax))
		return time.Time{}
	}
	if hh > 23 || mm > 59 || ss > 59 {
		p.fail(c, fmt.Errorf("%w: no such time of day", ErrRange))
		return time.Time{}
	}
	t, ok := p.date(c, s, hh, mm, ss)
	if ok {
		p.dates.stamp.s, p.dates.stamp.t = string(s), t
	}
	return t
}

// date reads the YYYYMMDD that starts s.
func (p *rowParser) date(c Column, s []byte, hh, mm, ss int) (time.Time, bool) {
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[4:6])
	d, ok3 := digits(s[6:8])
	if !ok1 || !ok2 || !ok3 {
		p.fail(c, fmt.Errorf("%w: want a date as YYYYMMDD", ErrSyntax))
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, hh, mm, ss, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d {
		p.fail(c, fmt.Errorf("%w: no such date", ErrRange))
		return time.Time{}, false
	}
	return t, true
}

// digits reads a string of ASCII digits.
func digits(s []byte) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + int(d)
	}
	return n, true
}
