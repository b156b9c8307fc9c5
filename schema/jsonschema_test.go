package schema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/iri"
	"github.com/diplo-go/diplo/schema"
	"github.com/diplo-go/diplo/schema/internal/jsgen"
)

// The JSON Schemas are judged by github.com/santhosh-tekuri/jsonschema,
// not by the library that writes them, and the formats they use ("edtf",
// "iri") are checked here with code of the test's own, not with diplo's
// parsers.

// jsNoNet is a loader that refuses every URL: the schemas are
// self-contained and the 2020-12 metaschema is built into the validator.
type jsNoNet struct{}

func (jsNoNet) Load(url string) (any, error) {
	return nil, fmt.Errorf("offline: refusing to load %s", url)
}

// jsEDTF is the shape of the EDTF dates diplo writes; jsCheckEDTF checks
// the values with the time package.
var jsEDTF = regexp.MustCompile(`^(-?)([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?[?~%]?$`)

func jsCheckEDTF(s string) error {
	m := jsEDTF.FindStringSubmatch(s)
	if m == nil {
		return errors.New("not an EDTF date")
	}
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	year := num(m[2])
	if m[1] == "-" {
		if year == 0 {
			return errors.New("year -0000")
		}
		year = -year
	}
	if m[3] != "" && (num(m[3]) < 1 || num(m[3]) > 12) {
		return errors.New("no such month")
	}
	if m[4] != "" {
		month, day := time.Month(num(m[3])), num(m[4])
		t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
		if day < 1 || t.Day() != day || t.Month() != month {
			return errors.New("no such day")
		}
	}
	if m[5] != "" && (num(m[5]) > 23 || num(m[6]) > 59 || num(m[7]) > 59) {
		return errors.New("no such time")
	}
	if z := m[8]; z != "" && z != "Z" {
		// ±hh:mm, at most 14 hours from UTC; -00:00 means an unknown
		// offset.
		h, mins := num(z[1:3]), num(z[4:6])
		if mins > 59 || h*60+mins > 14*60 || z == "-00:00" {
			return errors.New("no such zone")
		}
	}
	return nil
}

// jsIRIScheme is the scheme of an absolute IRI (RFC 3987 section 2.2).
var jsIRIScheme = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

func jsCheckIRI(s string) error {
	loc := jsIRIScheme.FindStringIndex(s)
	if loc == nil || loc[1] == len(s) {
		return errors.New("not an absolute IRI")
	}
	for _, r := range s[loc[1]:] {
		if r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) || strings.ContainsRune("<>\"{}|\\^`", r) {
			return fmt.Errorf("%q in an IRI", r)
		}
	}
	return nil
}

// jsFormat adapts a string check to the validator, which calls formats on
// values of every JSON type.
func jsFormat(check func(string) error) func(any) error {
	return func(v any) error {
		if s, ok := v.(string); ok {
			return check(s)
		}
		return nil
	}
}

// jsCompiled holds the compiled schemas, by document type: with the
// formats asserted, and without (formats as annotations, the default of
// 2020-12, which leaves the patterns to do the work).
var jsCompiled, jsCompiledNoFormat struct {
	once    sync.Once
	schemas map[string]*jsonschema.Schema
	err     error
}

// jsSchemas compiles the committed schemas, once.
func jsSchemas(t testing.TB) map[string]*jsonschema.Schema {
	t.Helper()
	jsCompiled.once.Do(func() { jsCompiled.schemas, jsCompiled.err = jsCompile(true) })
	if jsCompiled.err != nil {
		t.Fatal(jsCompiled.err)
	}
	return jsCompiled.schemas
}

// jsSchemasNoFormat compiles the committed schemas, once, without
// asserting formats.
func jsSchemasNoFormat(t testing.TB) map[string]*jsonschema.Schema {
	t.Helper()
	jsCompiledNoFormat.once.Do(func() { jsCompiledNoFormat.schemas, jsCompiledNoFormat.err = jsCompile(false) })
	if jsCompiledNoFormat.err != nil {
		t.Fatal(jsCompiledNoFormat.err)
	}
	return jsCompiledNoFormat.schemas
}

func jsCompile(assertFormats bool) (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.UseLoader(jsNoNet{})
	if assertFormats {
		c.AssertFormat()
		c.RegisterFormat(&jsonschema.Format{Name: "edtf", Validate: jsFormat(jsCheckEDTF)})
		c.RegisterFormat(&jsonschema.Format{Name: "iri", Validate: jsFormat(jsCheckIRI)})
	}
	m := map[string]*jsonschema.Schema{}
	for _, typ := range schema.SchemaTypes() {
		b, err := schema.JSONSchema(typ)
		if err != nil {
			return nil, err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", typ, err)
		}
		id, _ := doc.(map[string]any)["$id"].(string)
		if err := c.AddResource(id, doc); err != nil {
			return nil, err
		}
		if m[typ], err = c.Compile(id); err != nil {
			return nil, fmt.Errorf("%s: %w", typ, err)
		}
	}
	return m, nil
}

// jsValidate validates a JSON document against the schema of a document
// type. It returns the document as the validator read it.
func jsValidate(t testing.TB, typ string, data []byte) (any, error) {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	s := jsSchemas(t)[typ]
	if s == nil {
		t.Fatalf("no schema %q", typ)
	}
	return doc, s.Validate(doc)
}

// jsFailures lists the rules a validation error reports, as "location
// keyword" (the location an RFC 6901 pointer, the keyword the failing one),
// sorted and without repeats. It looks through $ref, allOf and the groups
// of several errors, and stops at the keywords that combine subschemas
// (anyOf, oneOf, not, propertyNames), which fail as a whole.
func jsFailures(doc any, err error) []string {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []string{"not a validation error: " + fmt.Sprint(err)}
	}
	var out []string
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		switch k := e.ErrorKind.(type) {
		case *kind.Schema, *kind.Group, *kind.Reference, *kind.AllOf:
			for _, c := range e.Causes {
				walk(c)
			}
		case *kind.PropertyNames:
			// The validator (v6.0.3) keeps the location of a
			// propertyNames error without copying it, and later siblings
			// overwrite it; its length is right. The object is found
			// again as the one at that depth with the bad member name.
			out = append(out, jsFindKey(doc, len(e.InstanceLocation), k.Property)+" propertyNames")
		case *kind.Not:
			out = append(out, jsPointer(e.InstanceLocation)+" not")
		default:
			kw := fmt.Sprintf("%T", k)
			if p := k.KeywordPath(); len(p) > 0 {
				kw = p[0]
			}
			out = append(out, jsPointer(e.InstanceLocation)+" "+kw)
		}
	}
	walk(ve)
	slices.Sort(out)
	return slices.Compact(out)
}

// jsPointer writes an instance location as an RFC 6901 pointer.
func jsPointer(toks []string) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteByte('/')
		b.WriteString(strings.NewReplacer("~", "~0", "/", "~1").Replace(t))
	}
	return b.String()
}

// jsFindKey returns the pointer of the only object at depth depth of doc
// that has a member named key, or a marker that makes tests fail.
func jsFindKey(doc any, depth int, key string) string {
	var found []string
	var walk func(v any, path []string)
	walk = func(v any, path []string) {
		switch v := v.(type) {
		case map[string]any:
			if _, ok := v[key]; ok && len(path) == depth {
				found = append(found, jsPointer(path))
			}
			for k, c := range v {
				walk(c, append(slices.Clip(path), k))
			}
		case []any:
			for i, c := range v {
				walk(c, append(slices.Clip(path), strconv.Itoa(i)))
			}
		}
	}
	walk(doc, nil)
	if len(found) != 1 {
		return fmt.Sprintf("(%d objects at depth %d with member %q)", len(found), depth, key)
	}
	return found[0]
}

// IDs of the rich graph. The states and the first person derive theirs
// from external identifiers; the other nodes have fixed IRIs.
const (
	jsBase       = "https://example.org/diplo/"
	jsGoita      = diplo.ID(jsBase + "persons/goita")
	jsDiop       = diplo.ID(jsBase + "persons/diop")
	jsLavrov     = diplo.ID("urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21")
	jsMinistry   = diplo.ID(jsBase + "organizations/mae-ml")
	jsCommission = diplo.ID(jsBase + "organizations/cig-ru-ml")
	jsPresRU     = diplo.ID(jsBase + "offices/president-ru")
	jsPresML     = diplo.ID(jsBase + "offices/president-ml")
	jsFMML       = diplo.ID(jsBase + "offices/foreign-minister-ml")
	jsDelML      = diplo.ID(jsBase + "delegations/ml-2025-06")
	jsEmbML      = diplo.ID(jsBase + "missions/ml-ru")
	jsAmbML      = diplo.ID(jsBase + "offices/ambassador-ml-ru")
	jsVisit      = diplo.ID(jsBase + "events/visit-2025-06")
	jsTalks      = diplo.ID(jsBase + "events/talks-2025-06-23")
	jsSigning    = diplo.ID(jsBase + "events/signing-2025-06-23")
	jsSummit     = diplo.ID(jsBase + "events/summit-2023")
	jsNextVisit  = diplo.ID(jsBase + "events/visit-2026")
	jsQuote      = diplo.ID(jsBase + "statements/putin-quote")
	jsTreaty     = diplo.ID(jsBase + "accords/treaty-2025")
	jsCIGAccord  = diplo.ID(jsBase + "accords/cig-2025")
	jsKremlin    = diplo.ID(jsBase + "sources/kremlin-2025-06-23")
	jsAnadolu    = diplo.ID(jsBase + "sources/anadolu-2025-06-24")
)

var (
	jsRU    = actor.StateID("RU")
	jsML    = actor.StateID("ML")
	jsPutin = diplo.IDFor(diplo.MustNewIdentifier(diplo.Wikidata, "Q7747"))
)

func jsDate(s string) diplo.Date { return diplo.MustParseDate(s) }

func jsFr(s string) diplo.Text { return diplo.MustNewText("fr", s) }

// jsRichGraph returns a valid graph that sets every field of every node
// type at least once: an official visit to Moscow made of talks and a
// signing ceremony, the accords signed there, a quote, and two sources.
func jsRichGraph() *graph.Graph {
	kremlin := []diplo.ID{jsKremlin}
	return &graph.Graph{
		ID:    jsBase + "records/rich",
		Title: jsFr("Visite officielle d'Assimi Goïta en Russie").WithTranslationTag(language.English, language.French, "Assimi Goïta's official visit to Russia"),
		Persons: []actor.Person{
			{ID: jsPutin, Name: jsFr("Vladimir Poutine").WithTag(language.Russian, "Владимир Путин"),
				Identifiers: []diplo.Identifier{diplo.MustParseIdentifier("wikidata:Q7747")},
				Nationality: []diplo.Country{"RU"}, Sources: kremlin},
			{ID: jsGoita, Name: jsFr("Assimi Goïta"), Nationality: []diplo.Country{"ML"}},
			{ID: jsDiop, Name: jsFr("Abdoulaye Diop"), Nationality: []diplo.Country{"ML"}},
			{ID: jsLavrov, Name: diplo.MustNewText("ru", "Сергей Лавров")},
		},
		States: []actor.State{
			{ID: jsRU, Name: jsFr("Russie").WithTag(language.English, "Russia"), Country: "RU",
				Identifiers: []diplo.Identifier{diplo.MustParseIdentifier("wikidata:Q159"), diplo.MustParseIdentifier("iso3166:RU")}},
			{ID: jsML, Name: jsFr("Mali"), Country: "ML", Sources: kremlin},
		},
		Organizations: []actor.Organization{
			{ID: jsMinistry, Kind: actor.GovernmentalBody, Name: jsFr("Ministère des Affaires étrangères et de la Coopération internationale"),
				Abbreviation: "MAECI", Country: "ML", PartOf: jsML},
			{ID: jsCommission, Kind: actor.Commission,
				Name:         jsFr("Commission intergouvernementale Russie–Mali"),
				Abbreviation: "CIG", Members: []diplo.ID{jsRU, jsML}, CreatedBy: jsCIGAccord,
				Founded:     jsDate("2025-06-23"),
				Identifiers: []diplo.Identifier{diplo.MustParseIdentifier("https://example.org/registry/cig-ru-ml")},
				Sources:     []diplo.ID{jsAnadolu},
				Claims: []diplo.Claim{{Property: "meetingFrequency", Value: jsFr("tous les six mois"),
					Attribution: diplo.Attribution{Sources: []diplo.ID{jsAnadolu}, By: []diplo.ID{jsML}, Note: jsFr("selon l'agence Anadolu")}}},
			},
		},
		Offices: []actor.Office{
			{ID: jsPresRU, Name: jsFr("Président de la Fédération de Russie"), Role: actor.HeadOfState, Of: jsRU,
				Identifiers: []diplo.Identifier{diplo.MustParseIdentifier("wikidata:Q218295")}},
			{ID: jsPresML, Name: jsFr("Président de la Transition"), Role: actor.HeadOfState, Of: jsML, Sources: kremlin},
			{ID: jsFMML, Name: jsFr("Ministre des Affaires étrangères"), Role: actor.ForeignMinister, Of: jsML},
			{ID: jsAmbML, Name: jsFr("Ambassadeur du Mali en Russie"), Role: actor.Ambassador, Of: jsEmbML},
		},
		Tenures: []actor.Tenure{
			{ID: jsBase + "tenures/putin-2012", Person: jsPutin, Office: jsPresRU, Start: jsDate("2012-05-07")},
			{ID: jsBase + "tenures/putin-2000", Person: jsPutin, Office: jsPresRU, Start: jsDate("2000-05-07"), End: jsDate("2008-05-07")},
			{ID: jsBase + "tenures/goita-2021", Person: jsGoita, Office: jsPresML, Start: jsDate("2021-05-24~"),
				Qualifiers: []actor.Qualifier{actor.Transitional, actor.Interim}, Sources: kremlin},
			{ID: jsBase + "tenures/diop-2021", Person: jsDiop, Office: jsFMML, Start: jsDate("2021-06")},
			{ID: jsBase + "tenures/ambassador-ml-ru", Person: jsDiop, Office: jsAmbML, Start: jsDate("2019"), End: jsDate("2020"),
				AccreditedTo: []diplo.ID{jsCommission}},
		},
		Delegations: []actor.Delegation{
			{ID: jsDelML, Name: jsFr("Délégation malienne"), Represents: jsML, Head: jsGoita,
				Members: []diplo.ID{jsDiop}, Sources: kremlin},
		},
		Missions: []actor.Mission{
			{ID: jsEmbML, Kind: actor.Embassy, Name: jsFr("Ambassade du Mali en Russie"), Sending: jsML, Receiving: jsRU,
				Seat: diplo.Place{Name: jsFr("Moscou"), Country: "RU"}, Established: jsDate("1961"), Sources: kremlin},
		},
		Events: []event.Event{
			{ID: jsVisit, Kind: event.OfficialVisit, Status: event.Held,
				Name:        jsFr("Visite officielle du Président de la Transition en Russie"),
				Description: jsFr("Première visite officielle d'Assimi Goïta à Moscou"),
				Start:       jsDate("2025-06-22"), End: jsDate("2025-06-26"),
				Place: diplo.Place{Name: jsFr("Moscou"), Country: "RU",
					GeoNames: diplo.MustParseIdentifier("geonames:524901"), Wikidata: diplo.MustParseIdentifier("wikidata:Q649"),
					Coordinates: &diplo.Coordinates{Latitude: 55.7522, Longitude: 37.6156}},
				Participants: []event.Participant{
					{Actor: jsPutin, Role: event.Host, Representing: jsRU},
					{Actor: jsGoita, Role: event.Guest, Delegation: jsDelML},
					{Actor: jsDelML, Role: event.Guest},
				},
				Parts:     []diplo.ID{jsTalks, jsSigning},
				Relations: []event.Relation{{Kind: event.Continues, Event: jsSummit}},
				Topics: []diplo.Topic{
					{Domain: diplo.Trade},
					{Label: jsFr("lutte contre le terrorisme")},
					{Domain: diplo.NuclearEnergy, Label: jsFr("énergie nucléaire civile")},
				},
				Outcomes: []diplo.ID{jsTreaty, jsCIGAccord},
				Characterisations: []event.Characterisation{{Term: jsFr("constructives"), Tone: event.Positive,
					Attribution: diplo.Attribution{Sources: kremlin, By: []diplo.ID{jsRU}}}},
				Identifiers: []diplo.Identifier{diplo.MustParseIdentifier("gdelt:1234567890"), diplo.MustParseIdentifier("wikidata:Q135000000")},
				Sources:     []diplo.ID{jsKremlin, jsAnadolu},
				Claims: []diplo.Claim{{Property: "kind", Value: diplo.MustNewText("en", "state-visit"),
					Attribution: diplo.Attribution{Sources: []diplo.ID{jsAnadolu}, Note: jsFr("qualifiée de visite d'État par la presse")}}},
			},
			{ID: jsTalks, Kind: event.BilateralTalks, Start: jsDate("2025-06-23"),
				Participants: []event.Participant{{Actor: jsPutin, Role: event.Host}, {Actor: jsGoita, Role: event.Guest}}},
			{ID: jsSigning, Kind: event.SigningCeremony, Start: jsDate("2025-06-23T14:30+03:00"),
				Participants: []event.Participant{
					{Actor: jsPutin, Role: event.Signatory}, {Actor: jsGoita, Role: event.Signatory},
					{Actor: jsDelML, Role: event.Participating}, {Actor: jsLavrov, Role: event.Witness},
				}},
			{ID: jsSummit, Kind: event.Summit, Start: jsDate("2023-07-27"), End: jsDate("2023-07-28"),
				Place: diplo.Place{Name: diplo.MustNewText("ru", "Санкт-Петербург"), Country: "RU"}},
			{ID: jsNextVisit, Kind: event.StateVisit, Status: event.Planned, Start: jsDate("2026?"),
				Relations: []event.Relation{{Kind: event.Follows, Event: jsVisit}}},
		},
		Statements: []event.Statement{
			{ID: jsQuote, Kind: event.Quote, Speakers: []diplo.ID{jsPutin}, Occasion: jsTalks, Date: jsDate("2025-06-23"),
				Text:  diplo.MustNewText("ru", "Мали — наш давний партнёр.").WithTranslationTag(language.French, language.Russian, "Le Mali est notre partenaire de longue date."),
				About: []diplo.ID{jsML}, Attribution: diplo.Attribution{Sources: kremlin, Note: jsFr("d'après le compte rendu du Kremlin")}},
		},
		Accords: []accord.Accord{
			{ID: jsTreaty, Kind: accord.Treaty,
				Title:   jsFr("Traité sur les fondements des relations entre la Russie et le Mali"),
				Parties: []diplo.ID{jsRU, jsML},
				Signatories: []accord.Signatory{
					{Person: jsPutin, Party: jsRU, Office: jsPresRU},
					{Person: jsGoita, Party: jsML, Capacity: accord.AsSignatory, Office: jsPresML},
					{Person: jsLavrov, Capacity: accord.AsWitness},
				},
				Domains: []diplo.Topic{{Domain: diplo.PoliticalRelations}},
				Actions: []accord.Action{
					{Kind: accord.Signature, Date: jsDate("2025-06-23"), Event: jsSigning, Attribution: diplo.Attribution{Sources: kremlin}},
					{Kind: accord.Ratification, Date: jsDate("2025-10"), Party: jsML},
					{Kind: accord.EntryIntoForce, Date: jsDate("2026~")},
				},
				Depositary:  jsRU,
				Languages:   []language.Tag{language.Russian, language.French},
				Identifiers: []diplo.Identifier{diplo.MustParseIdentifier("unts:I-56789")},
				Sources:     kremlin,
				Claims: []diplo.Claim{{Property: "kind", Value: jsFr("accord-cadre"),
					Attribution: diplo.Attribution{Sources: []diplo.ID{jsAnadolu}}}},
			},
			{ID: jsCIGAccord, Kind: accord.Agreement,
				Title:       jsFr("Accord portant création d'une commission intergouvernementale"),
				Parties:     []diplo.ID{jsRU, jsML},
				Signatories: []accord.Signatory{{Person: jsDiop, Party: jsML, Office: jsFMML}},
				Domains:     []diplo.Topic{{Domain: diplo.InstitutionBuilding}, {Domain: diplo.Economic}},
				Creates:     []diplo.ID{jsCommission},
				Actions:     []accord.Action{{Kind: accord.Signature, Date: jsDate("2025-06-23"), Party: jsML, Event: jsSigning}},
				Relations:   []accord.Relation{{Kind: accord.Implements, Accord: jsTreaty}},
			},
		},
		Resolutions: []decision.Resolution{
			{ID: jsBase + "resolutions/cig-1", Kind: decision.DecisionKind, Status: decision.Adopted, Symbol: "CIG/RU-ML/1",
				Title: jsFr("Décision sur le règlement intérieur de la commission"), Body: jsCommission, Date: jsDate("2025-06-23"),
				Sponsors: []diplo.ID{jsRU}, Method: decision.ByVote},
		},
		Votes: []decision.Vote{
			{ID: jsBase + "votes/cig-1", Motion: jsBase + "resolutions/cig-1", Body: jsCommission, Date: jsDate("2025-06-23"),
				Result: decision.ResultAdopted, Majority: decision.Unanimity,
				Counts:    []decision.Count{{Option: decision.Yes, Value: 2}, {Option: decision.No, Value: 0}},
				Positions: []decision.Position{{Voter: jsRU, Option: decision.Yes}, {Voter: jsML, Option: decision.Yes, Role: decision.Member, Explanation: jsQuote}}},
		},
		Sources: []diplo.Source{
			{ID: jsKremlin, URL: "http://kremlin.ru/events/president/news/77250", Title: jsFr("Entretiens avec le Président du Mali"),
				Publisher: jsFr("Kremlin"), PublisherID: jsPresRU, Published: jsDate("2025-06-23T18:00+03:00"), Language: language.Russian},
			{ID: jsAnadolu, Title: diplo.MustNewText("tr", "Rusya ile Mali hükümetlerarası komisyon kuruyor")},
		},
	}
}

// jsNodeTypes maps the lists of a graph to the document types of their
// nodes, and jsNewNode makes a node of a document type to decode into.
var jsNodeTypes = func() map[string]string {
	m := map[string]string{}
	for _, t := range graph.NodeTypes() {
		m[t.List()] = strings.ToLower(string(t))
	}
	return m
}()

func jsNewNode(typ string) interface{ Validate() error } {
	if typ == "graph" {
		return new(graph.Graph)
	}
	for _, t := range graph.NodeTypes() {
		if strings.ToLower(string(t)) == typ {
			return t.New()
		}
	}
	panic("no node type " + typ)
}

// jsGoCheck decodes data strictly as a document of type typ and validates
// it, as a Go program reading diplo JSON does.
func jsGoCheck(typ string, data []byte) error {
	v := jsNewNode(typ)
	if err := diplo.UnmarshalStrict(data, v); err != nil {
		return err
	}
	return v.Validate()
}

// jsTypeOf returns the document type of a document by its type member; a
// document without one is a graph.
func jsTypeOf(t testing.TB, data []byte) string {
	var doc struct{ Type string }
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Type == "" || doc.Type == "Graph" {
		return "graph"
	}
	return strings.ToLower(doc.Type)
}

// jsFileType returns the document type of a file of testdata by its name:
// "node-event-..." is an event, the rest are graphs.
func jsFileType(name string) string {
	rest, ok := strings.CutPrefix(name, "node-")
	if !ok {
		return "graph"
	}
	typ, _, _ := strings.Cut(rest, "-")
	return typ
}

func jsMarshal(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestJSONSchemaDrift checks that the committed schemas are what the Go
// types generate.
func TestJSONSchemaDrift(t *testing.T) {
	root, err := jsgen.SourceRoot()
	if err != nil {
		t.Fatal(err)
	}
	all, err := jsgen.GenerateAll(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range schema.SchemaTypes() {
		t.Run(typ, func(t *testing.T) {
			committed, err := schema.JSONSchema(typ)
			if err != nil {
				t.Fatal(err)
			}
			generated := all[typ]
			if !bytes.Equal(committed, generated) {
				t.Errorf("the committed JSON Schema of %s differs from what the Go types generate (%d bytes, want %d): run go generate ./schema", typ, len(committed), len(generated))
			}
		})
	}
}

func TestJSONSchemaLookup(t *testing.T) {
	want := []string{"graph", "person", "state", "organization", "office", "tenure", "delegation", "mission", "event", "statement", "accord", "resolution", "vote", "source"}
	if got := schema.SchemaTypes(); !slices.Equal(got, want) {
		t.Errorf("SchemaTypes() = %v, want %v", got, want)
	}
	tests := []struct {
		typ, id, title string
	}{
		{"graph", "https://w3id.org/diplo/schema/diplo.schema.json", "diplo Graph"},
		{"diplo", "https://w3id.org/diplo/schema/diplo.schema.json", "diplo Graph"},
		{"event", "https://w3id.org/diplo/schema/event.schema.json", "diplo Event"},
		{"source", "https://w3id.org/diplo/schema/source.schema.json", "diplo Source"},
		{"organization", "https://w3id.org/diplo/schema/organization.schema.json", "diplo Organization"},
	}
	for _, tc := range tests {
		t.Run(tc.typ, func(t *testing.T) {
			b, err := schema.JSONSchema(tc.typ)
			if err != nil {
				t.Fatal(err)
			}
			var s struct {
				Schema string `json:"$schema"`
				ID     string `json:"$id"`
				Title  string `json:"title"`
			}
			if err := json.Unmarshal(b, &s); err != nil {
				t.Fatal(err)
			}
			if s.Schema != "https://json-schema.org/draft/2020-12/schema" || s.ID != tc.id || s.Title != tc.title {
				t.Errorf("got $schema %q, $id %q, title %q; want 2020-12, %q, %q", s.Schema, s.ID, s.Title, tc.id, tc.title)
			}
			if !strings.HasPrefix(s.ID, schema.JSONSchemaBase) {
				t.Errorf("$id %q is not under %s", s.ID, schema.JSONSchemaBase)
			}
		})
	}
	for _, typ := range []string{"", "Graph", "events", "../event", strings.Repeat("x", 500)} {
		if _, err := schema.JSONSchema(typ); !errors.Is(err, schema.ErrUnknownSchema) || len(err.Error()) > 120 {
			t.Errorf("JSONSchema(%.20q): error %v, want a short ErrUnknownSchema", typ, err)
		}
	}
}

// TestJSONSchemaDeterministic generates the schemas twice, without the
// cache, and from another working directory.
func TestJSONSchemaDeterministic(t *testing.T) {
	root, err := jsgen.SourceRoot()
	if err != nil {
		t.Fatal(err)
	}
	first, err := jsgen.GenerateAll(root)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	second, err := jsgen.GenerateAll(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range schema.SchemaTypes() {
		if !bytes.Equal(first[typ], second[typ]) {
			t.Errorf("%s: two generations differ", typ)
		}
	}
}

// jsWalk calls fn on every subschema of a schema document, with its JSON
// pointer.
func jsWalk(v any, ptr string, fn func(ptr string, s map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		fn(ptr, v)
		for k, c := range v {
			jsWalk(c, ptr+"/"+k, fn)
		}
	case []any:
		for i, c := range v {
			jsWalk(c, ptr+"/"+strconv.Itoa(i), fn)
		}
	}
}

func jsSchemaDoc(t testing.TB, typ string) map[string]any {
	t.Helper()
	b, err := schema.JSONSchema(typ)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestJSONSchemaShape checks properties of the schemas that no single
// document shows: every object is closed, $defs names are valid pointers,
// every definition is used, and descriptions come from the doc comments.
func TestJSONSchemaShape(t *testing.T) {
	for _, typ := range schema.SchemaTypes() {
		t.Run(typ, func(t *testing.T) {
			doc := jsSchemaDoc(t, typ)
			b, _ := schema.JSONSchema(typ)
			defs, _ := doc["$defs"].(map[string]any)
			for name := range defs {
				if strings.ContainsAny(name, "/~[]") {
					t.Errorf("$defs name %q is awkward in a JSON pointer", name)
				}
				if !bytes.Contains(b, []byte(`"#/$defs/`+name+`"`)) {
					t.Errorf("$defs/%s is not used", name)
				}
			}
			jsWalk(doc, "", func(ptr string, s map[string]any) {
				// An object schema that describes members is closed; one
				// that only constrains an object described elsewhere
				// ({"type": "object", "minProperties": 1} beside a $ref,
				// typed so that strict validators such as ajv accept it)
				// has nothing to close.
				_, members := s["properties"]
				_, patterns := s["patternProperties"]
				_, names := s["propertyNames"]
				if s["type"] == "object" && s["additionalProperties"] == nil && (members || patterns || names) {
					t.Errorf("%s: an object schema without additionalProperties", ptr)
				}
				if p, ok := s["properties"].(map[string]any); ok && s["type"] == "object" {
					for name, ps := range p {
						if d, _ := ps.(map[string]any)["description"].(string); d == "" && !jsUndocumented[name] {
							t.Errorf("%s/properties/%s has no description", ptr, name)
						}
					}
				}
				if ref, ok := s["$ref"].(string); ok {
					if name, ok := strings.CutPrefix(ref, "#/$defs/"); !ok || defs[name] == nil {
						t.Errorf("%s: $ref %q does not resolve", ptr, ref)
					}
				}
			})
			if typ != "graph" && doc["properties"].(map[string]any)["type"].(map[string]any)["const"] == nil {
				t.Error("the type member is not a constant")
			}
		})
	}
}

// jsUndocumented lists the members whose Go fields have no doc comment.
var jsUndocumented = map[string]bool{"domain": true, "label": true}

// TestJSONSchemaRequired checks the required members of each node type
// against the rules of their Validate methods.
func TestJSONSchemaRequired(t *testing.T) {
	tests := map[string][]string{
		"graph":        nil,
		"person":       {"id", "name"},
		"state":        {"id", "name", "country"},
		"organization": {"id", "kind", "name"},
		"office":       {"id", "name", "of"},
		"tenure":       {"id", "person", "office"},
		"delegation":   {"id", "represents"},
		"event":        {"id", "kind"},
		// A statement without a text says why in its wording: the
		// schema's anyOf requires one of them.
		"statement": {"id", "kind", "speakers"},
		"accord":    {"id", "kind", "title"},
		"source":    {"id"},
	}
	for typ, want := range tests {
		t.Run(typ, func(t *testing.T) {
			var got []string
			rs, _ := jsSchemaDoc(t, typ)["required"].([]any)
			for _, r := range rs {
				got = append(got, r.(string))
			}
			if !slices.Equal(got, want) {
				t.Errorf("required = %v, want %v", got, want)
			}
		})
	}
}

// TestJSONSchemaStrictRequired checks the rule of ajv's strict mode
// (strictRequired) that validators in their strictest settings apply: a
// property that a schema object requires is listed in that object's
// properties, also in the subschemas of anyOf, then and dependentSchemas.
func TestJSONSchemaStrictRequired(t *testing.T) {
	for _, typ := range schema.SchemaTypes() {
		t.Run(typ, func(t *testing.T) {
			var undefined []string
			var walk func(v any, ptr string)
			walk = func(v any, ptr string) {
				switch v := v.(type) {
				case map[string]any:
					props, _ := v["properties"].(map[string]any)
					req, _ := v["required"].([]any)
					for _, r := range req {
						name, _ := r.(string)
						if _, ok := props[name]; !ok {
							undefined = append(undefined, ptr+" requires "+name)
						}
					}
					for k, c := range v {
						walk(c, ptr+"/"+k)
					}
				case []any:
					for i, c := range v {
						walk(c, ptr+"/"+strconv.Itoa(i))
					}
				}
			}
			walk(jsSchemaDoc(t, typ), "#")
			slices.Sort(undefined)
			assert.Empty(t, undefined, "required properties not defined beside them")
		})
	}
}

// TestJSONSchemaVocabularies checks that every vocabulary is in the graph
// schema, each value with its definition, in order.
func TestJSONSchemaVocabularies(t *testing.T) {
	type vocab struct {
		def    string
		values []string
		descs  []string
	}
	terms := func(def string, values []string, desc func(string) string) vocab {
		v := vocab{def: def, values: values}
		for _, x := range values {
			v.descs = append(v.descs, desc(x))
		}
		return v
	}
	strs := func(xs any) []string {
		var out []string
		rv := reflect.ValueOf(xs)
		for i := range rv.Len() {
			out = append(out, rv.Index(i).String())
		}
		return out
	}
	vocabs := []vocab{
		terms("diplo.Domain", strs(diplo.Domains().Values()), func(s string) string { return diplo.Domains().Description(diplo.Domain(s)) }),
		terms("actor.OrgKind", strs(actor.OrgKinds().Values()), func(s string) string { return actor.OrgKinds().Description(actor.OrgKind(s)) }),
		terms("actor.OfficeRole", strs(actor.OfficeRoles().Values()), func(s string) string { return actor.OfficeRoles().Description(actor.OfficeRole(s)) }),
		terms("actor.Qualifier", strs(actor.Qualifiers().Values()), func(s string) string { return actor.Qualifiers().Description(actor.Qualifier(s)) }),
		terms("event.Kind", strs(event.Kinds().Values()), func(s string) string { return event.Kinds().Description(event.Kind(s)) }),
		terms("event.Status", strs(event.Statuses().Values()), func(s string) string { return event.Statuses().Description(event.Status(s)) }),
		terms("event.Role", strs(event.Roles().Values()), func(s string) string { return event.Roles().Description(event.Role(s)) }),
		terms("event.RelationKind", strs(event.RelationKinds().Values()), func(s string) string { return event.RelationKinds().Description(event.RelationKind(s)) }),
		terms("event.Tone", strs(event.Tones().Values()), func(s string) string { return event.Tones().Description(event.Tone(s)) }),
		terms("event.StatementKind", strs(event.StatementKinds().Values()), func(s string) string { return event.StatementKinds().Description(event.StatementKind(s)) }),
		terms("accord.Kind", strs(accord.Kinds().Values()), func(s string) string { return accord.Kinds().Description(accord.Kind(s)) }),
		terms("accord.ActionKind", strs(accord.ActionKinds().Values()), func(s string) string { return accord.ActionKinds().Description(accord.ActionKind(s)) }),
		terms("accord.Capacity", strs(accord.Capacities().Values()), func(s string) string { return accord.Capacities().Description(accord.Capacity(s)) }),
		terms("accord.RelationKind", strs(accord.RelationKinds().Values()), func(s string) string { return accord.RelationKinds().Description(accord.RelationKind(s)) }),
	}
	defs := jsSchemaDoc(t, "graph")["$defs"].(map[string]any)
	for _, v := range vocabs {
		t.Run(v.def, func(t *testing.T) {
			def, ok := defs[v.def].(map[string]any)
			if !ok {
				t.Fatal("not in the graph schema")
			}
			// The values are an enum, so that a wrong value is one
			// error naming them; each one's definition is a line of the
			// description, "- value: definition", in the enum's order.
			assert.NotContains(t, def, "oneOf")
			var values []string
			enum, _ := def["enum"].([]any)
			for _, e := range enum {
				s, _ := e.(string)
				values = append(values, s)
			}
			assert.Equal(t, v.values, values, "enum")
			d, _ := def["description"].(string)
			head, list, ok := strings.Cut(d, "\n\nValues:\n")
			require.True(t, ok, "no list of values in the description %q", d)
			assert.NotEmpty(t, head, "no description of the type")
			var lines []string
			for i, x := range v.values {
				lines = append(lines, "- "+x+": "+v.descs[i])
			}
			assert.Equal(t, strings.Join(lines, "\n"), list, "the values' definitions")
		})
	}
	if len(vocabs) != 14 {
		t.Fatalf("%d vocabularies", len(vocabs))
	}
}

// TestJSONSchemaDescriptions spot-checks that descriptions come from the
// Go doc comments of types, fields and identifier schemes.
func TestJSONSchemaDescriptions(t *testing.T) {
	doc := jsSchemaDoc(t, "graph")
	defs := doc["$defs"].(map[string]any)
	get := func(v any, path ...string) string {
		for _, p := range path {
			switch x := v.(type) {
			case map[string]any:
				v = x[p]
			case []any:
				i, _ := strconv.Atoi(p)
				v = x[i]
			}
		}
		s, _ := v.(string)
		return s
	}
	tests := []struct {
		got, prefix string
	}{
		{get(doc, "description"), "Graph is a self-contained record"},
		{get(defs, "event.Event", "description"), "Event is something that happens in diplomacy"},
		{get(defs, "event.Event", "properties", "status", "description"), "Status says whether the event was held, is planned, or was postponed or cancelled."},
		{get(defs, "diplo.Claim", "properties", "sources", "description"), "Sources cite Source nodes by ID."},
		{get(defs, "diplo.Date", "description"), "Date is a calendar date known to a precision"},
		{get(defs, "diplo.Identifier", "description"), "Identifier is an identifier of a node in an external system"},
		{get(defs, "event.Kind", "description"), "Kind is"},
	}
	for _, tc := range tests {
		if !strings.HasPrefix(tc.got, tc.prefix) {
			t.Errorf("description %q, want it to start with %q", tc.got, tc.prefix)
		}
	}
}

// TestJSONSchemaValid validates documents that diplo accepts: the rich
// graph as encoding/json writes it, each of its nodes alone, the documents
// under testdata/valid, and the golden files of the examples.
func TestJSONSchemaValid(t *testing.T) {
	g := jsRichGraph()
	if err := g.Validate(); err != nil {
		t.Fatalf("the rich graph is not valid: %v", err)
	}
	data := jsMarshal(t, g)
	t.Run("rich-graph", func(t *testing.T) {
		if _, err := jsValidate(t, "graph", data); err != nil {
			t.Fatal(err)
		}
	})
	var members map[string]json.RawMessage
	if err := json.Unmarshal(data, &members); err != nil {
		t.Fatal(err)
	}
	nodes := 0
	for list, typ := range jsNodeTypes {
		var nodeList []json.RawMessage
		if err := json.Unmarshal(members[list], &nodeList); err != nil || len(nodeList) == 0 {
			t.Errorf("the rich graph has no %s (%v)", list, err)
		}
		for i, node := range nodeList {
			nodes++
			t.Run(fmt.Sprintf("%s-%d", list, i), func(t *testing.T) {
				if err := jsGoCheck(typ, node); err != nil {
					t.Fatalf("Go rejects the node: %v", err)
				}
				if _, err := jsValidate(t, typ, node); err != nil {
					t.Fatal(err)
				}
			})
		}
	}
	if nodes != g.Len() {
		t.Errorf("validated %d nodes, the graph has %d", nodes, g.Len())
	}

	files, err := filepath.Glob("testdata/valid/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 5 {
		t.Errorf("%d files in testdata/valid, want at least 5", len(files))
	}
	examples, err := filepath.Glob("../examples/*/testdata/*.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("../examples"); err == nil && len(examples) == 0 {
		t.Error("no examples/*/testdata/*.golden.json to validate")
	}
	t.Logf("validating %d files of testdata/valid and %d golden files of the examples", len(files), len(examples))
	for _, file := range append(files, examples...) {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			typ := jsTypeOf(t, data)
			if !strings.HasPrefix(file, "..") {
				typ = jsFileType(strings.TrimSuffix(filepath.Base(file), ".json"))
			}
			if err := jsGoCheck(typ, data); err != nil {
				t.Errorf("Go rejects it: %v", err)
			}
			if doc, err := jsValidate(t, typ, data); err != nil {
				t.Errorf("the %s schema rejects it: %v", typ, jsFailures(doc, err))
			}
		})
	}
}

// jsInvalid lists the documents of testdata/invalid, each of which breaks
// one rule: where the schema reports it (an RFC 6901 pointer and the
// failing keywords) and where Go does (the path of a diplo error, or ""
// where Go accepts the document: the schema is stricter there, see
// jsSchemaOnly).
var jsInvalid = map[string]struct {
	rule     string
	at       string // pointer of the failing value
	keywords string // failing keywords, sorted
	goPath   string
}{
	"graph-unknown-member":                  {"an object has no members but its fields", "", "additionalProperties", "evnts"},
	"graph-type-wrong":                      {"the type member names the document type", "/type", "const", "type"},
	"graph-events-not-array":                {"node lists are arrays", "/events", "type", "events"},
	"event-id-missing":                      {"a node has an id", "/events/0", "required", "events[0].id"},
	"event-id-not-iri":                      {"an id is an absolute IRI", "/events/0/id", "format", "events[0].id"},
	"event-type-wrong":                      {"the type member names the node type", "/events/0/type", "const", "events[0].type"},
	"event-kind-missing":                    {"an event has a kind", "/events/0", "required", "events[0].kind"},
	"event-kind-unknown":                    {"an event kind is in event.Kinds()", "/events/0/kind", "enum", "events[0].kind"},
	"event-kind-number":                     {"an event kind is a string", "/events/0/kind", "type", "events[0].kind"},
	"event-status-unknown":                  {"a status is in event.Statuses()", "/events/0/status", "enum", "events[0].status"},
	"event-unknown-member":                  {"an event has no members but its fields", "/events/0", "additionalProperties", "events[0].kindd"},
	"event-date-month-13":                   {"a month is 01 to 12", "/events/0/startDate", "format", "events[0].startDate"},
	"event-date-february-30":                {"a day exists in its month", "/events/0/startDate", "format", "events[0].startDate"},
	"event-date-february-29-common":         {"29 February only in leap years", "/events/0/startDate", "format", "events[0].startDate"},
	"event-date-zone-range":                 {"a zone is at most ±14:00", "/events/0/startDate", "format", "events[0].startDate"},
	"event-date-not-edtf":                   {"a date is EDTF", "/events/0/startDate", "format", "events[0].startDate"},
	"event-end-without-start":               {"an end date needs a start date", "/events/0", "dependentRequired", "events[0].startDate"},
	"event-name-not-object":                 {"a text is an object of language tags", "/events/0/name", "type", "events[0].name"},
	"event-name-key-und":                    {"a language tag is not und", "/events/0/name", "propertyNames", "events[0].name.und"},
	"event-name-key-empty":                  {"a language tag is not empty", "/events/0/name", "propertyNames", `events[0].name[""]`},
	"event-name-key-malformed":              {"a language tag is well-formed BCP 47", "/events/0/name", "propertyNames", `events[0].name["fr FR"]`},
	"event-name-value-blank":                {"a text value is not blank", "/events/0/name/fr", "pattern", "events[0].name.fr"},
	"event-name-value-control":              {"a text value has no control characters", "/events/0/name/fr", "pattern", "events[0].name.fr"},
	"event-participant-role-missing":        {"a participant has a role", "/events/0/participants/0", "required", "events[0].participants[0].role"},
	"event-participant-role-unknown":        {"a role is in event.Roles()", "/events/0/participants/0/role", "enum", "events[0].participants[0].role"},
	"event-participant-duplicate":           {"a participant is listed once", "/events/0/participants", "uniqueItems", "events[0].participants[1]"},
	"event-parts-duplicate":                 {"an id is listed once", "/events/0/parts", "uniqueItems", "events[0].parts[1]"},
	"event-relation-kind-unknown":           {"an event relation is in event.RelationKinds()", "/events/0/relations/0/kind", "enum", "events[0].relations[0].kind"},
	"event-topic-empty":                     {"a topic has a domain or a label", "/events/0/topics/0", "anyOf", "events[0].topics[0].domain"},
	"event-topic-domain-unknown":            {"a domain is in diplo.Domains()", "/events/0/topics/0/domain", "enum", "events[0].topics[0].domain"},
	"event-characterisation-term-empty":     {"a characterisation has a term", "/events/0/characterisations/0/term", "minProperties", "events[0].characterisations[0].term"},
	"event-characterisation-tone":           {"a tone is in event.Tones()", "/events/0/characterisations/0/tone", "enum", "events[0].characterisations[0].tone"},
	"event-location-country-unassigned":     {"a country is an assigned ISO 3166-1 code", "/events/0/location/country", "enum", "events[0].location.country"},
	"event-location-latitude-range":         {"a latitude is within ±90", "/events/0/location/coordinates/latitude", "maximum", "events[0].location.coordinates.latitude"},
	"event-location-coordinates-only":       {"a place with coordinates names itself, its country or an identifier", "/events/0/location", "anyOf", "events[0].location.name"},
	"event-location-geonames-scheme":        {"a place's GeoNames id is a geonames identifier", "/events/0/location/geonames", "pattern", "events[0].location.geonames"},
	"event-identifier-wikidata-negative":    {"a Wikidata id is Q and a positive number", "/events/0/identifiers/0", "pattern", "events[0].identifiers[0]"},
	"event-identifier-scheme-unknown":       {"an identifier has a known scheme", "/events/0/identifiers/0", "pattern", "events[0].identifiers[0]"},
	"event-identifier-iso3166-unassigned":   {"an ISO 3166 identifier is an assigned code", "/events/0/identifiers/0", "pattern", "events[0].identifiers[0]"},
	"person-name-missing":                   {"a person has a name", "/persons/0", "required", "persons[0].name"},
	"person-name-empty":                     {"a name holds a value", "/persons/0/name", "minProperties", "persons[0].name"},
	"person-nationality-unassigned":         {"a nationality is an assigned ISO 3166-1 code", "/persons/0/nationality/0", "enum", "persons[0].nationality[0]"},
	"person-identifiers-duplicate":          {"an actor's identifier is listed once", "/persons/0/identifiers", "uniqueItems", "persons[0].identifiers[1]"},
	"state-country-missing":                 {"a state has a country code", "/states/0", "required", "states[0].country"},
	"state-id-not-its-country":              {"a state's id is the IRI of its code", "/states/0/id", "pattern", "states[0].id"},
	"organization-kind-unknown":             {"an organisation kind is in actor.OrgKinds()", "/organizations/0/kind", "enum", "organizations[0].kind"},
	"organization-abbreviation-control":     {"an abbreviation has no control characters", "/organizations/0/abbreviation", "pattern", "organizations[0].abbreviation"},
	"office-of-missing":                     {"an office belongs to a state or organisation", "/offices/0", "required", "offices[0].of"},
	"office-role-unknown":                   {"an office role is in actor.OfficeRoles()", "/offices/0/role", "enum", "offices[0].role"},
	"tenure-qualifier-duplicate":            {"a tenure qualifier is listed once", "/tenures/0/qualifiers", "uniqueItems", "tenures[0].qualifiers[1]"},
	"delegation-represents-missing":         {"a delegation represents a state or organisation", "/delegations/0", "required", "delegations[0].represents"},
	"statement-speakers-empty":              {"a statement has a speaker", "/statements/0/speakers", "minItems", "statements[0].speakers"},
	"statement-text-translations-only":      {"a statement keeps its original text", "/statements/0/text", "not", "statements[0].text"},
	"accord-title-missing":                  {"an accord has a title", "/accords/0", "required", "accords[0].title"},
	"accord-signatory-party-missing":        {"a signatory signs for a party", "/accords/0/signatories/0", "required", "accords[0].signatories[0].party"},
	"accord-action-kind-unknown":            {"an action is in accord.ActionKinds()", "/accords/0/actions/0/kind", "enum", "accords[0].actions[0].kind"},
	"accord-language-und":                   {"an authentic language is determined", "/accords/0/languages/0", "not", "accords[0].languages[0]"},
	"resolution-symbol-malformed":           {"a document symbol has the form of decision.SymbolPattern", "/resolutions/0/symbol", "pattern", "resolutions[0].symbol"},
	"resolution-symbol-and-title-missing":   {"a resolution has a symbol or a title", "/resolutions/0", "anyOf", "resolutions[0].title"},
	"resolution-status-unknown":             {"a resolution status is in decision.Statuses", "/resolutions/0/status", "enum", "resolutions[0].status"},
	"vote-result-unknown":                   {"a vote result is in decision.Results", "/votes/0/result", "enum", "votes[0].result"},
	"vote-count-negative":                   {"a count is not negative", "/votes/0/counts/2/value", "minimum", "votes[0].counts[2].value"},
	"vote-position-voter-missing":           {"a position names its voter", "/votes/0/positions/0", "required", "votes[0].positions[0].voter"},
	"claim-unattributed":                    {"a claim is attributed", "/organizations/0/claims/0", "anyOf", "organizations[0].claims[0].sources"},
	"event-characterisation-unattributed":   {"a characterisation names who used the term or where (diplo.CharacterisationAttributed)", "/events/0/characterisations/0", "anyOf", "events[0].characterisations[0].by"},
	"event-quantity-money-without-currency": {"a sum of money has a currency", "/events/0/quantities/0", "oneOf", "events[0].quantities[0].currency"},
	"event-location-admin1-code-malformed":  {"an ISO 3166-2 code is XX-YYY", "/events/0/location/admin1/code", "pattern", "events[0].location.admin1.code"},
	"statement-text-and-wording":            {"a statement with a text has no wording", "/statements/0", "not", "statements[0].wording"},
	"claim-property-empty":                  {"a claim names a property", "/organizations/0/claims/0/property", "minLength", "organizations[0].claims[0].property"},
	"source-url-and-title-missing":          {"a source has a URL or a title", "/sources/0", "anyOf", "sources[0].url"},
	"source-url-not-http":                   {"a source URL is http or https", "/sources/0/url", "pattern", "sources[0].url"},
	"node-event-kind-unknown":               {"a standalone event is checked by event.schema.json", "/kind", "enum", "kind"},
	"node-event-location-null":              {"null is no value (the schema is stricter than Go)", "/location", "type", ""},
	// Dated changes of status, deadlines and effective dates.
	"event-status-change-date-missing":         {"a status change is dated", "/events/0/statusHistory/0", "required", "events[0].statusHistory[0].date"},
	"event-status-change-cancelled-moved":      {"a postponed or cancelled event is not moved", "/events/0/statusHistory/0/status", "enum", "events[0].statusHistory[0].location"},
	"event-deadline-date-missing":              {"a deadline is dated", "/events/0/deadlines/0", "required", "events[0].deadlines[0].date"},
	"accord-action-entry-into-force-effective": {"an entry into force takes effect on its date", "/accords/0/actions/0", "not", "accords[0].actions[0].effectiveDate"},
}

// TestJSONSchemaInvalid checks that each document of testdata/invalid is
// rejected for the one rule it breaks, at that place, by the schema and by
// Go.
func TestJSONSchemaInvalid(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 30 || len(files) != len(jsInvalid) {
		t.Errorf("%d files in testdata/invalid and %d in the table; want the same, at least 30", len(files), len(jsInvalid))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			want, ok := jsInvalid[name]
			if !ok {
				t.Fatal("not in the table")
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			typ := jsFileType(name)
			doc, err := jsValidate(t, typ, data)
			if err == nil {
				t.Fatalf("the schema accepts it; it breaks the rule: %s", want.rule)
			}
			var wantFailures []string
			for _, kw := range strings.Fields(want.keywords) {
				wantFailures = append(wantFailures, want.at+" "+kw)
			}
			if got := jsFailures(doc, err); !slices.Equal(got, wantFailures) {
				t.Errorf("rule %q: the schema reports %q, want %q", want.rule, got, wantFailures)
			}
			// A validator that does not assert formats (the 2020-12
			// default) rejects it too, at the same place, by pattern.
			if err := jsSchemasNoFormat(t)[typ].Validate(doc); err == nil {
				t.Errorf("rule %q: the schema accepts it when formats are not asserted", want.rule)
			} else {
				for _, f := range jsFailures(doc, err) {
					if at, _, _ := strings.Cut(f, " "); at != want.at {
						t.Errorf("rule %q: without formats, the schema fails at %q, want %q", want.rule, f, want.at)
					}
				}
			}
			goErr := jsGoCheck(typ, data)
			switch {
			case want.goPath == "" && goErr != nil:
				t.Errorf("rule %q: Go rejects it too (%v); remove it from the schema-only rules", want.rule, goErr)
			case want.goPath != "" && goErr == nil:
				t.Errorf("rule %q: Go accepts it", want.rule)
			case want.goPath != "" && !jsHasPath(goErr, want.goPath):
				t.Errorf("rule %q: Go reports %v, want an error at %s", want.rule, goErr, want.goPath)
			}
		})
	}
	for name := range jsInvalid {
		if _, err := os.Stat(filepath.Join("testdata/invalid", name+".json")); err != nil {
			t.Errorf("%s is in the table, not in testdata/invalid", name)
		}
	}
}

// jsHasPath reports whether err holds a diplo error at path.
func jsHasPath(err error, path string) bool {
	var es diplo.Errors
	if errors.As(err, &es) {
		for _, e := range es {
			if e.Path == path {
				return true
			}
		}
		return false
	}
	var fe *diplo.FieldError
	return errors.As(err, &fe) && fe.Path == path
}

// The rules that the schemas and Go judge differently. The differential
// test below fails on any disagreement between them that is not one of
// these, and on any of these that no longer disagrees.
//
// Rules only Go checks (JSON Schema cannot say them, or only at a cost
// out of proportion): Go rejects, the schema accepts.
var jsGoOnly = map[string]string{
	"reference":               "an id names a node of the graph, of a type the field admits (a tenure's office is an Office)",
	"duplicate-id":            "no two nodes share an id",
	"date-order":              "an end is not before its start (event, tenure, interval); an accord's lifecycle actions come in order (no ratification before the signature)",
	"span":                    "a part of an event, an accord action taken at an event and a statement made on an occasion are dated within that event",
	"cycle":                   "no event is a part of itself, directly or through its parts; no event or accord is related to itself; no organisation is part of itself",
	"party":                   "a signatory who signs for a party, and an action taken by a party, name a party of the accord",
	"signatory-participation": "a signatory of an accord signed at an event takes part in that event, in person or in a participating delegation",
	"delegation-head-member":  "the head of a delegation is not listed again among its members",
	"accreditation":           "a step of accreditation names one sending and one receiving side, different states or organisations, those of its envoy's mission; a mission is not sent to itself; a tenure accredited to further sides holds an office of a mission, and they are not its receiving side",
	"participant-duplicate":   "the same actor in the same role is not listed twice, even with a different delegation or representing (the schema catches identical entries only)",
	"language-registry":       "the subtags of a language tag are registered (\"xx\" is well-formed but no language); the schema checks BCP 47 syntax only",
	"duplicate-key":           "a member appears once in an object; two language tags of a Text or two authentic languages are not the same tag written differently (\"FR\" and \"fr\"); JSON Schema sees the object after parsing, and compares strings",
	"topic-duplicate":         "a domain is not listed twice among the topics without a label (uniqueItems would also refuse two identical labelled topics, which Go accepts)",
	"url-syntax":              "a URL is one net/url can parse (a numeric port, valid percent-escapes); the schema checks the scheme, a host and the characters",
	"vote-tally":              "a vote's counts agree with its positions, a member votes once, a veto is a permanent member's under a majority that allows one and defeats the motion, a count of vetoes is refused, a motion adopted had its majority by the counts, and a resolution adopted otherwise than by a vote is adopted (JSON Schema cannot compare counts with positions, nor members of different objects)",
	"state-id":                "a state's id is the IRI actor.StateID makes of its country (https://w3id.org/diplo/id/state/ML for ML); JSON Schema says the form of the id (a pattern) but cannot compare two members (shapes.ttl states it, one alternative a code)",
}

// Rules where the schema is stricter than Go: it describes the JSON that
// diplo writes, while Go's decoding also takes what encoding/json takes.
var jsSchemaOnly = map[string]string{
	"null":                "null is not a value; encoding/json ignores null and leaves the field empty",
	"case":                "member names are written as diplo writes them; encoding/json matches them to fields whatever their case",
	"empty-optional":      "an optional id, date, country, identifier or vocabulary value is left out rather than \"\"; Go reads \"\" as the zero value",
	"non-canonical":       "codes are in the form diplo writes: country codes alpha-2 in upper case (Go also reads ru, RUS, 643), iso3166 identifiers likewise, URL identifiers without a url: prefix, language tags without _ and without grandfathered forms (i-klingon)",
	"coordinates-partial": "coordinates give both the latitude and the longitude; Go reads a missing one as 0",
	"source-language-und": "a source's language is not \"und\" (diplo writes no language instead, and Go does not check it)",
}

// jsOp is an edit of a JSON document at an RFC 6901 pointer: set a value
// (given as JSON text), delete a member or an element, or rename a member.
type jsOp struct {
	op, ptr, arg string
}

func jsSet(ptr, value string) jsOp         { return jsOp{"set", ptr, value} }
func jsDel(ptr string) jsOp                { return jsOp{"del", ptr, ""} }
func jsRename(ptr, to string) jsOp         { return jsOp{"rename", ptr, to} }
func jsStr(s string) string                { b, _ := json.Marshal(s); return string(b) }
func jsIDs(ids ...diplo.ID) string         { b, _ := json.Marshal(ids); return string(b) }
func jsIDStr(id diplo.ID) string           { return jsStr(string(id)) }
func jsSetStr(ptr, s string) jsOp          { return jsSet(ptr, jsStr(s)) }
func jsSetID(ptr string, id diplo.ID) jsOp { return jsSet(ptr, jsIDStr(id)) }

// apply edits doc in place; it returns the new root.
func (o jsOp) apply(doc any) (any, error) {
	toks := strings.Split(o.ptr, "/")[1:]
	for i, t := range toks {
		toks[i] = strings.NewReplacer("~1", "/", "~0", "~").Replace(t)
	}
	parent := doc
	for _, t := range toks[:len(toks)-1] {
		switch p := parent.(type) {
		case map[string]any:
			parent = p[t]
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i >= len(p) {
				return nil, fmt.Errorf("%s: no element %s", o.ptr, t)
			}
			parent = p[i]
		}
		if parent == nil {
			return nil, fmt.Errorf("%s: no member %s", o.ptr, t)
		}
	}
	last := toks[len(toks)-1]
	var val any
	if o.op == "set" {
		if err := json.Unmarshal([]byte(o.arg), &val); err != nil {
			return nil, err
		}
	}
	switch p := parent.(type) {
	case map[string]any:
		_, exists := p[last]
		switch {
		case o.op == "set":
			p[last] = val
		case !exists:
			return nil, fmt.Errorf("%s: no member %s", o.ptr, last)
		case o.op == "del":
			delete(p, last)
		case o.op == "rename":
			p[o.arg] = p[last]
			delete(p, last)
		}
	case []any:
		if last == "-" && o.op == "set" {
			// Appending changes the slice header: set it in the parent.
			return jsOp{"set", o.ptr[:strings.LastIndexByte(o.ptr, '/')], string(jsMustJSON(append(p, val)))}.apply(doc)
		}
		i, err := strconv.Atoi(last)
		if err != nil || i >= len(p) {
			return nil, fmt.Errorf("%s: no element %s", o.ptr, last)
		}
		switch o.op {
		case "set":
			p[i] = val
		case "del":
			return jsOp{"set", o.ptr[:strings.LastIndexByte(o.ptr, '/')], string(jsMustJSON(slices.Delete(slices.Clone(p), i, i+1)))}.apply(doc)
		default:
			return nil, fmt.Errorf("%s: cannot %s an element", o.ptr, o.op)
		}
	default:
		return nil, fmt.Errorf("%s: not in an object or array", o.ptr)
	}
	return doc, nil
}

func jsMustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return b
}

// jsMutation changes a valid document to break (or not) one rule. want is
// "reject" or "accept" when Go and the schema must agree, or "go-only" or
// "schema-only" with the rule of jsGoOnly or jsSchemaOnly they disagree on.
type jsMutation struct {
	name, want, rule string
	ops              []jsOp
	raw              func([]byte) []byte // an edit of the JSON text, for what a map cannot hold
}

func jsReject(name string, ops ...jsOp) jsMutation {
	return jsMutation{name: name, want: "reject", ops: ops}
}
func jsAccept(name string, ops ...jsOp) jsMutation {
	return jsMutation{name: name, want: "accept", ops: ops}
}
func jsGoOnlyM(rule, name string, ops ...jsOp) jsMutation {
	return jsMutation{name: name, want: "go-only", rule: rule, ops: ops}
}
func jsSchemaOnlyM(rule, name string, ops ...jsOp) jsMutation {
	return jsMutation{name: name, want: "schema-only", rule: rule, ops: ops}
}

// jsMutations are applied to the rich graph. Indices: persons Putin,
// Goïta, Diop, Lavrov; states RU, ML; organizations ministry, commission;
// offices president RU, president ML, foreign minister ML; tenures
// Putin 2012, Putin 2000-2008, Goïta, Diop; one delegation; events visit,
// talks, signing, summit, next visit (referenced by nothing); one
// statement; accords treaty, commission agreement; sources Kremlin (url and
// title), Anadolu (title only).
var jsMutations = []jsMutation{
	// Required members.
	jsReject("event without id", jsDel("/events/0/id")),
	jsReject("event without kind", jsDel("/events/0/kind")),
	jsReject("person without name", jsDel("/persons/0/name")),
	jsReject("person with empty name", jsSet("/persons/0/name", `{}`)),
	jsReject("state without country", jsDel("/states/0/country")),
	jsReject("state with empty country", jsSetStr("/states/0/country", "")),
	jsReject("organization without kind", jsDel("/organizations/0/kind")),
	jsReject("organization without name", jsDel("/organizations/0/name")),
	jsReject("office without of", jsDel("/offices/0/of")),
	jsReject("office without name", jsDel("/offices/0/name")),
	jsReject("tenure without person", jsDel("/tenures/0/person")),
	jsReject("tenure without office", jsDel("/tenures/0/office")),
	jsReject("delegation without represents", jsDel("/delegations/0/represents")),
	jsReject("statement without text", jsDel("/statements/0/text")),
	jsAccept("statement unpublished", jsDel("/statements/0/text"), jsSetStr("/statements/0/wording", "unpublished")),
	jsAccept("statement not quoted, with a title and a UN symbol", jsDel("/statements/0/text"), jsSetStr("/statements/0/wording", "not-quoted"),
		jsSet("/statements/0/title", `{"en":"Readout"}`), jsSet("/statements/0/identifiers", `["undoc:S/2022/155"]`)),
	jsReject("statement with text and wording", jsSetStr("/statements/0/wording", "unpublished")),
	jsReject("statement of unknown wording", jsDel("/statements/0/text"), jsSetStr("/statements/0/wording", "lost")),
	jsReject("statement with a bad UN symbol", jsSet("/statements/0/identifiers", `["undoc:S/2022/"]`)),
	jsReject("characterisation of no one", jsDel("/events/0/characterisations/0/sources"), jsDel("/events/0/characterisations/0/by")),
	jsReject("characterisation by an actor, uncited", jsDel("/events/0/characterisations/0/sources")),
	jsAccept("characterisation by an actor, in a statement", jsDel("/events/0/characterisations/0/sources"),
		jsSetStr("/events/0/characterisations/0/statement", "https://example.org/diplo/statements/putin-quote")),
	jsAccept("characterisation in a source only", jsDel("/events/0/characterisations/0/by")),
	jsAccept("place with an admin1", jsSet("/events/0/location/admin1", `{"name":{"ru":"Москва"},"code":"RU-MOW"}`)),
	jsAccept("place with admin1 and admin2", jsSet("/events/0/location/admin1", `{"code":"RU-MOW"}`), jsSet("/events/0/location/admin2", `{"name":{"ru":"ЦАО"}}`)),
	jsReject("place with admin2 only", jsSet("/events/0/location/admin2", `{"name":{"ru":"ЦАО"}}`)),
	jsReject("admin1 code of bad form", jsSet("/events/0/location/admin1", `{"code":"RU-MOWX"}`)),
	jsReject("admin1 code of no country", jsSet("/events/0/location/admin1", `{"code":"XX-MOW"}`)),
	jsAccept("event quantities", jsSet("/events/0/quantities", `[{"type":"QuantitativeValue","amount":"23","unit":{"en":"diplomats"}},{"type":"MonetaryAmount","amount":"0.5","currency":"EUR"}]`)),
	jsReject("event quantity with a leading zero", jsSet("/events/0/quantities", `[{"type":"QuantitativeValue","amount":"023","unit":{"en":"diplomats"}}]`)),
	jsReject("event quantity of no unit", jsSet("/events/0/quantities", `[{"type":"QuantitativeValue","amount":"23"}]`)),
	jsReject("statement without speakers", jsDel("/statements/0/speakers")),
	jsReject("statement with no speakers", jsSet("/statements/0/speakers", `[]`)),
	jsReject("statement without kind", jsDel("/statements/0/kind")),
	jsReject("accord without title", jsDel("/accords/0/title")),
	jsReject("accord without kind", jsDel("/accords/0/kind")),
	jsReject("signatory without person", jsDel("/accords/0/signatories/0/person")),
	jsReject("signatory without party nor capacity", jsDel("/accords/0/signatories/0/party")),
	jsReject("signatory as signatory without party", jsDel("/accords/0/signatories/1/party")),
	jsAccept("witness without party", jsDel("/accords/0/signatories/2/capacity"), jsSetStr("/accords/0/signatories/2/capacity", "witness")),
	jsAccept("mediator without party", jsSetStr("/accords/0/signatories/2/capacity", "mediator")),
	jsReject("action without kind", jsDel("/accords/0/actions/0/kind")),
	jsReject("accord relation without accord", jsDel("/accords/1/relations/0/accord")),
	jsReject("accord relation without kind", jsDel("/accords/1/relations/0/kind")),
	jsReject("participant without role", jsDel("/events/0/participants/0/role")),
	jsReject("participant without actor", jsDel("/events/0/participants/0/actor")),
	jsReject("event relation without event", jsDel("/events/0/relations/0/event")),
	jsReject("event relation without kind", jsDel("/events/0/relations/0/kind")),
	jsReject("characterisation without term", jsDel("/events/0/characterisations/0/term")),
	jsReject("claim without property", jsDel("/organizations/1/claims/0/property")),
	jsReject("claim without value", jsDel("/organizations/1/claims/0/value")),
	jsReject("claim unattributed", jsDel("/organizations/1/claims/0/sources"), jsDel("/organizations/1/claims/0/by"), jsDel("/organizations/1/claims/0/note")),
	// A note alone names no one (diplo.ClaimAttributed).
	jsReject("claim attributed by a note only", jsDel("/organizations/1/claims/0/sources"), jsDel("/organizations/1/claims/0/by")),
	jsAccept("claim by an actor only", jsDel("/organizations/1/claims/0/sources")),
	jsAccept("claim of a quantity", jsDel("/organizations/1/claims/0/value"), jsSet("/organizations/1/claims/0/quantity", `{"type":"QuantitativeValue","amount":"23","unit":{"en":"diplomats"}}`)),
	jsReject("claim of a quantity of no type", jsDel("/organizations/1/claims/0/value"), jsSet("/organizations/1/claims/0/quantity", `{"amount":"23","unit":{"en":"diplomats"}}`)),
	jsReject("claim of a count with a currency", jsSet("/organizations/1/claims/0/quantity", `{"type":"QuantitativeValue","amount":"23","unit":{"en":"diplomats"},"currency":"USD"}`)),
	jsReject("claim of money without currency", jsSet("/organizations/1/claims/0/quantity", `{"type":"MonetaryAmount","amount":"1500000000"}`)),
	jsReject("claim of money with a unit", jsSet("/organizations/1/claims/0/quantity", `{"type":"MonetaryAmount","amount":"1500000000","currency":"USD","unit":{"en":"dollars"}}`)),
	jsReject("claim of money in an unknown currency", jsSet("/organizations/1/claims/0/quantity", `{"type":"MonetaryAmount","amount":"1500000000","currency":"ABC"}`)),
	jsReject("claim of an amount with an exponent", jsSet("/organizations/1/claims/0/quantity", `{"type":"MonetaryAmount","amount":"1.5e9","currency":"USD"}`)),
	jsReject("claim of an amount as a number", jsSet("/organizations/1/claims/0/quantity", `{"type":"MonetaryAmount","amount":1500000000,"currency":"USD"}`)),
	jsReject("claim with empty attribution", jsSet("/organizations/1/claims/0/sources", `[]`), jsDel("/organizations/1/claims/0/by"), jsSet("/organizations/1/claims/0/note", `{}`)),
	jsReject("source without id", jsDel("/sources/0/id")),
	jsReject("source without url nor title", jsDel("/sources/1/title")),
	jsReject("source with empty title only", jsSet("/sources/1/title", `{}`)),
	jsAccept("source with title only", jsDel("/sources/0/url")),
	jsReject("end date without start date", jsDel("/events/0/startDate")),
	jsAccept("event without end date", jsDel("/events/3/endDate")),
	jsReject("topic without domain nor label", jsDel("/events/0/topics/0/domain")),
	jsReject("topic with empty label only", jsSet("/events/0/topics/0", `{"label": {}}`)),
	jsReject("place of coordinates only", jsDel("/events/0/location/name"), jsDel("/events/0/location/country"), jsDel("/events/0/location/geonames"), jsDel("/events/0/location/wikidata")),
	jsAccept("place of coordinates and an identifier", jsDel("/events/0/location/name"), jsDel("/events/0/location/country"), jsDel("/events/0/location/geonames")),
	jsAccept("empty place", jsSet("/events/0/location", `{}`)),
	jsAccept("graph without type", jsDel("/type")),
	jsAccept("node without type", jsDel("/events/0/type")),
	jsAccept("graph without id", jsDel("/id")),

	// Closed vocabularies.
	jsReject("event kind unknown", jsSetStr("/events/0/kind", "sumit")),
	jsReject("event kind in another case", jsSetStr("/events/0/kind", "Official-Visit")),
	jsReject("event kind empty", jsSetStr("/events/0/kind", "")),
	jsReject("event status unknown", jsSetStr("/events/0/status", "done")),

	jsReject("participant role unknown", jsSetStr("/events/0/participants/0/role", "hostess")),
	jsReject("event relation unknown", jsSetStr("/events/0/relations/0/kind", "precedes")),
	jsReject("domain unknown", jsSetStr("/events/0/topics/0/domain", "sports")),
	jsReject("tone unknown", jsSetStr("/events/0/characterisations/0/tone", "happy")),
	jsReject("statement kind unknown", jsSetStr("/statements/0/kind", "tweet")),
	jsReject("organization kind unknown", jsSetStr("/organizations/0/kind", "club")),
	jsReject("office role unknown", jsSetStr("/offices/0/role", "king")),
	jsReject("tenure qualifier unknown", jsSetStr("/tenures/2/qualifiers/0", "temporary")),
	jsReject("accord kind unknown", jsSetStr("/accords/0/kind", "pact")),
	jsReject("action kind unknown", jsSetStr("/accords/0/actions/0/kind", "ratify")),
	jsReject("capacity unknown", jsSetStr("/accords/0/signatories/2/capacity", "observer")),
	jsReject("accord relation unknown", jsSetStr("/accords/1/relations/0/kind", "replaces")),
	jsReject("accord domain unknown", jsSetStr("/accords/0/domains/0/domain", "politics")),
	jsAccept("every event kind", jsSetStr("/events/3/kind", "ultimatum")),

	// Dates.
	jsReject("date month 13", jsSetStr("/events/0/startDate", "2023-13-01")),
	jsReject("date month 00", jsSetStr("/events/0/startDate", "2023-00")),
	jsReject("date 30 February", jsSetStr("/events/0/startDate", "2023-02-30")),
	jsReject("date 31 April", jsSetStr("/events/0/startDate", "2023-04-31")),
	jsReject("date 29 February of a common year", jsSetStr("/events/0/startDate", "2023-02-29")),
	jsReject("date 29 February 1900", jsSetStr("/events/0/startDate", "1900-02-29")),
	jsAccept("date 29 February 2024", jsSetStr("/events/0/startDate", "2024-02-29")),
	jsAccept("date 29 February 2000", jsSetStr("/events/0/startDate", "2000-02-29")),
	jsAccept("date 29 February -0004", jsSetStr("/events/0/startDate", "-0004-02-29")),
	jsReject("date two-digit year", jsSetStr("/events/0/startDate", "23-01-01")),
	jsReject("date one-digit month", jsSetStr("/events/0/startDate", "2023-1-01")),
	jsReject("date five-digit year", jsSetStr("/events/0/startDate", "10000")),
	jsReject("date year -0000", jsSetStr("/events/0/startDate", "-0000")),
	jsAccept("date year -0044", jsSetStr("/events/0/startDate", "-0044")),
	jsReject("date hour 24", jsSetStr("/events/0/startDate", "2025-06-22T24:00")),
	jsReject("date second 60", jsSetStr("/events/0/startDate", "2025-06-22T14:30:60")),
	jsReject("date hour only", jsSetStr("/events/0/startDate", "2025-06-22T14")),
	jsReject("date with a space", jsSetStr("/events/0/startDate", "2025-06-22 14:30")),
	jsReject("date zone +15:00", jsSetStr("/events/0/startDate", "2025-06-22T14:30+15:00")),
	jsReject("date zone +14:30", jsSetStr("/events/0/startDate", "2025-06-22T14:30+14:30")),
	jsReject("date zone -00:00", jsSetStr("/events/0/startDate", "2025-06-22T14:30-00:00")),
	jsReject("date zone on a day", jsSetStr("/events/0/startDate", "2025-06-22Z")),
	jsReject("date zone without colon", jsSetStr("/events/0/startDate", "2025-06-22T14:30+0300")),
	jsReject("date two qualifiers", jsSetStr("/events/0/startDate", "2025-06-22?~")),
	jsAccept("date zone -14:00", jsSetStr("/events/0/startDate", "2025-06-22T14:30-14:00")),
	jsAccept("date zone +05:45", jsSetStr("/events/0/startDate", "2025-06-22T09:00:05+05:45")),
	jsAccept("date uncertain month", jsSetStr("/events/0/startDate", "2025-06?")),
	jsAccept("date approximate year", jsSetStr("/events/0/startDate", "2025~")),
	jsAccept("date uncertain and approximate", jsSetStr("/events/0/startDate", "2025-06-22%")),
	jsReject("date as a number", jsSet("/events/0/startDate", `2025`)),
	jsReject("publication date invalid", jsSetStr("/sources/0/published", "2025-06-31")),

	// Language tags and texts.
	jsReject("language key und", jsSetStr("/events/0/name/und", "Visite")),
	jsReject("language key UND", jsSetStr("/events/0/name/UND", "Visite")),
	jsReject("language key empty", jsSetStr("/events/0/name/", "Visite")),
	jsReject("language key with a space", jsSetStr("/events/0/name/e n", "Visit")),
	jsReject("language key ending in -", jsSetStr("/events/0/name/en-", "Visit")),
	jsReject("language key of nine letters", jsSetStr("/events/0/name/francaise", "Visite")),
	jsAccept("language key upper case", jsSetStr("/events/0/name/EN", "Visit")),
	jsAccept("language key with script and region", jsSetStr("/events/0/name/sr-Latn-RS", "Poseta")),
	jsAccept("language key of a translation", jsSetStr("/events/0/name/en-t-fr", "Official visit")),
	jsReject("text value blank", jsSetStr("/events/0/name/fr", "  ")),
	jsReject("text value empty", jsSetStr("/events/0/name/fr", "")),
	jsReject("text value of no-break spaces", jsSetStr("/events/0/name/fr", "\u00a0\u2003")),
	jsReject("text value with NUL", jsSetStr("/events/0/name/fr", "a\x00b")),
	jsReject("text value with DEL", jsSetStr("/events/0/name/fr", "a\x7fb")),
	jsReject("text value with a C1 control", jsSetStr("/events/0/name/fr", "a\u0085b")),
	jsAccept("text value with tab and newlines", jsSetStr("/events/0/name/fr", "Visite\tofficielle\r\nà Moscou")),
	jsReject("text value a number", jsSet("/events/0/name/fr", `1`)),
	jsReject("text a string", jsSetStr("/events/0/name", "Visite")),
	jsReject("statement of translations only", jsSet("/statements/0/text", `{"fr-t-ru": "Le Mali est notre partenaire."}`)),
	jsAccept("statement original in another case", jsSet("/statements/0/text", `{"RU": "Мали — наш партнёр.", "fr-T-ru": "Le Mali est notre partenaire."}`)),
	jsReject("authentic language und", jsSetStr("/accords/0/languages/0", "und")),
	jsReject("authentic language malformed", jsSetStr("/accords/0/languages/0", "r u")),
	jsReject("authentic language listed twice", jsSetStr("/accords/0/languages/1", "ru")),
	jsReject("abbreviation with a control character", jsSetStr("/organizations/0/abbreviation", "MA\x01ECI")),
	jsAccept("abbreviation empty", jsSetStr("/organizations/0/abbreviation", "")),
	jsReject("claim property empty", jsSetStr("/organizations/1/claims/0/property", "")),
	jsAccept("claim property a space", jsSetStr("/organizations/1/claims/0/property", " ")),

	// JSON types.
	jsReject("kind a number", jsSet("/events/0/kind", `5`)),
	jsReject("participants an object", jsSet("/events/0/participants", `{}`)),
	jsReject("latitude a string", jsSet("/events/0/location/coordinates/latitude", `"55.75"`)),
	jsReject("identifiers a string", jsSetStr("/persons/0/identifiers", "wikidata:Q7747")),
	jsReject("speakers a string", jsSetID("/statements/0/speakers", jsPutin)),
	jsReject("members numbers", jsSet("/organizations/1/members", `[1, 2]`)),
	jsReject("events a string", jsSetStr("/events", "none")),
	jsReject("title an array", jsSet("/title", `["Visite"]`)),
	jsReject("graph an array", jsSet("/persons/0", `[]`)),
	jsReject("kind null", jsSet("/events/0/kind", `null`)),

	// Identifiers.
	jsReject("wikidata negative", jsSetStr("/persons/0/identifiers/0", "wikidata:Q-1")),
	jsReject("wikidata zero", jsSetStr("/persons/0/identifiers/0", "wikidata:Q0")),
	jsReject("wikidata leading zero", jsSetStr("/persons/0/identifiers/0", "wikidata:Q07747")),
	jsReject("wikidata lower-case q", jsSetStr("/persons/0/identifiers/0", "wikidata:q7747")),
	jsReject("wikidata scheme in capitals", jsSetStr("/persons/0/identifiers/0", "Wikidata:Q7747")),
	jsReject("wikidata 19 digits", jsSetStr("/persons/0/identifiers/0", "wikidata:Q1234567890123456789")),
	jsAccept("wikidata 18 digits", jsSetStr("/persons/0/identifiers/0", "wikidata:Q123456789012345678")),
	jsReject("iso3166 unassigned", jsSetStr("/persons/0/identifiers/0", "iso3166:XX")),
	jsReject("iso3166 grouping", jsSetStr("/persons/0/identifiers/0", "iso3166:EU")),
	jsAccept("iso3166 Kosovo", jsSetStr("/persons/0/identifiers/0", "iso3166:XK")),
	jsReject("geonames zero", jsSetStr("/persons/0/identifiers/0", "geonames:0")),
	jsReject("unts volume III", jsSetStr("/persons/0/identifiers/0", "unts:III-1")),
	jsAccept("unts volume II", jsSetStr("/persons/0/identifiers/0", "unts:II-1")),
	jsReject("gdelt negative", jsSetStr("/persons/0/identifiers/0", "gdelt:-1")),
	jsReject("scheme unknown", jsSetStr("/persons/0/identifiers/0", "foo:bar")),
	jsReject("no scheme", jsSetStr("/persons/0/identifiers/0", "Q7747")),
	jsReject("identifier empty", jsSetStr("/persons/0/identifiers/0", "")),
	jsReject("url without host", jsSetStr("/persons/0/identifiers/0", "https://")),
	jsReject("url with a space", jsSetStr("/persons/0/identifiers/0", "http://exa mple.org/")),
	jsReject("url ftp", jsSetStr("/persons/0/identifiers/0", "ftp://example.org/x")),
	jsAccept("url with query and fragment", jsSetStr("/persons/0/identifiers/0", "https://example.org/a?b=c#d")),
	jsReject("place geonames of another scheme", jsSetStr("/events/0/location/geonames", "wikidata:Q649")),
	jsReject("place wikidata of another scheme", jsSetStr("/events/0/location/wikidata", "geonames:524901")),
	jsReject("actor identifier listed twice", jsSet("/persons/0/identifiers", `["wikidata:Q7747", "wikidata:Q7747"]`)),
	jsReject("event identifier listed twice", jsSet("/events/0/identifiers", `["gdelt:1", "gdelt:1"]`)),
	jsReject("accord identifier listed twice", jsSet("/accords/0/identifiers", `["unts:I-1", "unts:I-1"]`)),

	// Countries.
	jsReject("country unassigned", jsSetStr("/states/0/country", "XX")),
	jsReject("country a grouping", jsSetStr("/states/0/country", "EU")),
	jsReject("country unknown region", jsSetStr("/states/0/country", "ZZ")),
	jsReject("country private use", jsSetStr("/states/0/country", "QO")),
	jsReject("country with a digit", jsSetStr("/states/0/country", "M1")),
	jsReject("country a name", jsSetStr("/states/0/country", "Russia")),
	jsAccept("country of a former state", jsSetStr("/persons/0/nationality/0", "SU")),
	jsGoOnlyM("state-id", "state id not its country's", jsSetStr("/states/0/country", "SU")),
	jsReject("state id a UUID", jsSetStr("/states/0/id", "urn:uuid:accfec87-1177-5fd7-b612-21966a7fc9e7")),
	jsReject("nationality unassigned", jsSetStr("/persons/0/nationality/0", "XX")),
	jsAccept("nationality listed twice", jsSet("/persons/0/nationality", `["RU", "RU"]`)),
	jsReject("place country unassigned", jsSetStr("/events/0/location/country", "AA")),

	// Ids.
	jsReject("id with a space", jsSetStr("/events/4/id", "urn:a b")),
	jsReject("id without scheme", jsSetStr("/events/4/id", "events/4")),
	jsReject("id empty after the scheme", jsSetStr("/events/4/id", "urn:")),
	jsReject("id empty scheme", jsSetStr("/events/4/id", ":x")),
	jsReject("id scheme with a digit first", jsSetStr("/events/4/id", "1urn:x")),
	jsReject("id with <", jsSetStr("/events/4/id", "urn:a<b")),
	jsReject("id with a no-break space", jsSetStr("/events/4/id", "urn:a\u00a0b")),
	jsReject("id with an ideographic space", jsSetStr("/events/4/id", "urn:a\u3000b")),
	jsReject("id empty", jsSetStr("/events/4/id", "")),
	jsAccept("id mailto", jsSetStr("/events/4/id", "mailto:someone@example.org")),
	jsAccept("id with non-ASCII letters", jsSetStr("/events/4/id", "urn:diplo:visite-à-moscou")),
	jsReject("reference with a space", jsSetStr("/events/0/participants/0/actor", "urn:a b")),

	// Closed objects.
	jsReject("graph unknown member", jsSetStr("/foo", "bar")),
	jsReject("event unknown member", jsSetStr("/events/0/foo", "bar")),
	jsReject("place unknown member", jsSetStr("/events/0/location/city", "Moscou")),
	jsReject("participant unknown member", jsSetStr("/events/0/participants/0/since", "2025")),
	jsReject("claim unknown member", jsSetStr("/organizations/1/claims/0/confidence", "high")),
	jsReject("graph type wrong", jsSetStr("/type", "graph")),
	jsReject("node type wrong", jsSetStr("/events/0/type", "Evnt")),
	jsReject("node type of another node", jsSetStr("/persons/0/type", "Event")),

	// Numbers.
	jsReject("latitude 91", jsSet("/events/0/location/coordinates/latitude", `91`)),
	jsReject("latitude -90.5", jsSet("/events/0/location/coordinates/latitude", `-90.5`)),
	jsAccept("latitude -90", jsSet("/events/0/location/coordinates/latitude", `-90`)),
	jsReject("longitude 180.5", jsSet("/events/0/location/coordinates/longitude", `180.5`)),
	jsAccept("longitude -180", jsSet("/events/0/location/coordinates/longitude", `-180`)),
	{name: "latitude huge", want: "reject", raw: func(b []byte) []byte {
		return bytes.Replace(b, []byte(`"latitude":55.7522`), []byte(`"latitude":1e400`), 1)
	}},

	// Sources.
	jsReject("source url ftp", jsSetStr("/sources/0/url", "ftp://kremlin.ru/x")),
	jsReject("source url relative", jsSetStr("/sources/0/url", "/events/president")),
	jsReject("source url without host", jsSetStr("/sources/0/url", "http:///x")),
	jsAccept("source url in capitals", jsSetStr("/sources/0/url", "HTTPS://KREMLIN.RU/")),

	// Lists of ids and other unique items.
	jsReject("part listed twice", jsSet("/events/0/parts", jsIDs(jsTalks, jsTalks))),
	jsReject("source listed twice", jsSet("/events/0/sources", jsIDs(jsKremlin, jsKremlin))),
	jsReject("member listed twice", jsSet("/organizations/1/members", jsIDs(jsRU, jsRU))),
	jsReject("speaker listed twice", jsSet("/statements/0/speakers", jsIDs(jsPutin, jsPutin))),
	jsReject("party listed twice", jsSet("/accords/0/parties", jsIDs(jsRU, jsML, jsRU))),
	jsReject("attribution by listed twice", jsSet("/events/0/characterisations/0/by", jsIDs(jsRU, jsRU))),
	jsReject("participant listed twice", jsSet("/events/1/participants/-", `{"actor": `+jsIDStr(jsPutin)+`, "role": "host"}`)),
	jsAccept("participant in two roles", jsSet("/events/1/participants/-", `{"actor": `+jsIDStr(jsPutin)+`, "role": "speaker"}`)),
	jsReject("tenure qualifier listed twice", jsSet("/tenures/2/qualifiers", `["interim", "interim"]`)),

	// Rules only Go checks.
	// Resolutions and votes.
	jsReject("resolution without body", jsDel("/resolutions/0/body")),
	jsReject("resolution without status", jsDel("/resolutions/0/status")),
	jsReject("resolution with neither symbol nor title", jsDel("/resolutions/0/symbol"), jsDel("/resolutions/0/title")),
	jsAccept("resolution with a symbol only", jsDel("/resolutions/0/title")),
	jsReject("resolution symbol malformed", jsSetStr("/resolutions/0/symbol", "CIG//1")),
	jsReject("resolution method unknown", jsSetStr("/resolutions/0/method", "hands")),
	jsReject("vote without motion", jsDel("/votes/0/motion")),
	jsReject("vote result unknown", jsSetStr("/votes/0/result", "pass")),
	jsReject("vote count negative", jsSet("/votes/0/counts/1/value", "-1")),
	jsReject("vote count not a whole number", jsSet("/votes/0/counts/1/value", "0.5")),
	jsReject("vote position option unknown", jsSetStr("/votes/0/positions/0/option", "aye")),
	jsReject("vote position role unknown", jsSetStr("/votes/0/positions/0/role", "p5")),
	jsGoOnlyM("vote-tally", "member votes twice", jsSetID("/votes/0/positions/1/voter", jsRU)),
	jsGoOnlyM("vote-tally", "count below its positions", jsSet("/votes/0/counts/0/value", "1")),
	jsAccept("count above positions that are not complete", jsSet("/votes/0/counts/0/value", "3")),
	jsGoOnlyM("vote-tally", "adopted unanimously with a no", jsSet("/votes/0/counts/1/value", "1")),
	jsGoOnlyM("vote-tally", "veto of a member", jsSetStr("/votes/0/positions/0/option", "veto")),
	jsGoOnlyM("vote-tally", "resolution adopted by consensus rejected", jsSetStr("/resolutions/0/method", "consensus"), jsSetStr("/resolutions/0/status", "rejected")),
	jsGoOnlyM("reference", "vote motion an accord", jsSetID("/votes/0/motion", jsTreaty)),
	jsGoOnlyM("reference", "participant unknown", jsSetStr("/events/0/participants/0/actor", jsBase+"nowhere")),
	jsGoOnlyM("reference", "tenure office a person", jsSetID("/tenures/0/office", jsPutin)),
	jsGoOnlyM("reference", "source cites no source", jsSetID("/persons/0/sources/0", jsPutin)),
	jsGoOnlyM("duplicate-id", "two events with one id", jsSetID("/events/4/id", jsVisit)),
	jsGoOnlyM("date-order", "event ends before it starts", jsSetStr("/events/3/endDate", "2023-07-01")),
	jsGoOnlyM("date-order", "tenure ends before it starts", jsSetStr("/tenures/1/endDate", "1999-01-01")),
	jsGoOnlyM("date-order", "ratification before signature", jsSetStr("/accords/0/actions/1/date", "2025-01-01")),
	jsGoOnlyM("span", "part outside the whole", jsSetStr("/events/1/startDate", "2025-07-01")),
	jsGoOnlyM("span", "statement outside its occasion", jsSetStr("/statements/0/date", "2025-06-24")),
	jsGoOnlyM("span", "action outside its event", jsSetStr("/accords/0/actions/0/date", "2025-06-24")),
	jsGoOnlyM("cycle", "event part of itself through a part", jsSet("/events/1/parts", jsIDs(jsVisit))),
	jsGoOnlyM("cycle", "event part of itself", jsSet("/events/4/parts", `["`+string(jsNextVisit)+`"]`)),
	jsGoOnlyM("cycle", "event related to itself", jsSetID("/events/0/relations/0/event", jsVisit)),
	jsGoOnlyM("cycle", "accord related to itself", jsSetID("/accords/1/relations/0/accord", jsCIGAccord)),
	jsGoOnlyM("cycle", "organization part of itself", jsSetID("/organizations/0/partOf", jsMinistry)),
	jsGoOnlyM("party", "signatory for a non-party", jsSetID("/accords/0/signatories/0/party", jsMinistry)),
	jsGoOnlyM("party", "action of a non-party", jsSetID("/accords/0/actions/1/party", jsMinistry)),
	jsGoOnlyM("signatory-participation", "signatory absent from the signing", jsSetID("/accords/1/actions/0/event", jsTalks)),
	jsGoOnlyM("delegation-head-member", "head listed as a member", jsSetID("/delegations/0/members/-", jsGoita)),
	jsGoOnlyM("accreditation", "a recall without its sides", jsSetStr("/events/3/kind", "recall-ambassador")),
	jsGoOnlyM("accreditation", "a mission sent to itself", jsSetID("/missions/0/receiving", jsML)),
	jsGoOnlyM("accreditation", "accredited again to the mission's receiving side", jsSetID("/tenures/4/accreditedTo/0", jsRU)),
	jsGoOnlyM("participant-duplicate", "participant twice in one role", jsSet("/events/0/participants/-", `{"actor": `+jsIDStr(jsGoita)+`, "role": "guest"}`)),
	jsGoOnlyM("language-registry", "language key unregistered", jsSetStr("/events/0/name/xx", "Visite")),
	jsGoOnlyM("language-registry", "language key of four letters", jsSetStr("/events/0/name/abcd", "Visite")),
	jsGoOnlyM("language-registry", "authentic language unregistered", jsSetStr("/accords/0/languages/0", "qq")),
	jsGoOnlyM("duplicate-key", "language key twice in two cases", jsSetStr("/title/FR", "Visite")),
	jsGoOnlyM("duplicate-key", "authentic language twice in two cases", jsSetStr("/accords/0/languages/1", "RU")),
	jsGoOnlyM("topic-duplicate", "domain twice", jsSet("/accords/1/domains/1", `{"domain": "institution-building"}`)),
	jsAccept("domain twice with labels", jsSet("/events/0/topics/-", `{"domain": "nuclear-energy", "label": {"en": "civil nuclear power"}}`)),
	jsAccept("same labelled topic twice", jsSet("/events/0/topics/-", `{"domain": "nuclear-energy", "label": {"fr": "énergie nucléaire civile"}}`)),
	{name: "member twice", want: "go-only", rule: "duplicate-key", raw: func(b []byte) []byte {
		return bytes.Replace(b, []byte(`"kind":"official-visit"`), []byte(`"kind":"official-visit","kind":"official-visit"`), 1)
	}},
	jsGoOnlyM("url-syntax", "source url with a bad port", jsSetStr("/sources/0/url", "http://kremlin.ru:port/")),
	jsGoOnlyM("url-syntax", "url identifier with a bad escape", jsSetStr("/persons/0/identifiers/0", "https://example.org/%zz")),

	// Rules only the schema checks.
	jsSchemaOnlyM("null", "optional text null", jsSet("/events/0/name", `null`)),
	jsSchemaOnlyM("null", "node list null", jsSet("/tenures", `null`)),
	jsSchemaOnlyM("null", "optional id null", jsSet("/events/0/participants/1/delegation", `null`)),
	jsSchemaOnlyM("case", "member name in capitals", jsRename("/events/0/kind", "Kind")),
	jsSchemaOnlyM("empty-optional", "optional date empty", jsSetStr("/tenures/0/startDate", "")),
	jsSchemaOnlyM("empty-optional", "optional id empty", jsSetStr("/organizations/1/createdBy", "")),
	jsSchemaOnlyM("empty-optional", "optional country empty", jsSetStr("/events/0/location/country", "")),
	jsSchemaOnlyM("empty-optional", "optional identifier empty", jsSetStr("/events/0/location/geonames", "")),
	jsSchemaOnlyM("empty-optional", "optional status empty", jsSetStr("/events/0/status", "")),
	jsSchemaOnlyM("empty-optional", "optional domain empty", jsSetStr("/events/0/topics/2/domain", "")),
	jsSchemaOnlyM("non-canonical", "country in lower case", jsSetStr("/states/0/country", "ru")),
	jsSchemaOnlyM("non-canonical", "ISO 3166-2 code in lower case", jsSet("/events/0/location/admin1", `{"code":"ru-mow"}`)),
	jsSchemaOnlyM("non-canonical", "currency in lower case", jsSet("/events/0/quantities", `[{"type":"MonetaryAmount","amount":"1","currency":"usd"}]`)),
	jsSchemaOnlyM("non-canonical", "country alpha-3", jsSetStr("/states/0/country", "RUS")),
	jsSchemaOnlyM("non-canonical", "country numeric", jsSetStr("/states/0/country", "643")),
	jsSchemaOnlyM("non-canonical", "iso3166 identifier in lower case", jsSetStr("/states/0/identifiers/1", "iso3166:ru")),
	jsSchemaOnlyM("non-canonical", "iso3166 identifier alpha-3", jsSetStr("/states/0/identifiers/1", "iso3166:RUS")),
	jsSchemaOnlyM("non-canonical", "url identifier with a prefix", jsSetStr("/organizations/1/identifiers/0", "url:https://example.org/registry/cig-ru-ml")),
	jsSchemaOnlyM("non-canonical", "language key with an underscore", jsSetStr("/events/0/name/en_GB", "Visit")),
	jsSchemaOnlyM("non-canonical", "language key grandfathered", jsSetStr("/events/0/name/i-klingon", "Visit")),
	jsSchemaOnlyM("coordinates-partial", "coordinates without latitude", jsDel("/events/0/location/coordinates/latitude")),
	jsSchemaOnlyM("source-language-und", "source language und", jsSetStr("/sources/0/language", "und")),
}

// TestJSONSchemaDifferential applies jsMutations to the rich graph and
// checks that Go (strict decoding and Validate) and the graph schema reach
// the verdict each mutation expects; mutations inside a node are also
// applied to the node alone, checked against its own schema and its
// Validate method.
func TestJSONSchemaDifferential(t *testing.T) {
	base := jsMustJSON(jsRichGraph())
	if err := jsGoCheck("graph", base); err != nil {
		t.Fatal(err)
	}
	exercised := map[string]bool{}
	for _, m := range jsMutations {
		t.Run(m.name, func(t *testing.T) {
			switch {
			case m.want == "go-only" && jsGoOnly[m.rule] == "",
				m.want == "schema-only" && jsSchemaOnly[m.rule] == "",
				m.want != "go-only" && m.want != "schema-only" && m.rule != "":
				t.Fatalf("want %s with rule %q: not a documented rule", m.want, m.rule)
			}
			exercised[m.rule] = true
			var doc any
			if err := json.Unmarshal(base, &doc); err != nil {
				t.Fatal(err)
			}
			for _, op := range m.ops {
				var err error
				if doc, err = op.apply(doc); err != nil {
					t.Fatal(err)
				}
			}
			data := jsMustJSON(doc)
			if m.raw != nil {
				edited := m.raw(data)
				if bytes.Equal(edited, data) {
					t.Fatal("the raw edit changed nothing")
				}
				data = edited
			}
			if bytes.Equal(data, base) {
				t.Fatal("the mutation changed nothing")
			}
			got, detail := jsVerdict(t, "graph", data)
			if got != m.want {
				t.Errorf("Go and the schema: %s, want %s\n%s", got, m.want, detail)
			}
			if got == "reject" && len(m.ops) > 0 {
				// Both reject it for the change, not for something else:
				// the schema only there.
				schemaDoc, schemaErr := jsValidate(t, "graph", data)
				for _, loc := range jsFailures(schemaDoc, schemaErr) {
					loc, _, _ = strings.Cut(loc, " ")
					if !jsNear(loc, m.ops) {
						t.Errorf("the schema fails at %s, away from the change\n%s", loc, detail)
					}
				}
				// Go may also report references that the change broke
				// elsewhere, but it reports the change.
				if !slices.ContainsFunc(jsGoPointers(jsGoCheck("graph", data)), func(loc string) bool { return jsNear(loc, m.ops) }) {
					t.Errorf("Go fails away from the change\n%s", detail)
				}
			}
			// The node alone, against its own schema.
			if len(m.ops) == 0 {
				return
			}
			toks := strings.Split(m.ops[0].ptr, "/")
			typ, isNode := jsNodeTypes[toks[1]]
			if !isNode || len(toks) < 4 {
				return
			}
			for _, op := range m.ops[1:] {
				if !strings.HasPrefix(op.ptr, strings.Join(toks[:3], "/")+"/") {
					return
				}
			}
			node := doc.(map[string]any)[toks[1]].([]any)[jsAtoi(toks[2])]
			got, detail = jsVerdict(t, typ, jsMustJSON(node))
			switch {
			case got == "accept" || got == "reject":
			case got == m.want:
			default:
				t.Errorf("alone, Go and the %s schema: %s, want agreement or %s\n%s", typ, got, m.want, detail)
			}
		})
	}
	for rule := range jsGoOnly {
		if !exercised[rule] {
			t.Errorf("no mutation breaks the Go-only rule %q", rule)
		}
	}
	for rule := range jsSchemaOnly {
		if !exercised[rule] {
			t.Errorf("no mutation breaks the schema-only rule %q", rule)
		}
	}
}

// jsNear reports whether the pointer loc is at one of the changes, inside
// it, or at most two levels above it (the object that misses a required
// member, the list that holds a duplicate).
func jsNear(loc string, ops []jsOp) bool {
	for _, op := range ops {
		up := strings.TrimSuffix(op.ptr, "/-")
		for range 3 {
			if loc == up || strings.HasPrefix(loc, up+"/") {
				return true
			}
			up = up[:max(strings.LastIndexByte(up, '/'), 0)]
		}
	}
	return false
}

// jsGoPointers returns the paths of diplo errors as RFC 6901 pointers
// (events[0].name["fr FR"] is /events/0/name/fr FR).
func jsGoPointers(err error) []string {
	var paths []string
	var es diplo.Errors
	var fe *diplo.FieldError
	switch {
	case errors.As(err, &es):
		for _, e := range es {
			paths = append(paths, e.Path)
		}
	case errors.As(err, &fe):
		paths = append(paths, fe.Path)
	}
	var out []string
	for _, p := range paths {
		var b strings.Builder
		for p != "" {
			switch {
			case strings.HasPrefix(p, `["`):
				end := strings.Index(p, `"]`)
				key, _ := strconv.Unquote(p[1 : end+1])
				b.WriteString("/" + key)
				p = p[end+2:]
			case p[0] == '[':
				end := strings.IndexByte(p, ']')
				b.WriteString("/" + p[1:end])
				p = p[end+1:]
			case p[0] == '.':
				p = p[1:]
			default:
				end := strings.IndexAny(p, ".[")
				if end < 0 {
					end = len(p)
				}
				b.WriteString("/" + p[:end])
				p = p[end:]
			}
		}
		out = append(out, b.String())
	}
	return out
}

func jsAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

// jsVerdict judges data with Go and with the schema of typ: "reject" or
// "accept" when they agree, "go-only" when only Go rejects it,
// "schema-only" when only the schema does; detail holds both errors.
func jsVerdict(t *testing.T, typ string, data []byte) (verdict, detail string) {
	goErr := jsGoCheck(typ, data)
	doc, schemaErr := jsValidate(t, typ, data)
	detail = fmt.Sprintf("  Go: %v\n  schema: %v", goErr, schemaErr)
	if schemaErr != nil {
		detail = fmt.Sprintf("  Go: %v\n  schema: %v", goErr, jsFailures(doc, schemaErr))
	}
	switch {
	case goErr != nil && schemaErr != nil:
		return "reject", detail
	case goErr == nil && schemaErr == nil:
		return "accept", detail
	case goErr != nil:
		return "go-only", detail
	}
	return "schema-only", detail
}

// jsDefPattern compiles the pattern of a $defs entry of the graph schema.
func jsDefPattern(t testing.TB, def string) *regexp.Regexp {
	t.Helper()
	d, ok := jsSchemaDoc(t, "graph")["$defs"].(map[string]any)[def].(map[string]any)
	if !ok {
		t.Fatalf("no $defs/%s", def)
	}
	return regexp.MustCompile(d["pattern"].(string))
}

// jsIdentifierPatterns compiles the pattern of the identifier definition,
// the one alternation of every scheme's pattern.
func jsIdentifierPatterns(t testing.TB) []*regexp.Regexp {
	t.Helper()
	return []*regexp.Regexp{jsDefPattern(t, "diplo.Identifier")}
}

func jsMatchAny(res []*regexp.Regexp, s string) bool {
	return slices.ContainsFunc(res, func(re *regexp.Regexp) bool { return re.MatchString(s) })
}

// jsDates lists strings around the edges of the date syntax: every month
// and day number of several years, times, zones and qualifiers.
func jsDates() []string {
	var out []string
	years := []string{"0000", "0004", "0100", "1900", "2000", "2023", "2024", "9999", "-0000", "-0004", "-0044", "-0100", "-0400", "10000", "999", "+2023", "20a3"}
	for _, y := range years {
		out = append(out, y)
		for m := range 15 {
			ym := fmt.Sprintf("%s-%02d", y, m)
			out = append(out, ym, fmt.Sprintf("%s-%d", y, m))
			for d := range 34 {
				out = append(out, fmt.Sprintf("%s-%02d", ym, d))
			}
		}
	}
	times := []string{"T00:00", "T23:59", "T24:00", "T12:60", "T12:30:59", "T12:30:60", "T1:00", "T12", "t12:00", " 12:00"}
	zones := []string{"", "Z", "z", "+00:00", "-00:00", "-00:01", "+05:45", "+14:00", "+14:01", "-14:00", "+15:00", "+0300", "+3:00", "+03:60"}
	for _, day := range []string{"2024-02-29", "2023-02-28", "-0044-03-15"} {
		for _, tm := range times {
			for _, z := range zones {
				out = append(out, day+tm+z, day+z)
			}
		}
	}
	var all []string
	for _, s := range out {
		for _, q := range []string{"", "?", "~", "%", "?~", "!"} {
			all = append(all, s+q)
		}
	}
	return append(all, "", "?", "T", "2023-", "2023--01", "2023-01-", "-", "--2023")
}

// TestJSONSchemaPatterns checks the patterns of the schema against the
// parsers of the library, and the formats registered by the test against
// JSONSchemaFormat, on strings at the edges of each syntax.
func TestJSONSchemaPatterns(t *testing.T) {
	t.Run("date", func(t *testing.T) {
		re := jsDefPattern(t, "diplo.Date")
		edtf, ok := schema.JSONSchemaFormat("edtf")
		if !ok {
			t.Fatal("no edtf format")
		}
		dates := jsDates()
		valid := 0
		for _, s := range dates {
			_, err := diplo.ParseDate(s)
			want := err == nil
			if want {
				valid++
			}
			if re.MatchString(s) != want || (jsCheckEDTF(s) == nil) != want || (edtf(s) == nil) != want {
				t.Errorf("%q: ParseDate %v, pattern %v, test format %v, JSONSchemaFormat %v", s, err, re.MatchString(s), jsCheckEDTF(s), edtf(s))
			}
		}
		if valid < 1000 || valid == len(dates) {
			t.Errorf("%d of %d strings are dates", valid, len(dates))
		}
	})
	t.Run("identifier", func(t *testing.T) {
		res := jsIdentifierPatterns(t)
		def := jsSchemaDoc(t, "graph")["$defs"].(map[string]any)["diplo.Identifier"].(map[string]any)
		urlOnly := regexp.MustCompile(def["if"].(map[string]any)["pattern"].(string))
		require.Equal(t, map[string]any{"type": "string", "format": "iri"}, def["then"], "the format applies where the if pattern matches")
		strs := []string{
			"wikidata:Q1", "wikidata:Q7747", "wikidata:Q0", "wikidata:Q01", "wikidata:Q", "wikidata:q1", "wikidata:Q1a", "wikidata:Q-1",
			"wikidata:Q123456789012345678", "wikidata:Q1234567890123456789", "Wikidata:Q1", "wikidata: Q1",
			"geonames:524901", "geonames:0", "geonames:", "geonames:-1", "gdelt:1", "gdelt:01",
			"unts:I-1", "unts:II-1", "unts:III-1", "unts:I-0", "unts:I1", "unts:i-1", "unts:I-",
			"iso3166:ML", "iso3166:ml", "iso3166:MLI", "iso3166:XK", "iso3166:XX", "iso3166:EU", "iso3166:SU", "iso3166:", "iso3166:840",
			"https://example.org/", "http://example.org", "https://", "http://a b", "https://example.org/a b", "https://exa<mple.org",
			"ftp://example.org", "url:https://example.org", "HTTPS://example.org", "https:example.org", "https://example.org/é",
			"foo:bar", "Q1", "", ":", "wikidata:", "https://example.org/%zz", "https://example.org:80/", "https://[::1]/",
		}
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				strs = append(strs, "iso3166:"+string([]rune{a, b}))
			}
		}
		for _, s := range strs {
			id, err := diplo.ParseIdentifier(s)
			// The schema accepts the canonical form that diplo writes.
			canonical := err == nil && id.String() == s
			if got := jsMatchAny(res, s); got != canonical && !jsURLSyntaxOnly(s) {
				t.Errorf("%q: ParseIdentifier %q %v, the schema's patterns %v", s, id, err, got)
			}
			// The format iri applies to URL identifiers and to no other:
			// the forms of the other schemes start with a prefix of the
			// JSON-LD context, which JSONSchemaFormat refuses.
			if canonical && urlOnly.MatchString(s) != (id.Scheme == diplo.URL) {
				t.Errorf("%q: scheme %q, the format iri applies: %v", s, id.Scheme, urlOnly.MatchString(s))
			}
		}
	})
	t.Run("id", func(t *testing.T) {
		re := jsDefPattern(t, "diplo.ID")
		iri, ok := schema.JSONSchemaFormat("iri")
		if !ok {
			t.Fatal("no iri format")
		}
		strs := []string{
			"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21", "https://example.org/events/1", "mailto:a@b", "urn:x", "a:b", "A+b.c-d:e",
			"urn:", ":x", "1a:b", "a_b:c", "urn x", "urn:a b", "urn:a\tb", "urn:a\x7fb", "urn:a\u0085b", "urn:a\u00a0b", "urn:a\u2028b",
			"urn:a\u3000b", "urn:a\ufffdb", "urn:a<b", "urn:a>b", `urn:a"b`, "urn:a{b", "urn:a}b", "urn:a|b", `urn:a\b`, "urn:a^b", "urn:a`b",
			"urn:été", "urn:日本", "urn:a%20b", "", "urn",
		}
		for _, s := range strs {
			_, err := diplo.ParseID(s)
			want := err == nil
			if re.MatchString(s) != want || (jsCheckIRI(s) == nil) != want || (iri(s) == nil) != want {
				t.Errorf("%q: ParseID %v, pattern %v, test format %v, JSONSchemaFormat %v", s, err, re.MatchString(s), jsCheckIRI(s), iri(s))
			}
		}
	})
	t.Run("country", func(t *testing.T) {
		def := jsSchemaDoc(t, "graph")["$defs"].(map[string]any)["diplo.Country"].(map[string]any)
		enum := map[string]bool{}
		for _, c := range def["enum"].([]any) {
			enum[c.(string)] = true
		}
		n := 0
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				s := string([]rune{a, b})
				c, err := diplo.ParseCountry(s)
				if want := err == nil && string(c) == s; enum[s] != want {
					t.Errorf("%s: ParseCountry %q %v, in the enum %v", s, c, err, enum[s])
				}
				if enum[s] {
					n++
				}
			}
		}
		if n != len(enum) || n < 249 {
			t.Errorf("%d codes in the enum, %d of them two capitals", len(enum), n)
		}
		// The enum alone judges a code: with a pattern beside it, a
		// validator that reports every failing keyword (python-jsonschema)
		// gives two errors for "mli", the enum's and the pattern's.
		assert.ElementsMatch(t, []string{"type", "enum", "description"}, slices.Collect(maps.Keys(def)), "keywords of diplo.Country")
		// A wrong code, whatever its shape, is one enum error.
		for _, c := range []string{"XX", "mli", "ml", "MLI", "M", ""} {
			doc := fmt.Sprintf(`{"type":"Graph","persons":[{"id":"https://example.org/p/1","name":{"en":"A"},"nationality":[%q]}]}`, c)
			v, err := jsValidate(t, "graph", []byte(doc))
			require.Error(t, err, c)
			assert.Equal(t, []string{"/persons/0/nationality/0 enum"}, jsFailures(v, err), c)
		}
	})
	t.Run("language", func(t *testing.T) {
		d := jsSchemaDoc(t, "graph")["$defs"].(map[string]any)["diplo.LanguageTag"].(map[string]any)
		re := regexp.MustCompile(d["pattern"].(string))
		und := regexp.MustCompile(d["not"].(map[string]any)["pattern"].(string))
		// Every tag as x/text writes it matches, except und.
		for _, s := range []string{"en", "fr", "ru", "bm", "fr-CA", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1996", "en-t-fr", "fr-t-ru",
			"ja-Latn-hepburn", "x-private", "en-u-ca-gregory", "es-419", "yue-HK", "sgn-BE-FR", "i-klingon", "EN", "en_GB",
			"zh-min-nan", "hy-Latn-IT-arevela", "en-US-x-twain", "und", "und-Latn", "qaa", "art-lojban", "ar-u-nu-latn-t-en"} {
			tag, err := language.Parse(s)
			if err != nil {
				t.Errorf("%q: %v", s, err)
				continue
			}
			w := tag.String()
			if got := re.MatchString(w) && !und.MatchString(w); got != (tag != language.Und) {
				t.Errorf("%q written %q: the schema accepts it: %v", s, w, got)
			}
		}
		for _, s := range []string{"", "e", "e n", "en-", "-en", "en--US", "abcdefghi", "en-a", "en-x", "x", "en-US-x-", "1en", "en-t", "en_US"} {
			if re.MatchString(s) {
				t.Errorf("%q: the schema accepts it", s)
			}
		}
	})
}

// jsURLSyntaxOnly reports whether s is a URL identifier that the schema's
// pattern accepts but net/url refuses: a rule only Go checks (url-syntax).
func jsURLSyntaxOnly(s string) bool {
	return s == "https://example.org/%zz"
}

// FuzzJSONSchemaDate checks that the schema's date pattern accepts exactly
// what diplo.ParseDate accepts.
func FuzzJSONSchemaDate(f *testing.F) {
	for _, s := range []string{"2023", "2023-02-29", "2024-02-29", "-0044-03-15~", "2025-06-23T14:30+03:00", "2025-06-23T14:30:05Z%", "2023-13-01", "-0000", "2025-06-23T14:30-00:00"} {
		f.Add(s)
	}
	re := jsDefPattern(f, "diplo.Date")
	f.Fuzz(func(t *testing.T, s string) {
		_, err := diplo.ParseDate(s)
		if re.MatchString(s) != (err == nil) {
			t.Errorf("%q: ParseDate %v, the pattern matches: %v", s, err, re.MatchString(s))
		}
	})
}

// FuzzJSONSchemaIdentifier checks that the schema's identifier patterns
// accept exactly the identifiers that diplo parses and writes unchanged,
// net/url's own rules aside.
func FuzzJSONSchemaIdentifier(f *testing.F) {
	for _, s := range []string{"wikidata:Q7747", "iso3166:ML", "geonames:524901", "geonames:524901/", "geonames:524901//", "unts:II-1234", "gdelt:1", "https://example.org/x?y#z", "iso3166:ml", "url:https://x.org"} {
		f.Add(s)
	}
	res := jsIdentifierPatterns(f)
	f.Fuzz(func(t *testing.T, s string) {
		id, err := diplo.ParseIdentifier(s)
		// Canonical: the form diplo writes, or String's (a GeoNames id
		// without its slash, which diplo wrote before and still reads).
		text, _ := id.MarshalText()
		canonical := err == nil && (id.String() == s || string(text) == s)
		got := jsMatchAny(res, s)
		if got == canonical {
			return
		}
		if got && !canonical && strings.HasPrefix(s, "http") {
			// A URL the pattern admits and net/url refuses (url-syntax),
			// or that breaks the IRI rule beyond the pattern (a malformed
			// authority, a spoofing character).
			if _, err := url.Parse(s); err != nil || iri.Check(s) != nil {
				return
			}
		}
		t.Errorf("%q: ParseIdentifier %q %v, the patterns match: %v", s, id, err, got)
	})
}

// BenchmarkGenerateJSONSchemas measures a generation of every schema from
// the Go types and source, without the cache.
func BenchmarkGenerateJSONSchemas(b *testing.B) {
	root, err := jsgen.SourceRoot()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jsgen.GenerateAll(root); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONSchema measures reading a committed schema.
func BenchmarkJSONSchema(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := schema.JSONSchema("graph"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONSchemaValidate measures validating the rich graph against
// the graph schema.
func BenchmarkJSONSchemaValidate(b *testing.B) {
	data := jsMustJSON(jsRichGraph())
	s := jsSchemas(b)["graph"]
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Validate(doc); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleJSONSchema() {
	b, err := schema.JSONSchema("event")
	if err != nil {
		log.Fatal(err)
	}
	var s struct {
		ID       string   `json:"$id"`
		Required []string `json:"required"`
		Defs     map[string]struct {
			Enum        []string `json:"enum"`
			Description string   `json:"description"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.ID)
	fmt.Println("required:", s.Required)
	kinds := s.Defs["event.Kind"]
	fmt.Println(kinds.Enum[:3])
	// The description lists each value with its definition.
	for _, line := range strings.Split(kinds.Description, "\n") {
		if strings.HasPrefix(line, "- "+kinds.Enum[2]+":") {
			fmt.Println(line)
		}
	}
	// Output:
	// https://w3id.org/diplo/schema/event.schema.json
	// required: [id kind]
	// [summit state-visit official-visit]
	// - official-visit: A visit by a head of state or government at the invitation of the host, with less ceremony than a state visit.
}

func ExampleSchemaTypes() {
	for _, typ := range schema.SchemaTypes() {
		b, err := schema.JSONSchema(typ)
		if err != nil {
			log.Fatal(err)
		}
		var s struct {
			ID string `json:"$id"`
		}
		if err := json.Unmarshal(b, &s); err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%-12s %s\n", typ, strings.TrimPrefix(s.ID, schema.JSONSchemaBase))
	}
	// Output:
	// graph        diplo.schema.json
	// person       person.schema.json
	// state        state.schema.json
	// organization organization.schema.json
	// office       office.schema.json
	// tenure       tenure.schema.json
	// delegation   delegation.schema.json
	// mission      mission.schema.json
	// event        event.schema.json
	// statement    statement.schema.json
	// accord       accord.schema.json
	// resolution   resolution.schema.json
	// vote         vote.schema.json
	// source       source.schema.json
}

func ExampleJSONSchemaFormat() {
	edtf, _ := schema.JSONSchemaFormat("edtf")
	for _, s := range []string{"2023", "2024-02-29", "2025-06-23T14:30+03:00~", "2023-02-29"} {
		fmt.Printf("%s: %v\n", s, edtf(s))
	}
	// Output:
	// 2023: <nil>
	// 2024-02-29: <nil>
	// 2025-06-23T14:30+03:00~: <nil>
	// 2023-02-29: out of range: date "2023-02-29"
}
