package schema

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/iri"
)

// globalPrefixes are the prefixes of the context that apply to every IRI:
// an identifier "schema:x" is read by JSON-LD as http://schema.org/x, so
// the writer expands it the same way. (Node ids with these schemes do not
// validate and are not written; see diplo.ParseID.)
var globalPrefixes = map[string]string{
	"schema":  nsSchema,
	"diplo":   nsDiplo,
	"xsd":     nsXSD,
	"edtf":    "http://id.loc.gov/datatypes/edtf/",
	"dcterms": nsDCTerms,
	"prov":    nsProv,
	"rdfs":    nsRDFS,
}

// identifierPrefixes are the schemes of diplo.Identifier, which the context
// defines for identifier values only.
var identifierPrefixes = map[string]string{
	"wikidata": nsWikidata,
	"geonames": nsGeoNames,
	"iso3166":  nsISO3166,
	"unts":     nsUNTS,
	"gdelt":    nsGDELT,
	"undoc":    nsUNDoc,
}

// rdfType is the predicate of a node's class.
const rdfType = "<" + nsRDF + "type>"

// Classes, predicates and datatypes, written as N-Quads IRIs: those of the
// terms of the context (see terms.go).
var (
	cGraph            = termIRI("Graph")
	cPerson           = termIRI("Person")
	cState            = termIRI("State")
	cOrganization     = termIRI("Organization")
	cOffice           = termIRI("Office")
	cTenure           = termIRI("Tenure")
	cDelegation       = termIRI("Delegation")
	cMission          = termIRI("Mission")
	cEvent            = termIRI("Event")
	cStatement        = termIRI("Statement")
	cAccord           = termIRI("Accord")
	cSource           = termIRI("Source")
	cResolution       = termIRI("Resolution")
	cVote             = termIRI("Vote")
	cPlace            = termIRI("Place")
	cGeo              = termIRI("GeoCoordinates")
	cAdminArea        = termIRI("AdministrativeArea")
	cQuantitative     = termIRI("QuantitativeValue")
	cMonetary         = termIRI("MonetaryAmount")
	pAdmin1           = termIRI("admin1")
	pAdmin2           = termIRI("admin2")
	pSubdivisionCode  = termIRI("code")
	pQuantity         = termIRI("quantities")
	pClaimedQuantity  = termIRI("quantity")
	pAmount           = termIRI("amount")
	dtDecimal         = datatype("amount")
	pCurrency         = termIRI("currency")
	pUnit             = termIRI("unit")
	pWording          = termIRI("wording")
	pInStatement      = termIRI("statement")
	pName             = termIRI("name")
	pTitle            = termIRI("title")
	pDescription      = termIRI("description")
	pSameAs           = termIRI("identifiers")
	pSource           = termIRI("sources")
	pAttributedTo     = termIRI("by")
	pNote             = termIRI("note")
	pClaim            = termIRI("claims")
	pClaimedProperty  = termIRI("property")
	pClaimedValue     = termIRI("value")
	pNationality      = termIRI("nationality")
	pCountry          = termIRI("country")
	pISO3166          = termIRI("State", "country")
	pAlternateName    = termIRI("abbreviation")
	pParentOrg        = termIRI("partOf")
	pMember           = termIRI("members")
	pCreatedBy        = termIRI("createdBy")
	pFoundingDate     = termIRI("founded")
	pSending          = termIRI("sending")
	pReceiving        = termIRI("receiving")
	pSeat             = termIRI("seat")
	pEstablished      = termIRI("established")
	pClosed           = termIRI("closed")
	pAccreditedTo     = termIRI("accreditedTo")
	pMissionKind      = termIRI("Mission", "kind")
	pOfficeOf         = termIRI("of")
	pPerson           = termIRI("signatories", "person")
	pHolds            = reverseTerm("person")
	pOffice           = termIRI("office")
	pStartDate        = termIRI("startDate")
	pEndDate          = termIRI("endDate")
	pQualifier        = termIRI("qualifiers")
	pRepresents       = termIRI("represents")
	pRepresenting     = termIRI("representing")
	pGeoNames         = termIRI("geonames")
	pWikidata         = termIRI("wikidata")
	pSubjectDomain    = termIRI("domains")
	pForParty         = termIRI("party")
	pHead             = termIRI("head")
	pOrgKind          = termIRI("Organization", "kind")
	pOfficeRole       = termIRI("Office", "role")
	pEventKind        = termIRI("Event", "kind")
	pEventStatus      = termIRI("status")
	pLocation         = termIRI("location")
	pGeo              = termIRI("coordinates")
	pLatitude         = termIRI("latitude")
	pLongitude        = termIRI("longitude")
	pAttendee         = termIRI("Event", "participants")
	pRoleName         = termIRI("Event", "participants", "role")
	pDelegation       = termIRI("delegation")
	pSubEvent         = termIRI("parts")
	pEventRelation    = termIRI("Event", "relations")
	pRelationKind     = termIRI("Event", "relations", "kind")
	pRelatedEvent     = termIRI("Event", "relations", "event")
	pTopic            = termIRI("topics")
	pDomain           = termIRI("domain")
	pLabel            = termIRI("label")
	pOutcome          = termIRI("outcomes")
	pCharacterisation = termIRI("characterisations")
	pStatusChange     = termIRI("statusHistory")
	pNewStatus        = termIRI("statusHistory", "status")
	pNewLocation      = termIRI("statusHistory", "location")
	pDeadline         = termIRI("deadlines")
	pEffectiveDate    = termIRI("effectiveDate")
	pTerm             = termIRI("term")
	pTone             = termIRI("tone")
	pStatementKind    = termIRI("Statement", "kind")
	pCreator          = termIRI("speakers")
	pOccasion         = termIRI("occasion")
	pDate             = termIRI("date")
	pText             = termIRI("text")
	pAbout            = termIRI("about")
	pAccordKind       = termIRI("Accord", "kind")
	pParty            = termIRI("parties")
	pSignatory        = termIRI("signatories")
	pCapacity         = termIRI("capacity")
	pAction           = termIRI("actions")
	pActionKind       = termIRI("actions", "kind")
	pEvent            = termIRI("event")
	pCreates          = termIRI("creates")
	pDepositary       = termIRI("depositary")
	pAuthenticLang    = termIRI("languages")
	pAccordRelation   = termIRI("Accord", "relations")
	pRelatedAccord    = termIRI("Accord", "relations", "accord")
	pURL              = termIRI("url")
	pPublisherName    = termIRI("publisher")
	pPublisher        = termIRI("publisherId")
	pDatePublished    = termIRI("published")
	pInLanguage       = termIRI("language")
	dtDouble          = datatype("latitude")
	pResolutionKind   = termIRI("Resolution", "kind")
	pResolutionStatus = termIRI("Resolution", "status")
	pSymbol           = termIRI("symbol")
	pBody             = termIRI("body")
	pSponsor          = termIRI("sponsors")
	pMethod           = termIRI("method")
	pMotion           = termIRI("motion")
	pResult           = termIRI("result")
	pMajority         = termIRI("majority")
	pCount            = termIRI("counts")
	pCountValue       = termIRI("counts", "value")
	pCountGroup       = termIRI("group")
	pVoteOption       = termIRI("option")
	pPosition         = termIRI("positions")
	pVoter            = termIRI("voter")
	pVoterRole        = termIRI("positions", "role")
	pExplanation      = termIRI("explanation")
	dtInteger         = datatype("counts", "value")
)

// Datatypes of dates, by what dateType returns.
const (
	dateEDTF = iota
	dateYear
	dateMonth
	dateDay
	dateTime
)

var dateDatatypes = [...]struct{ compact, nquads string }{
	dateEDTF:  {"edtf:EDTF", datatype("startDate")},
	dateYear:  {"xsd:gYear", "<" + nsXSD + "gYear>"},
	dateMonth: {"xsd:gYearMonth", "<" + nsXSD + "gYearMonth>"},
	dateDay:   {"xsd:date", "<" + nsXSD + "date>"},
	dateTime:  {"xsd:dateTime", "<" + nsXSD + "dateTime>"},
}

// dateType returns the XSD 1.1 datatype a date's precision implies for an
// exact date, and EDTF for a date that is uncertain or approximate, or
// precise to the minute (XSD has no type for a time without seconds).
// Dates are written as EDTF literals, the datatype of the context; the
// reader accepts a value object typed with this XSD datatype, as earlier
// versions wrote them, and refuses one whose datatype contradicts the
// date's precision.
func dateType(d diplo.Date) int {
	if d.Qualifier() != 0 {
		return dateEDTF
	}
	switch d.Precision() {
	case diplo.PrecisionYear:
		return dateYear
	case diplo.PrecisionMonth:
		return dateMonth
	case diplo.PrecisionDay:
		return dateDay
	case diplo.PrecisionSecond:
		return dateTime
	}
	return dateEDTF
}

// schemaStatus maps the event statuses that schema.org defines to the
// local names of its IRIs; the others are IRIs of their concept scheme.
var schemaStatus = func() map[event.Status]string {
	m := map[event.Status]string{}
	for k, v := range valueTerms("status") {
		m[event.Status(k)] = v
	}
	return m
}()

// nodeTypes are the node types, in the order of the lists of a graph.
var nodeTypes = graph.NodeTypes()

// hasNode is the predicate that links a graph to a node of each type: the
// term of its list in the scoped context of Graph.
var hasNode = func() map[graph.NodeType]string {
	m := map[graph.NodeType]string{}
	for _, t := range nodeTypes {
		m[t] = termIRI("Graph", t.List())
	}
	return m
}()

// doubleEnd ends the literal of a number: its datatype and the end of the
// quad.
var doubleEnd = `"^^` + dtDouble + " .\n"

// Concept scheme namespaces of the controlled vocabularies: the @vocab of
// the scoped contexts of their terms.
var (
	csOrgKind        = valueNamespace("Organization", "kind")
	csMissionKind    = valueNamespace("Mission", "kind")
	csOfficeRole     = valueNamespace("Office", "role")
	csQualifier      = valueNamespace("qualifiers")
	csEventKind      = valueNamespace("Event", "kind")
	csEventStatus    = valueNamespace("status")
	csRole           = valueNamespace("Event", "participants", "role")
	csEventRelation  = valueNamespace("Event", "relations", "kind")
	csTone           = valueNamespace("tone")
	csWording        = valueNamespace("wording")
	csStatementKind  = valueNamespace("Statement", "kind")
	csDomain         = valueNamespace("domain")
	csAccordKind     = valueNamespace("Accord", "kind")
	csActionKind     = valueNamespace("actions", "kind")
	csCapacity       = valueNamespace("capacity")
	csAccordRelation = valueNamespace("Accord", "relations", "kind")
	csResolutionKind = valueNamespace("Resolution", "kind")
	csResolutionStat = valueNamespace("Resolution", "status")
	csMethod         = valueNamespace("method")
	csResult         = valueNamespace("result")
	csMajority       = valueNamespace("majority")
	csOption         = valueNamespace("option")
	csVoterRole      = valueNamespace("positions", "role")
)

// WriteNQuads writes the RDF dataset of g as N-Quads (RDF 1.1 N-Quads, all
// in the default graph): the dataset a JSON-LD 1.1 processor makes of
// MarshalJSONLD(g) with the context of this package, up to the labels of
// blank nodes. It works from the Go values directly, with no JSON-LD
// processor, and buffers its output.
//
// Nodes are subjects named by their IRI; the graph itself is a blank node
// when it has no id. Embedded objects (participants, places, coordinates,
// topics, relations, characterisations, claims, signatories, actions,
// the counts and positions of votes) are
// blank nodes labelled _:b0, _:b1, ... in the order they are written.
// Literals of texts carry the lower-cased language tag, as JSON-LD
// processors write them; dates are typed as vocab.md says; coordinates
// are xsd:double in canonical form ("5.575222E1"). An identifier whose
// scheme is a prefix of the context (wikidata, iso3166, ...) is a compact
// IRI to JSON-LD, and to WriteNQuads: "wikidata:Q7747" is
// http://www.wikidata.org/entity/Q7747, and the GeoNames id 524901, which
// diplo JSON writes "geonames:524901/", is https://sws.geonames.org/524901/.
// The output is deterministic: the
// same graph gives the same bytes, in time linear in the size of the
// graph (the languages of a text are sorted, in n log n).
//
// WriteNQuads does not validate g (see graph.Validate). It reports, as a
// *diplo.FieldError naming the JSON path of the value, what has no
// faithful RDF form: an id or reference that diplo.ParseID refuses (the
// same rule as Validate's, so that an id is written if and only if it
// validates: no compact IRI such as "schema:Person", no spoofing
// characters), an identifier or URL that is not an IRI by the same rule, a
// controlled value outside its
// vocabulary (an empty required kind or role included), a country code
// that is not two upper-case letters, a coordinate that is not finite. It
// then stops, and what it wrote to w is incomplete.
func WriteNQuads(w io.Writer, g *graph.Graph) error {
	if g == nil {
		return fmt.Errorf("%w: nil graph", ErrNotNode)
	}
	q := newWriter(w)
	q.graph(g)
	return q.finish()
}

// WriteNodeNQuads writes the RDF dataset of one node as N-Quads, the same
// dataset a JSON-LD processor makes of MarshalNodeJSONLD(n). n is a node
// or a pointer to one (see graph.Node); a nil pointer is ErrNotNode. See
// WriteNQuads for what is reported as an error, and for a whole graph.
func WriteNodeNQuads(w io.Writer, n graph.Node) error {
	return newWriter(w).writeNode(n)
}

// NQuadsNodeWriter writes the RDF datasets of nodes one after another,
// for a stream of nodes (see graph.NodeReader): each Write writes the
// bytes WriteNodeNQuads writes for its node, blank nodes labelled from
// _:b0 in each, through buffers kept from one node to the next. What
// reaches the underlying writer is the quads of whole nodes, in writes of
// 32 KiB or more but for the last, made by Write and by Flush: a node that
// fails, as WriteNodeNQuads fails, writes nothing, and the next node is
// written as if it had not been tried. Call Flush when done, also after
// an error. A failure of the underlying writer is returned by the Write
// or Flush that met it and by every later call. An NQuadsNodeWriter is
// not safe for concurrent use.
type NQuadsNodeWriter struct {
	q   nqWriter
	buf nodeQuads // the quads of whole nodes, then of the node being written
	out io.Writer
	err error // the first failure of out
}

// nodeQuads is a growing buffer that q.w writes to.
type nodeQuads struct{ b []byte }

func (p *nodeQuads) Write(b []byte) (int, error) {
	p.b = append(p.b, b...)
	return len(b), nil
}

// nodeQuadsFlush is how many bytes of whole nodes an NQuadsNodeWriter
// holds before it writes them out; nodeQuadsKeep the largest buffer it
// keeps for the next nodes.
const (
	nodeQuadsFlush = 32 << 10
	nodeQuadsKeep  = 1 << 20
)

// NewNQuadsNodeWriter returns an NQuadsNodeWriter that writes to w.
func NewNQuadsNodeWriter(w io.Writer) *NQuadsNodeWriter {
	nw := &NQuadsNodeWriter{out: w, buf: nodeQuads{b: make([]byte, 0, 2*nodeQuadsFlush)}}
	nw.q = nqWriter{w: bufio.NewWriterSize(&nw.buf, 4<<10), num: make([]byte, 0, 32)}
	return nw
}

// Write writes the RDF dataset of the node n as WriteNodeNQuads does,
// with the same errors, or returns the failure of the underlying writer.
func (w *NQuadsNodeWriter) Write(n graph.Node) error {
	if w.err != nil {
		return w.err
	}
	mark := len(w.buf.b)
	w.q.next = 0
	if err := w.q.writeNode(n); err != nil {
		if w.q.err != nil {
			// The node failed: what it wrote is dropped.
			w.q.err = nil
			w.q.w.Reset(&w.buf)
			w.buf.b = w.buf.b[:mark]
		}
		return err
	}
	if len(w.buf.b) >= nodeQuadsFlush {
		return w.Flush()
	}
	return nil
}

// Flush writes the quads of the nodes written so far to the underlying
// writer.
func (w *NQuadsNodeWriter) Flush() error {
	if w.err != nil {
		return w.err
	}
	if len(w.buf.b) == 0 {
		return nil
	}
	_, err := w.out.Write(w.buf.b)
	w.buf.b = w.buf.b[:0]
	if cap(w.buf.b) > nodeQuadsKeep {
		w.buf.b = make([]byte, 0, 2*nodeQuadsFlush)
	}
	if err != nil {
		w.err = fmt.Errorf("schema: writing N-Quads: %w", err)
	}
	return w.err
}

// writeNode writes the node n and flushes.
func (q *nqWriter) writeNode(n graph.Node) error {
	p, ok := graph.Pointer(n) // false for what is not a node
	if !ok {
		return fmt.Errorf("%w: %T", ErrNotNode, n)
	}
	q.node(p, at{"", -1}, rdfTerm{}, "")
	return q.finish()
}

// rdfTerm is an IRI, held in two parts to spare a concatenation (a
// namespace and a local part), or a blank node (bnode > 0 is _:b(bnode-1)).
type rdfTerm struct {
	ns, local string
	bnode     int
}

// nqWriter writes N-Quads. Its first error stops it.
type nqWriter struct {
	w     *bufio.Writer
	next  int
	err   error
	num   []byte
	langs []langEntry
}

type langEntry struct{ tag, value string }

func newWriter(w io.Writer) *nqWriter {
	return &nqWriter{w: bufio.NewWriterSize(w, 32<<10), num: make([]byte, 0, 32)}
}

func (q *nqWriter) finish() error {
	if q.err != nil {
		return q.err
	}
	if err := q.w.Flush(); err != nil {
		return fmt.Errorf("schema: writing N-Quads: %w", err)
	}
	return nil
}

// fail records the first error, at a JSON path built by the caller.
func (q *nqWriter) fail(path string, err error) {
	if q.err == nil {
		q.err = fmt.Errorf("schema: N-Quads: %w", &diplo.FieldError{Path: path, Err: err})
	}
}

func (q *nqWriter) blank() rdfTerm {
	q.next++
	return rdfTerm{bnode: q.next}
}

// at joins a node path and a field: "events[2]" and "kind" give
// "events[2].kind". It runs only when an error is reported.
type at struct {
	list string
	i    int
}

func (a at) path(rest ...any) string {
	var b strings.Builder
	if a.list != "" {
		b.WriteString(check.IndexPath(a.list, a.i))
	}
	for _, r := range rest {
		switch r := r.(type) {
		case string:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(r)
		case int:
			b.WriteString("[" + strconv.Itoa(r) + "]")
		}
	}
	return b.String()
}

func (q *nqWriter) term(t rdfTerm) {
	if t.bnode > 0 {
		q.w.WriteString("_:b")
		q.num = strconv.AppendInt(q.num[:0], int64(t.bnode-1), 10)
		q.w.Write(q.num)
		return
	}
	q.w.WriteByte('<')
	q.w.WriteString(t.ns)
	q.w.WriteString(t.local)
	q.w.WriteByte('>')
}

// link writes s p o for an IRI or blank node o.
func (q *nqWriter) link(s rdfTerm, p string, o rdfTerm) {
	q.term(s)
	q.w.WriteByte(' ')
	q.w.WriteString(p)
	q.w.WriteByte(' ')
	q.term(o)
	q.w.WriteString(" .\n")
}

// class writes s rdf:type c.
func (q *nqWriter) class(s rdfTerm, c string) {
	q.term(s)
	q.w.WriteString(" " + rdfType + " ")
	q.w.WriteString(c)
	q.w.WriteString(" .\n")
}

// literal writes s p "v" followed by suffix (a datatype or language tag
// part, or nothing) and the end of the line.
func (q *nqWriter) literal(s rdfTerm, p, v string) {
	q.literalStart(s, p, v)
	q.w.WriteString(" .\n")
}

func (q *nqWriter) literalStart(s rdfTerm, p, v string) {
	q.term(s)
	q.w.WriteByte(' ')
	q.w.WriteString(p)
	q.w.WriteString(` "`)
	q.escape(v)
	q.w.WriteByte('"')
}

// escape writes v as the inside of an N-Quads string literal. Invalid
// UTF-8 bytes become U+FFFD, as encoding/json writes them, so the literal
// is the one a JSON-LD processor reads from MarshalJSONLD's output.
func (q *nqWriter) escape(v string) {
	start := 0
	for i := 0; i < len(v); {
		c := v[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(v[i:])
			if r != utf8.RuneError || size != 1 {
				i += size
				continue
			}
		}
		q.w.WriteString(v[start:i])
		switch c {
		case '"':
			q.w.WriteString(`\"`)
		case '\\':
			q.w.WriteString(`\\`)
		case '\n':
			q.w.WriteString(`\n`)
		case '\r':
			q.w.WriteString(`\r`)
		case '\t':
			q.w.WriteString(`\t`)
		case '\b':
			q.w.WriteString(`\b`)
		case '\f':
			q.w.WriteString(`\f`)
		default:
			if c >= utf8.RuneSelf {
				q.w.WriteString("\uFFFD")
			} else {
				const hex = "0123456789ABCDEF"
				q.w.WriteString(`\u00`)
				q.w.WriteByte(hex[c>>4])
				q.w.WriteByte(hex[c&0xF])
			}
		}
		i++
		start = i
	}
	q.w.WriteString(v[start:])
}

// text writes one literal per language of t, tagged with the lower-cased
// tag, in the order of the tags.
func (q *nqWriter) text(s rdfTerm, p string, t diplo.Text) {
	if len(t) == 0 {
		return
	}
	entries := q.langs[:0]
	for tag, v := range t {
		entries = append(entries, langEntry{tag.String(), v})
	}
	// The tags of a text are distinct, so the order is total and the
	// output deterministic; n log n however many languages it has.
	slices.SortFunc(entries, func(a, b langEntry) int { return strings.Compare(a.tag, b.tag) })
	for _, e := range entries {
		q.literalStart(s, p, e.value)
		q.w.WriteByte('@')
		for i := 0; i < len(e.tag); i++ {
			c := e.tag[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			q.w.WriteByte(c)
		}
		q.w.WriteString(" .\n")
	}
	q.langs = entries[:0]
}

func (q *nqWriter) date(s rdfTerm, p string, d diplo.Date) {
	if d.IsZero() {
		return
	}
	q.term(s)
	q.w.WriteByte(' ')
	q.w.WriteString(p)
	q.w.WriteString(` "`)
	q.num, _ = d.AppendText(q.num[:0])
	q.w.Write(q.num)
	q.w.WriteString(`"^^`)
	q.w.WriteString(dateDatatypes[dateEDTF].nquads)
	q.w.WriteString(" .\n")
}

// double writes a number as JSON-LD processors write an xsd:double: the
// canonical form of XSD 1.1 with a mantissa of at most 16 significant
// digits ("5.5E1", "-1.0E-3").
func (q *nqWriter) double(s rdfTerm, p string, f float64, path func() string) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		q.fail(path(), check.NewValueError("number", strconv.FormatFloat(f, 'g', -1, 64), diplo.ErrRange))
		return
	}
	q.term(s)
	q.w.WriteByte(' ')
	q.w.WriteString(p)
	q.w.WriteString(` "`)
	q.num = appendCanonicalDouble(q.num[:0], f)
	q.w.Write(q.num)
	q.w.WriteString(doubleEnd)
}

// appendCanonicalDouble formats f as %1.15E and then drops the trailing
// zeros of the mantissa (keeping one digit after the point), the plus sign
// and the leading zeros of the exponent.
func appendCanonicalDouble(b []byte, f float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, f, 'E', 15, 64)
	e := start
	for b[e] != 'E' {
		e++
	}
	m := e
	for b[m-1] == '0' {
		m--
	}
	if b[m-1] == '.' {
		m++
	}
	exp := b[e+1:]
	var out [8]byte
	n := 0
	if exp[0] == '-' {
		out[n] = '-'
		n++
	}
	digits := exp[1:]
	for len(digits) > 1 && digits[0] == '0' {
		digits = digits[1:]
	}
	n += copy(out[n:], digits)
	b = append(b[:m], 'E')
	return append(b, out[:n]...)
}

// expandIRI returns the IRI a JSON-LD processor makes of an IRI value that
// is not a node id: a compact IRI whose prefix is a prefix of the context
// (and, for identifiers, one of the identifier prefixes) is expanded,
// other values are kept. The error, for what is not an IRI by the rule of
// package internal/iri (which ID.Validate and Identifier.Validate apply),
// wraps diplo.ErrSyntax.
func expandIRI(s string, identifiers bool) (rdfTerm, error) {
	colon := strings.IndexByte(s, ':')
	if colon > 0 && !strings.HasPrefix(s[colon+1:], "//") {
		p := s[:colon]
		ns, found := globalPrefixes[p]
		if !found && identifiers {
			ns, found = identifierPrefixes[p]
		}
		if found {
			t := rdfTerm{ns: ns, local: s[colon+1:]}
			if iri.Unreserved(t.local) {
				// The namespaces end in a path or a fragment, after which
				// unreserved characters are allowed: no need to join them.
				return t, nil
			}
			return t, checkIRI(ns + t.local)
		}
	}
	return rdfTerm{local: s}, checkIRI(s)
}

// checkIRI applies the IRI rule of IDs, less its rules on prefixes and
// vocabularies, to an IRI that is not a node id: an expanded identifier,
// the URL of a source.
func checkIRI(s string) error {
	if err := iri.Check(s); err != nil {
		return check.NewValueError("IRI", s, fmt.Errorf("%w: %w", diplo.ErrSyntax, err))
	}
	return nil
}

func badIRI(s string) error { return check.NewValueError("IRI", s, diplo.ErrSyntax) }

// checkID applies the rule of diplo.ParseID to a node id or reference, so
// that the writer refuses exactly the ids that Validate refuses. An empty
// id is reported as ErrSyntax: it is no IRI.
func checkID(id diplo.ID) error {
	if id == "" {
		return badIRI("")
	}
	return id.Validate()
}

// ref writes s p o for a reference o, which must be an ID.
func (q *nqWriter) ref(s rdfTerm, p string, id diplo.ID, path func() string) {
	if err := checkID(id); err != nil {
		q.fail(path(), err)
		return
	}
	q.link(s, p, rdfTerm{local: string(id)})
}

// optRef writes a reference that JSON omits when empty.
func (q *nqWriter) optRef(s rdfTerm, p string, id diplo.ID, path func() string) {
	if id != "" {
		q.ref(s, p, id, path)
	}
}

func (q *nqWriter) refs(s rdfTerm, p string, ids []diplo.ID, a at, field string) {
	for i, id := range ids {
		q.ref(s, p, id, func() string { return a.path(field, i) })
	}
}

// identifier writes s p o for the IRI of an identifier, expanded from its
// JSON form: a GeoNames id has its slash there ("geonames:524901/" is
// https://sws.geonames.org/524901/, GeoNames' IRI of the feature).
func (q *nqWriter) identifier(s rdfTerm, p string, id diplo.Identifier, path func() string) {
	text := id.String()
	if id.Scheme == diplo.GeoNames {
		text += "/"
	}
	o, err := expandIRI(text, true)
	if err != nil {
		q.fail(path(), err)
		return
	}
	q.link(s, p, o)
}

func (q *nqWriter) identifiers(s rdfTerm, ids []diplo.Identifier, a at) {
	for i, id := range ids {
		q.identifier(s, pSameAs, id, func() string { return a.path("identifiers", i) })
	}
}

// concept writes s p o for a controlled value, an IRI of scheme ns. has
// reports whether the value belongs to its vocabulary.
func (q *nqWriter) concept(s rdfTerm, p, ns, v string, has bool, what string, path func() string) {
	if !has {
		if v == "" {
			q.fail(path(), diplo.ErrRequired)
		} else {
			q.fail(path(), check.NewValueError(what, v, diplo.ErrUnknown))
		}
		return
	}
	q.link(s, p, rdfTerm{ns: ns, local: v})
}

// country writes s p o for a country code: o is the IRI of the code in
// ns, the namespace of states (a reference to the state's node) or, for a
// state's own code, that of ISO 3166.
func (q *nqWriter) country(s rdfTerm, p, ns string, c diplo.Country, path func() string) {
	if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
		q.fail(path(), check.NewValueError("country", string(c), diplo.ErrCountry))
		return
	}
	q.link(s, p, rdfTerm{ns: ns, local: string(c)})
}

// subject returns the subject of a node: its IRI.
func (q *nqWriter) subject(id diplo.ID, a at) rdfTerm {
	if err := checkID(id); err != nil {
		q.fail(a.path("id"), err)
	}
	return rdfTerm{local: string(id)}
}

func (q *nqWriter) sources(s rdfTerm, ids []diplo.ID, a at) { q.refs(s, pSource, ids, a, "sources") }

// attribution writes the members of an embedded diplo.Attribution; a is the
// path of the object that embeds it.
func (q *nqWriter) attribution(s rdfTerm, attr diplo.Attribution, a at, prefix ...any) {
	for i, id := range attr.Sources {
		q.ref(s, pSource, id, func() string { return a.path(append(prefix, "sources", i)...) })
	}
	for i, id := range attr.By {
		q.ref(s, pAttributedTo, id, func() string { return a.path(append(prefix, "by", i)...) })
	}
	q.text(s, pNote, attr.Note)
}

func (q *nqWriter) claims(s rdfTerm, cs []diplo.Claim, a at) {
	for i, c := range cs {
		b := q.blank()
		q.link(s, pClaim, b)
		q.literal(b, pClaimedProperty, c.Property)
		q.text(b, pClaimedValue, c.Value)
		if !c.Quantity.IsZero() {
			q.quantity(b, pClaimedQuantity, &c.Quantity, a, "claims", i, "quantity")
		}
		q.attribution(b, c.Attribution, a, "claims", i)
	}
}

// quantity writes the quantity x, the value of s at the path field,
// linked by the predicate pred: a schema:QuantitativeValue or
// schema:MonetaryAmount whose schema:value is an xsd:decimal.
func (q *nqWriter) quantity(s rdfTerm, pred string, x *diplo.Quantity, a at, field ...any) {
	b := q.blank()
	q.link(s, pred, b)
	switch x.Type {
	case diplo.QuantitativeValue:
		q.class(b, cQuantitative)
	case diplo.MonetaryAmount:
		q.class(b, cMonetary)
	case "":
		// The JSON-LD encoding writes an empty type as "", which a JSON-LD
		// processor reads as the type <> (the document's base): refused,
		// as an unknown type is, rather than left out.
		q.fail(a.path(slices.Concat(field, []any{"type"})...), diplo.ErrRequired)
		return
	default:
		q.fail(a.path(slices.Concat(field, []any{"type"})...), check.NewValueError("quantity type", string(x.Type), diplo.ErrUnknown))
		return
	}
	// A quantity has an amount: the JSON-LD encoding writes an empty one
	// as "", which a JSON-LD processor reads as the ill-typed literal
	// ""^^xsd:decimal, so it is refused, as an amount that is not a
	// decimal is, rather than left out.
	if x.Amount == "" {
		q.fail(a.path(slices.Concat(field, []any{"amount"})...), diplo.ErrRequired)
		return
	}
	if err := x.Amount.Validate(); err != nil {
		q.fail(a.path(slices.Concat(field, []any{"amount"})...), err)
		return
	}
	q.literalStart(b, pAmount, string(x.Amount))
	q.w.WriteString(`^^`)
	q.w.WriteString(dtDecimal)
	q.w.WriteString(" .\n")
	if x.Currency != "" {
		q.literal(b, pCurrency, string(x.Currency))
	}
	q.text(b, pUnit, x.Unit)
	q.text(b, pDescription, x.Description)
}

// division writes the administrative division d of a place s, linked
// by pred.
func (q *nqWriter) division(s rdfTerm, pred string, d *diplo.AdminDivision) {
	b := q.blank()
	q.link(s, pred, b)
	q.class(b, cAdminArea)
	q.text(b, pName, d.Name)
	if d.Code != "" {
		q.literal(b, pSubdivisionCode, string(d.Code))
	}
}

func (q *nqWriter) graph(g *graph.Graph) {
	var s rdfTerm
	if g.ID == "" {
		s = q.blank()
	} else {
		s = q.subject(g.ID, at{})
	}
	q.class(s, cGraph)
	q.text(s, pTitle, g.Title)
	// Node by node, rather than with g.Nodes, whose closures would
	// escape: the writer allocates nothing per graph.
	for _, t := range nodeTypes {
		a, p := at{t.List(), 0}, hasNode[t]
		for ; ; a.i++ {
			n, ok := g.Node(graph.Ref{Type: t, Index: a.i})
			if !ok {
				break
			}
			q.node(n, a, s, p)
		}
	}
}

// node writes the node n, a pointer, at a; inside a graph, parent links
// to it by p.
func (q *nqWriter) node(n graph.Node, a at, parent rdfTerm, p string) {
	switch n := n.(type) {
	case *actor.Person:
		q.person(n, a, parent, p)
	case *actor.State:
		q.state(n, a, parent, p)
	case *actor.Organization:
		q.organization(n, a, parent, p)
	case *actor.Office:
		q.office(n, a, parent, p)
	case *actor.Tenure:
		q.tenure(n, a, parent, p)
	case *actor.Delegation:
		q.delegation(n, a, parent, p)
	case *actor.Mission:
		q.mission(n, a, parent, p)
	case *event.Event:
		q.event(n, a, parent, p)
	case *event.Statement:
		q.statement(n, a, parent, p)
	case *accord.Accord:
		q.accord(n, a, parent, p)
	case *decision.Resolution:
		q.resolution(n, a, parent, p)
	case *decision.Vote:
		q.vote(n, a, parent, p)
	case *diplo.Source:
		q.source(n, a, parent, p)
	}
}

// begin writes the type of a node and, inside a graph, the link from the
// graph to it.
func (q *nqWriter) begin(id diplo.ID, a at, class string, parent rdfTerm, p string) rdfTerm {
	s := q.subject(id, a)
	if q.err != nil {
		return s
	}
	if p != "" {
		q.link(parent, p, s)
	}
	q.class(s, class)
	return s
}

func (q *nqWriter) person(n *actor.Person, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cPerson, parent, p)
	q.text(s, pName, n.Name)
	q.identifiers(s, n.Identifiers, a)
	for i, c := range n.Nationality {
		q.country(s, pNationality, nsState, c, func() string { return a.path("nationality", i) })
	}
	q.sources(s, n.Sources, a)
	q.claims(s, n.Claims, a)
}

func (q *nqWriter) state(n *actor.State, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cState, parent, p)
	q.text(s, pName, n.Name)
	// The state's own code is the ISO IRI of the code; the state's IRI
	// is made from it too (actor.StateID), but a link to itself would say
	// nothing.
	q.country(s, pISO3166, nsISO3166, n.Country, func() string { return a.path("country") })
	q.identifiers(s, n.Identifiers, a)
	q.sources(s, n.Sources, a)
}

func (q *nqWriter) organization(n *actor.Organization, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cOrganization, parent, p)
	q.concept(s, pOrgKind, csOrgKind, string(n.Kind), actor.OrgKinds().Has(n.Kind), "organization kind", func() string { return a.path("kind") })
	q.text(s, pName, n.Name)
	if n.Abbreviation != "" {
		q.literal(s, pAlternateName, n.Abbreviation)
	}
	if n.Country != "" {
		q.country(s, pCountry, nsState, n.Country, func() string { return a.path("country") })
	}
	q.optRef(s, pParentOrg, n.PartOf, func() string { return a.path("partOf") })
	q.refs(s, pMember, n.Members, a, "members")
	q.optRef(s, pCreatedBy, n.CreatedBy, func() string { return a.path("createdBy") })
	q.date(s, pFoundingDate, n.Founded)
	q.identifiers(s, n.Identifiers, a)
	q.sources(s, n.Sources, a)
	q.claims(s, n.Claims, a)
}

func (q *nqWriter) office(n *actor.Office, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cOffice, parent, p)
	q.text(s, pName, n.Name)
	if n.Role != "" {
		q.concept(s, pOfficeRole, csOfficeRole, string(n.Role), actor.OfficeRoles().Has(n.Role), "office role", func() string { return a.path("role") })
	}
	q.ref(s, pOfficeOf, n.Of, func() string { return a.path("of") })
	q.identifiers(s, n.Identifiers, a)
	q.sources(s, n.Sources, a)
	q.claims(s, n.Claims, a)
}

func (q *nqWriter) tenure(n *actor.Tenure, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cTenure, parent, p)
	// The person holds the tenure: the reverse of the tenure's member.
	if err := checkID(n.Person); err != nil {
		q.fail(a.path("person"), err)
	} else {
		q.link(rdfTerm{local: string(n.Person)}, pHolds, s)
	}
	q.ref(s, pOffice, n.Office, func() string { return a.path("office") })
	q.date(s, pStartDate, n.Start)
	q.date(s, pEndDate, n.End)
	for i, x := range n.Qualifiers {
		q.concept(s, pQualifier, csQualifier, string(x), actor.Qualifiers().Has(x), "tenure qualifier", func() string { return a.path("qualifiers", i) })
	}
	q.refs(s, pAccreditedTo, n.AccreditedTo, a, "accreditedTo")
	q.sources(s, n.Sources, a)
	q.claims(s, n.Claims, a)
}

func (q *nqWriter) delegation(n *actor.Delegation, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cDelegation, parent, p)
	q.text(s, pName, n.Name)
	q.ref(s, pRepresents, n.Represents, func() string { return a.path("represents") })
	q.optRef(s, pHead, n.Head, func() string { return a.path("head") })
	q.refs(s, pMember, n.Members, a, "members")
	q.sources(s, n.Sources, a)
}

func (q *nqWriter) mission(n *actor.Mission, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cMission, parent, p)
	q.concept(s, pMissionKind, csMissionKind, string(n.Kind), actor.MissionKinds().Has(n.Kind), "mission kind", func() string { return a.path("kind") })
	q.text(s, pName, n.Name)
	q.ref(s, pSending, n.Sending, func() string { return a.path("sending") })
	q.ref(s, pReceiving, n.Receiving, func() string { return a.path("receiving") })
	if !n.Seat.IsZero() {
		q.placeAt(s, pSeat, &n.Seat, a, "seat")
	}
	q.date(s, pEstablished, n.Established)
	q.date(s, pClosed, n.Closed)
	q.identifiers(s, n.Identifiers, a)
	q.sources(s, n.Sources, a)
}

// place writes the location of an event.
func (q *nqWriter) place(s rdfTerm, pl *diplo.Place, a at) {
	q.placeAt(s, pLocation, pl, a, "location")
}

// placeAt writes the place pl, the value of s at the path field, linked
// by the predicate pred.
func (q *nqWriter) placeAt(s rdfTerm, pred string, pl *diplo.Place, a at, field ...any) {
	b := q.blank()
	q.link(s, pred, b)
	q.class(b, cPlace)
	q.text(b, pName, pl.Name)
	if pl.Country != "" {
		q.country(b, pCountry, nsState, pl.Country, func() string { return a.path(slices.Concat(field, []any{"country"})...) })
	}
	if !pl.Admin1.IsZero() {
		q.division(b, pAdmin1, &pl.Admin1)
	}
	if !pl.Admin2.IsZero() {
		q.division(b, pAdmin2, &pl.Admin2)
	}
	if !pl.GeoNames.IsZero() {
		q.identifier(b, pGeoNames, pl.GeoNames, func() string { return a.path(slices.Concat(field, []any{"geonames"})...) })
	}
	if !pl.Wikidata.IsZero() {
		q.identifier(b, pWikidata, pl.Wikidata, func() string { return a.path(slices.Concat(field, []any{"wikidata"})...) })
	}
	if c := pl.Coordinates; c != nil {
		g := q.blank()
		q.link(b, pGeo, g)
		q.class(g, cGeo)
		q.double(g, pLatitude, c.Latitude, func() string { return a.path(slices.Concat(field, []any{"coordinates", "latitude"})...) })
		q.double(g, pLongitude, c.Longitude, func() string { return a.path(slices.Concat(field, []any{"coordinates", "longitude"})...) })
	}
}

func (q *nqWriter) topics(s rdfTerm, p string, ts []diplo.Topic, a at, field string) {
	for i, t := range ts {
		b := q.blank()
		q.link(s, p, b)
		if t.Domain != "" {
			q.concept(b, pDomain, csDomain, string(t.Domain), diplo.Domains().Has(t.Domain), "domain", func() string { return a.path(field, i, "domain") })
		}
		q.text(b, pLabel, t.Label)
	}
}

func (q *nqWriter) event(n *event.Event, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cEvent, parent, p)
	q.concept(s, pEventKind, csEventKind, string(n.Kind), event.Kinds().Has(n.Kind), "event kind", func() string { return a.path("kind") })
	q.eventStatus(s, pEventStatus, n.Status, func() string { return a.path("status") })
	for i := range n.StatusHistory {
		ch := &n.StatusHistory[i]
		b := q.blank()
		q.link(s, pStatusChange, b)
		// A change's status is required (its JSON always has the member):
		// an empty one is refused, not left out.
		if ch.Status == "" {
			q.fail(a.path("statusHistory", i, "status"), diplo.ErrRequired)
		}
		q.eventStatus(b, pNewStatus, ch.Status, func() string { return a.path("statusHistory", i, "status") })
		q.date(b, pDate, ch.Date)
		if !ch.Place.IsZero() {
			q.placeAt(b, pNewLocation, &ch.Place, a, "statusHistory", i, "location")
		}
		q.attribution(b, ch.Attribution, a, "statusHistory", i)
	}
	q.text(s, pName, n.Name)
	q.text(s, pDescription, n.Description)
	q.date(s, pStartDate, n.Start)
	q.date(s, pEndDate, n.End)
	if !n.Place.IsZero() {
		q.place(s, &n.Place, a)
	}
	for i := range n.Participants {
		pt := &n.Participants[i]
		b := q.blank()
		// schema.org's Role pattern: the event's attendee is the
		// participation, whose attendee is the actor.
		q.link(s, pAttendee, b)
		q.ref(b, pAttendee, pt.Actor, func() string { return a.path("participants", i, "actor") })
		q.concept(b, pRoleName, csRole, string(pt.Role), event.Roles().Has(pt.Role), "participant role", func() string { return a.path("participants", i, "role") })
		q.optRef(b, pDelegation, pt.Delegation, func() string { return a.path("participants", i, "delegation") })
		q.optRef(b, pRepresenting, pt.Representing, func() string { return a.path("participants", i, "representing") })
	}
	q.refs(s, pSubEvent, n.Parts, a, "parts")
	for i, r := range n.Relations {
		b := q.blank()
		q.link(s, pEventRelation, b)
		q.concept(b, pRelationKind, csEventRelation, string(r.Kind), event.RelationKinds().Has(r.Kind), "event relation", func() string { return a.path("relations", i, "kind") })
		q.ref(b, pRelatedEvent, r.Event, func() string { return a.path("relations", i, "event") })
	}
	q.topics(s, pTopic, n.Topics, a, "topics")
	for i := range n.Deadlines {
		d := &n.Deadlines[i]
		b := q.blank()
		q.link(s, pDeadline, b)
		q.date(b, pDate, d.Date)
		q.text(b, pDescription, d.Description)
		q.attribution(b, d.Attribution, a, "deadlines", i)
	}
	for i := range n.Quantities {
		q.quantity(s, pQuantity, &n.Quantities[i], a, "quantities", i)
	}
	q.refs(s, pOutcome, n.Outcomes, a, "outcomes")
	for i := range n.Characterisations {
		ch := &n.Characterisations[i]
		b := q.blank()
		q.link(s, pCharacterisation, b)
		q.text(b, pTerm, ch.Term)
		if ch.Tone != "" {
			q.concept(b, pTone, csTone, string(ch.Tone), event.Tones().Has(ch.Tone), "tone", func() string { return a.path("characterisations", i, "tone") })
		}
		q.optRef(b, pInStatement, ch.Statement, func() string { return a.path("characterisations", i, "statement") })
		q.attribution(b, ch.Attribution, a, "characterisations", i)
	}
	q.identifiers(s, n.Identifiers, a)
	q.sources(s, n.Sources, a)
	q.claims(s, n.Claims, a)
}

// eventStatus writes the status of an event or of a status change: the
// schema.org status where schema.org has one of its own, the diplo concept
// otherwise; no status writes nothing.
func (q *nqWriter) eventStatus(s rdfTerm, p string, st event.Status, path func() string) {
	if st == "" {
		return
	}
	if iri, ok := schemaStatus[st]; ok {
		q.link(s, p, rdfTerm{ns: nsSchema, local: iri})
		return
	}
	q.concept(s, p, csEventStatus, string(st), event.Statuses().Has(st), "event status", path)
}

func (q *nqWriter) statement(n *event.Statement, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cStatement, parent, p)
	q.concept(s, pStatementKind, csStatementKind, string(n.Kind), event.StatementKinds().Has(n.Kind), "statement kind", func() string { return a.path("kind") })
	q.refs(s, pCreator, n.Speakers, a, "speakers")
	q.optRef(s, pOccasion, n.Occasion, func() string { return a.path("occasion") })
	q.date(s, pDate, n.Date)
	q.text(s, pTitle, n.Title)
	q.text(s, pText, n.Text)
	if n.Wording != "" {
		q.concept(s, pWording, csWording, string(n.Wording), event.Wordings().Has(n.Wording), "statement wording", func() string { return a.path("wording") })
	}
	q.refs(s, pAbout, n.About, a, "about")
	q.identifiers(s, n.Identifiers, a)
	q.attribution(s, n.Attribution, a)
	q.claims(s, n.Claims, a)
}

func (q *nqWriter) accord(n *accord.Accord, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cAccord, parent, p)
	q.concept(s, pAccordKind, csAccordKind, string(n.Kind), accord.Kinds().Has(n.Kind), "accord kind", func() string { return a.path("kind") })
	q.text(s, pTitle, n.Title)
	q.refs(s, pParty, n.Parties, a, "parties")
	for i := range n.Signatories {
		sg := &n.Signatories[i]
		b := q.blank()
		q.link(s, pSignatory, b)
		q.ref(b, pPerson, sg.Person, func() string { return a.path("signatories", i, "person") })
		q.optRef(b, pForParty, sg.Party, func() string { return a.path("signatories", i, "party") })
		if sg.Capacity != "" {
			q.concept(b, pCapacity, csCapacity, string(sg.Capacity), accord.Capacities().Has(sg.Capacity), "signing capacity", func() string { return a.path("signatories", i, "capacity") })
		}
		q.optRef(b, pOffice, sg.Office, func() string { return a.path("signatories", i, "office") })
	}
	q.topics(s, pSubjectDomain, n.Domains, a, "domains")
	q.refs(s, pCreates, n.Creates, a, "creates")
	for i := range n.Actions {
		act := &n.Actions[i]
		b := q.blank()
		q.link(s, pAction, b)
		q.concept(b, pActionKind, csActionKind, string(act.Kind), accord.ActionKinds().Has(act.Kind), "accord action", func() string { return a.path("actions", i, "kind") })
		q.date(b, pDate, act.Date)
		q.date(b, pEffectiveDate, act.Effective)
		q.optRef(b, pForParty, act.Party, func() string { return a.path("actions", i, "party") })
		q.optRef(b, pEvent, act.Event, func() string { return a.path("actions", i, "event") })
		q.attribution(b, act.Attribution, a, "actions", i)
	}
	q.optRef(s, pDepositary, n.Depositary, func() string { return a.path("depositary") })
	for _, l := range n.Languages {
		q.literal(s, pAuthenticLang, l.String())
	}
	for i, r := range n.Relations {
		b := q.blank()
		q.link(s, pAccordRelation, b)
		q.concept(b, pRelationKind, csAccordRelation, string(r.Kind), accord.RelationKinds().Has(r.Kind), "accord relation", func() string { return a.path("relations", i, "kind") })
		q.ref(b, pRelatedAccord, r.Accord, func() string { return a.path("relations", i, "accord") })
	}
	q.identifiers(s, n.Identifiers, a)
	q.sources(s, n.Sources, a)
	q.claims(s, n.Claims, a)
}

func (q *nqWriter) resolution(n *decision.Resolution, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cResolution, parent, p)
	q.concept(s, pResolutionKind, csResolutionKind, string(n.Kind), decision.Kinds().Has(n.Kind), "resolution kind", func() string { return a.path("kind") })
	q.concept(s, pResolutionStatus, csResolutionStat, string(n.Status), decision.Statuses().Has(n.Status), "resolution status", func() string { return a.path("status") })
	if n.Symbol != "" {
		q.literal(s, pSymbol, n.Symbol)
	}
	q.text(s, pTitle, n.Title)
	q.ref(s, pBody, n.Body, func() string { return a.path("body") })
	q.date(s, pDate, n.Date)
	q.text(s, pText, n.Text)
	q.refs(s, pSponsor, n.Sponsors, a, "sponsors")
	if n.Method != "" {
		q.concept(s, pMethod, csMethod, string(n.Method), decision.Methods().Has(n.Method), "method of decision", func() string { return a.path("method") })
	}
	q.identifiers(s, n.Identifiers, a)
	q.sources(s, n.Sources, a)
	q.claims(s, n.Claims, a)
}

func (q *nqWriter) vote(n *decision.Vote, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cVote, parent, p)
	q.ref(s, pMotion, n.Motion, func() string { return a.path("motion") })
	q.ref(s, pBody, n.Body, func() string { return a.path("body") })
	q.optRef(s, pEvent, n.Event, func() string { return a.path("event") })
	q.date(s, pDate, n.Date)
	q.concept(s, pResult, csResult, string(n.Result), decision.Results().Has(n.Result), "vote result", func() string { return a.path("result") })
	if n.Majority != "" {
		q.concept(s, pMajority, csMajority, string(n.Majority), decision.Majorities().Has(n.Majority), "required majority", func() string { return a.path("majority") })
	}
	for i := range n.Counts {
		c := &n.Counts[i]
		b := q.blank()
		q.link(s, pCount, b)
		q.concept(b, pVoteOption, csOption, string(c.Option), decision.Options().Has(c.Option), "vote option", func() string { return a.path("counts", i, "option") })
		q.integer(b, pCountValue, c.Value)
		q.optRef(b, pCountGroup, c.Group, func() string { return a.path("counts", i, "group") })
	}
	for i := range n.Positions {
		v := &n.Positions[i]
		b := q.blank()
		q.link(s, pPosition, b)
		q.ref(b, pVoter, v.Voter, func() string { return a.path("positions", i, "voter") })
		q.concept(b, pVoteOption, csOption, string(v.Option), decision.Options().Has(v.Option), "vote option", func() string { return a.path("positions", i, "option") })
		if v.Role != "" {
			q.concept(b, pVoterRole, csVoterRole, string(v.Role), decision.Roles().Has(v.Role), "voter role", func() string { return a.path("positions", i, "role") })
		}
		q.optRef(b, pExplanation, v.Explanation, func() string { return a.path("positions", i, "explanation") })
	}
	q.identifiers(s, n.Identifiers, a)
	q.sources(s, n.Sources, a)
	q.claims(s, n.Claims, a)
}

// integer writes a whole number as JSON-LD processors write a JSON integer
// under a term typed xsd:integer: its decimal form.
func (q *nqWriter) integer(s rdfTerm, p string, n int) {
	q.term(s)
	q.w.WriteByte(' ')
	q.w.WriteString(p)
	q.w.WriteString(` "`)
	q.num = strconv.AppendInt(q.num[:0], int64(n), 10)
	q.w.Write(q.num)
	q.w.WriteString(`"^^`)
	q.w.WriteString(dtInteger)
	q.w.WriteString(" .\n")
}

func (q *nqWriter) source(n *diplo.Source, a at, parent rdfTerm, p string) {
	if n == nil || q.err != nil {
		return
	}
	s := q.begin(n.ID, a, cSource, parent, p)
	if n.URL != "" {
		// A URL, not a node id: the IRI rule applies, not the rules on
		// prefixes and vocabularies.
		o, err := expandIRI(n.URL, false)
		if err != nil {
			q.fail(a.path("url"), err)
			return
		}
		q.link(s, pURL, o)
	}
	q.text(s, pTitle, n.Title)
	q.text(s, pPublisherName, n.Publisher)
	q.optRef(s, pPublisher, n.PublisherID, func() string { return a.path("publisherId") })
	q.date(s, pDatePublished, n.Published)
	if n.Language != (language.Tag{}) {
		q.literal(s, pInLanguage, n.Language.String())
	}
}
