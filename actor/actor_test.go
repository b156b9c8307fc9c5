package actor_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// IDs of the nodes the test values link to.
const (
	putinID      diplo.ID = "https://example.org/person/putin"
	goitaID      diplo.ID = "https://example.org/person/goita"
	diopID       diplo.ID = "https://example.org/person/diop"
	russiaID     diplo.ID = "https://w3id.org/diplo/id/state/RU"
	maliID       diplo.ID = "https://w3id.org/diplo/id/state/ML"
	presidencyID diplo.ID = "https://example.org/office/president-ru"
	transitionID diplo.ID = "https://example.org/office/president-ml"
	accordID     diplo.ID = "https://example.org/accord/commission"
	kremlinSrc   diplo.ID = "https://example.org/source/kremlin"
	aaSrc        diplo.ID = "https://example.org/source/anadolu"
)

// Every valid value sets every field, so that each rule has something to
// break.

func validPerson() actor.Person {
	return actor.Person{
		ID: putinID,
		Name: diplo.MustNewText("ru", "Владимир Путин").
			WithTranslationTag(language.French, language.Russian, "Vladimir Poutine"),
		Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q7747")},
		Nationality: []diplo.Country{"RU"},
		Sources:     []diplo.ID{kremlinSrc},
		Claims: []diplo.Claim{{
			Property:    "name",
			Value:       diplo.MustNewText("fr", "Vladimir Vladimirovitch Poutine"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{aaSrc}},
		}},
	}
}

func validState() actor.State {
	return actor.State{
		ID:          actor.StateID("ML"),
		Name:        diplo.MustNewText("fr", "Mali"),
		Country:     "ML",
		Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q912")},
		Sources:     []diplo.ID{kremlinSrc},
	}
}

func validOrganization() actor.Organization {
	return actor.Organization{
		ID:           "https://example.org/org/commission-ru-ml",
		Kind:         actor.Commission,
		Name:         diplo.MustNewText("fr", "Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique"),
		Abbreviation: "CIG",
		Country:      "ML",
		PartOf:       "https://example.org/org/ministry-ml",
		Members:      []diplo.ID{russiaID, maliID},
		CreatedBy:    accordID,
		Founded:      diplo.MustParseDate("2025-06-23"),
		Identifiers:  []diplo.Identifier{diplo.MustNewIdentifier(diplo.URL, "https://example.org/registry/cig-ru-ml")},
		Sources:      []diplo.ID{kremlinSrc},
		Claims: []diplo.Claim{{
			Property:    "meetingFrequency",
			Value:       diplo.MustNewText("fr", "tous les six mois"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{aaSrc}},
		}},
	}
}

func validOffice() actor.Office {
	return actor.Office{
		ID:          presidencyID,
		Name:        diplo.MustNewText("ru", "Президент Российской Федерации"),
		Role:        actor.HeadOfState,
		Of:          russiaID,
		Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q218295")},
		Sources:     []diplo.ID{kremlinSrc},
		Claims: []diplo.Claim{{
			Property:    "name",
			Value:       diplo.MustNewText("fr", "président de la Russie"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{aaSrc}},
		}},
	}
}

func validTenure() actor.Tenure {
	return actor.Tenure{
		ID:           "https://example.org/tenure/ndaw",
		Person:       "https://example.org/person/ndaw",
		Office:       transitionID,
		Start:        diplo.MustParseDate("2020-09-25"),
		End:          diplo.MustParseDate("2021-05-26"),
		Qualifiers:   []actor.Qualifier{actor.Transitional},
		AccreditedTo: []diplo.ID{"https://w3id.org/diplo/id/state/NE"},
		Sources:      []diplo.ID{aaSrc},
		Claims: []diplo.Claim{{
			Property:    "qualifiers",
			Value:       diplo.MustNewText("fr", "intérim"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{aaSrc}},
		}},
	}
}

func validDelegation() actor.Delegation {
	return actor.Delegation{
		ID:         "https://example.org/delegation/ml-2025-06",
		Name:       diplo.MustNewText("fr", "Délégation malienne"),
		Represents: maliID,
		Head:       goitaID,
		Members:    []diplo.ID{diopID},
		Sources:    []diplo.ID{kremlinSrc},
	}
}

// TestValidValues makes sure the starting point of every table is valid.
func TestValidValues(t *testing.T) {
	tests := []struct {
		name string
		v    interface{ Validate() error }
	}{
		{"Person", validPerson()},
		{"State", validState()},
		{"Organization", validOrganization()},
		{"Office", validOffice()},
		{"Tenure", validTenure()},
		{"Delegation", validDelegation()},
		{"Mission", validMission()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.v.Validate(); err != nil {
				t.Fatalf("Validate() = %v", err)
			}
			modeltest.CheckAllSet(t, tc.v)
		})
	}
}

func TestPersonValidate(t *testing.T) {
	cases := modeltest.IDRules(func(p *actor.Person) *diplo.ID { return &p.ID })
	cases = append(cases, modeltest.TextRules("name", "ru", func(p *actor.Person) *diplo.Text { return &p.Name })...)
	cases = append(cases, modeltest.IdentifierRules(func(p *actor.Person) *[]diplo.Identifier { return &p.Identifiers })...)
	cases = append(cases, modeltest.IDListRules("sources", func(p *actor.Person) *[]diplo.ID { return &p.Sources })...)
	cases = append(cases,
		modeltest.Rule[actor.Person]{Name: "nationality not a country", Edit: func(p *actor.Person) { p.Nationality = []diplo.Country{"XX"} },
			Path: "nationality[0]", Want: diplo.ErrCountry},
		modeltest.Rule[actor.Person]{Name: "nationality in lower case", Edit: func(p *actor.Person) { p.Nationality = []diplo.Country{"ru"} },
			Path: "nationality[0]", Want: diplo.ErrCountry},
	)
	modeltest.RunRules(t, validPerson, cases)
}

func TestStateValidate(t *testing.T) {
	cases := modeltest.IDRules(func(s *actor.State) *diplo.ID { return &s.ID })
	cases = append(cases, modeltest.TextRules("name", "fr", func(s *actor.State) *diplo.Text { return &s.Name })...)
	cases = append(cases, modeltest.IdentifierRules(func(s *actor.State) *[]diplo.Identifier { return &s.Identifiers })...)
	cases = append(cases, modeltest.IDListRules("sources", func(s *actor.State) *[]diplo.ID { return &s.Sources })...)
	cases = append(cases,
		modeltest.Rule[actor.State]{Name: "country required", Edit: func(s *actor.State) { s.Country = "" },
			Path: "country", Want: diplo.ErrRequired},
		modeltest.Rule[actor.State]{Name: "country not a country", Edit: func(s *actor.State) { s.Country = "EU" },
			Path: "country", Want: diplo.ErrCountry},
		modeltest.Rule[actor.State]{Name: "country as alpha-3", Edit: func(s *actor.State) { s.Country = "MLI" },
			Path: "country", Want: diplo.ErrCountry},
		// A state's ID is the one StateID makes of its country, so that
		// every country reference names the state's node.
		modeltest.Rule[actor.State]{Name: "id a name-based UUID", Edit: func(s *actor.State) { s.ID = diplo.IDFor(s.Country.Identifier()) },
			Path: "id", Want: diplo.ErrInconsistent},
		modeltest.Rule[actor.State]{Name: "id of another state", Edit: func(s *actor.State) { s.Country = "RU" },
			Path: "id", Want: diplo.ErrInconsistent},
		modeltest.Rule[actor.State]{Name: "id with the code in lower case", Edit: func(s *actor.State) { s.ID = "https://w3id.org/diplo/id/state/ml" },
			Path: "id", Want: diplo.ErrInconsistent},
	)
	modeltest.RunRules(t, validState, cases)
}

// TestStateIDError checks that the error for a state whose ID is not its
// country's names the ID the state must have.
func TestStateIDError(t *testing.T) {
	s := validState()
	s.ID = "https://example.org/state/ml"
	err := s.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, diplo.ErrInconsistent)
	assert.Contains(t, err.Error(), "https://w3id.org/diplo/id/state/ML")
	assert.Contains(t, err.Error(), `"https://example.org/state/ml"`)
	fes := modeltest.FieldErrors(t, err)
	require.Len(t, fes, 1)
	assert.Equal(t, "id", fes[0].Path)
}

// TestStateID checks the IRI of every country code: the state namespace
// followed by the code, and an ID that diplo.ParseID accepts.
func TestStateID(t *testing.T) {
	assert.Equal(t, diplo.ID("https://w3id.org/diplo/id/state/RU"), actor.StateID("RU"))
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			c := diplo.Country(string([]rune{a, b}))
			if c.Validate() != nil {
				continue
			}
			n++
			id := actor.StateID(c)
			assert.Equal(t, actor.StateNamespace+string(c), string(id))
			_, err := diplo.ParseID(string(id))
			assert.NoError(t, err, "StateID(%s)", c)
		}
	}
	assert.Greater(t, n, 240, "country codes")
}

func TestOrganizationValidate(t *testing.T) {
	type O = actor.Organization
	cases := modeltest.IDRules(func(o *O) *diplo.ID { return &o.ID })
	cases = append(cases, modeltest.TextRules("name", "fr", func(o *O) *diplo.Text { return &o.Name })...)
	cases = append(cases, modeltest.IdentifierRules(func(o *O) *[]diplo.Identifier { return &o.Identifiers })...)
	cases = append(cases, modeltest.IDListRules("members", func(o *O) *[]diplo.ID { return &o.Members })...)
	cases = append(cases, modeltest.IDListRules("sources", func(o *O) *[]diplo.ID { return &o.Sources })...)
	cases = append(cases, []modeltest.Rule[O]{
		{Name: "kind required", Edit: func(o *O) { o.Kind = "" }, Path: "kind", Want: diplo.ErrRequired},
		{Name: "kind unknown", Edit: func(o *O) { o.Kind = "club" }, Path: "kind", Want: diplo.ErrUnknown},
		{Name: "abbreviation with control character", Edit: func(o *O) { o.Abbreviation = "C\x00G" },
			Path: "abbreviation", Want: diplo.ErrSyntax},
		{Name: "country not a country", Edit: func(o *O) { o.Country = "QO" }, Path: "country", Want: diplo.ErrCountry},
		{Name: "partOf not an IRI", Edit: func(o *O) { o.PartOf = "ministry" }, Path: "partOf", Want: diplo.ErrSyntax},
		{Name: "partOf itself", Edit: func(o *O) { o.PartOf = o.ID }, Path: "partOf", Want: diplo.ErrCycle},
		{Name: "createdBy not an IRI", Edit: func(o *O) { o.CreatedBy = "accord 1" }, Path: "createdBy", Want: diplo.ErrSyntax},
		{Name: "claim without property", Edit: func(o *O) { o.Claims[0].Property = "" },
			Path: "claims[0].property", Want: diplo.ErrRequired},
		{Name: "claim without value", Edit: func(o *O) { o.Claims[0].Value = nil },
			Path: "claims[0].value", Want: diplo.ErrRequired},
		{Name: "claim without attribution", Edit: func(o *O) { o.Claims[0].Attribution = diplo.Attribution{} },
			Path: "claims[0].sources", Want: diplo.ErrRequired},
		{Name: "claim source not an IRI", Edit: func(o *O) { o.Claims[0].Sources[0] = "anadolu" },
			Path: "claims[0].sources[0]", Want: diplo.ErrSyntax},
	}...)
	modeltest.RunRules(t, validOrganization, cases)
}

func TestOfficeValidate(t *testing.T) {
	type O = actor.Office
	cases := modeltest.IDRules(func(o *O) *diplo.ID { return &o.ID })
	cases = append(cases, modeltest.TextRules("name", "ru", func(o *O) *diplo.Text { return &o.Name })...)
	cases = append(cases, modeltest.IdentifierRules(func(o *O) *[]diplo.Identifier { return &o.Identifiers })...)
	cases = append(cases, modeltest.IDListRules("sources", func(o *O) *[]diplo.ID { return &o.Sources })...)
	cases = append(cases, []modeltest.Rule[O]{
		{Name: "role unknown", Edit: func(o *O) { o.Role = "king" }, Path: "role", Want: diplo.ErrUnknown},
		{Name: "of required", Edit: func(o *O) { o.Of = "" }, Path: "of", Want: diplo.ErrRequired},
		{Name: "of not an IRI", Edit: func(o *O) { o.Of = "Russia" }, Path: "of", Want: diplo.ErrSyntax},
	}...)
	modeltest.RunRules(t, validOffice, cases)
}

func TestTenureValidate(t *testing.T) {
	type T = actor.Tenure
	cases := modeltest.IDRules(func(x *T) *diplo.ID { return &x.ID })
	cases = append(cases, modeltest.IDListRules("sources", func(x *T) *[]diplo.ID { return &x.Sources })...)
	cases = append(cases, []modeltest.Rule[T]{
		{Name: "person required", Edit: func(x *T) { x.Person = "" }, Path: "person", Want: diplo.ErrRequired},
		{Name: "person not an IRI", Edit: func(x *T) { x.Person = "Bah N'Daw" }, Path: "person", Want: diplo.ErrSyntax},
		{Name: "office required", Edit: func(x *T) { x.Office = "" }, Path: "office", Want: diplo.ErrRequired},
		{Name: "office not an IRI", Edit: func(x *T) { x.Office = "president" }, Path: "office", Want: diplo.ErrSyntax},
		{Name: "ends before it starts", Edit: func(x *T) { x.End = diplo.MustParseDate("2020-09-24") },
			Path: "endDate", Want: diplo.ErrOrder},
		{Name: "ends a year before it starts", Edit: func(x *T) { x.End = diplo.MustParseDate("2019") },
			Path: "endDate", Want: diplo.ErrOrder},
		{Name: "qualifier unknown", Edit: func(x *T) { x.Qualifiers[0] = "provisional" },
			Path: "qualifiers[0]", Want: diplo.ErrUnknown},
		{Name: "qualifier empty", Edit: func(x *T) { x.Qualifiers[0] = "" },
			Path: "qualifiers[0]", Want: diplo.ErrRequired},
		{Name: "qualifier listed twice", Edit: func(x *T) { x.Qualifiers = append(x.Qualifiers, actor.Interim, actor.Transitional) },
			Path: "qualifiers[2]", Want: diplo.ErrDuplicate},
	}...)
	modeltest.RunRules(t, validTenure, cases)
}

// TestTenureOrder shows which spans the order rule leaves alone.
func TestTenureOrder(t *testing.T) {
	tests := []struct {
		start, end string
		ok         bool
	}{
		{"2020-09-25", "2021-05-26", true},
		{"2020-09-25", "2020-09-25", true}, // a tenure of one day
		{"2020-09-25", "2020", true},       // the year contains the start
		{"2020-09-25", "", true},           // still in office
		{"", "2021-05-26", true},           // start unknown
		{"2020-09-25", "2020-09-24", false},
		{"2021", "2020-12-31", false},
	}
	for _, tc := range tests {
		t.Run(tc.start+"/"+tc.end, func(t *testing.T) {
			x := validTenure()
			x.Start, x.End = date(t, tc.start), date(t, tc.end)
			err := x.Validate()
			if tc.ok && err != nil {
				t.Fatalf("Validate() = %v, want nil", err)
			}
			if !tc.ok {
				modeltest.CheckRule(t, err, "endDate", diplo.ErrOrder, 1)
			}
			if got := x.Span(); got.Start != x.Start || got.End != x.End {
				t.Errorf("Span() = %v, want %v/%v", got, x.Start, x.End)
			}
		})
	}
}

func date(t *testing.T, s string) diplo.Date {
	t.Helper()
	if s == "" {
		return diplo.Date{}
	}
	d, err := diplo.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestTenureHasQualifier(t *testing.T) {
	x := validTenure()
	if !x.HasQualifier(actor.Transitional) {
		t.Error("HasQualifier(transitional) = false")
	}
	if x.HasQualifier(actor.Acting) {
		t.Error("HasQualifier(acting) = true")
	}
}

func TestDelegationValidate(t *testing.T) {
	type D = actor.Delegation
	cases := modeltest.IDRules(func(d *D) *diplo.ID { return &d.ID })
	cases = append(cases, modeltest.IDListRules("members", func(d *D) *[]diplo.ID { return &d.Members })...)
	cases = append(cases, modeltest.IDListRules("sources", func(d *D) *[]diplo.ID { return &d.Sources })...)
	cases = append(cases, []modeltest.Rule[D]{
		{Name: "name undetermined language", Edit: func(d *D) { d.Name = diplo.Text{language.Und: "x"} },
			Path: "name.und", Want: diplo.ErrLanguage},
		{Name: "represents required", Edit: func(d *D) { d.Represents = "" }, Path: "represents", Want: diplo.ErrRequired},
		{Name: "represents not an IRI", Edit: func(d *D) { d.Represents = "Mali" }, Path: "represents", Want: diplo.ErrSyntax},
		{Name: "head not an IRI", Edit: func(d *D) { d.Head = "Goïta" }, Path: "head", Want: diplo.ErrSyntax},
		{Name: "head repeated among members", Edit: func(d *D) { d.Members = append(d.Members, d.Head) },
			Path: "members[1]", Want: diplo.ErrDuplicate},
	}...)
	modeltest.RunRules(t, validDelegation, cases)

	t.Run("name and head optional", func(t *testing.T) {
		d := validDelegation()
		d.Name, d.Head = nil, ""
		if err := d.Validate(); err != nil {
			t.Fatalf("Validate() = %v", err)
		}
	})
	t.Run("head repeated names the id", func(t *testing.T) {
		d := validDelegation()
		d.Members = append(d.Members, d.Head)
		err := d.Validate()
		var ve *diplo.ValueError
		if !errors.As(err, &ve) || ve.Value != string(goitaID) {
			t.Fatalf("Validate() = %v, want a *diplo.ValueError naming %s", err, goitaID)
		}
	})
}

// TestOptionalFields checks that each optional field may be left out.
func TestOptionalFields(t *testing.T) {
	p := actor.Person{ID: putinID, Name: diplo.MustNewText("ru", "Владимир Путин")}
	s := actor.State{ID: maliID, Name: diplo.MustNewText("fr", "Mali"), Country: "ML"}
	o := actor.Organization{ID: "urn:x:o", Kind: actor.NGO, Name: diplo.MustNewText("en", "Red Cross")}
	of := actor.Office{ID: presidencyID, Name: diplo.MustNewText("en", "President"), Of: russiaID}
	x := actor.Tenure{ID: "urn:x:t", Person: putinID, Office: presidencyID}
	d := actor.Delegation{ID: "urn:x:d", Represents: maliID}
	for _, v := range []interface{ Validate() error }{p, s, o, of, x, d} {
		if err := v.Validate(); err != nil {
			t.Errorf("%T: Validate() = %v", v, err)
		}
	}
}

// TestMultipleErrors checks that every broken rule is reported, sorted by
// path.
func TestMultipleErrors(t *testing.T) {
	o := validOrganization()
	o.Kind, o.Members[1], o.Sources[0] = "club", "bad id", ""
	o.ID = ""
	fes := modeltest.FieldErrors(t, o.Validate())
	var paths []string
	for _, fe := range fes {
		paths = append(paths, fe.Path)
	}
	want := []string{"id", "kind", "members[1]", "sources[0]"}
	if len(paths) != len(want) {
		t.Fatalf("paths = %q, want %q", paths, want)
	}
	for i := range want {
		if paths[i] != want[i] {
			t.Fatalf("paths = %q, want %q", paths, want)
		}
	}
}

func TestNewState(t *testing.T) {
	tests := []struct {
		code    string
		country diplo.Country
		err     error
	}{
		{"ML", "ML", nil},
		{"ml", "ML", nil},
		{"MLI", "ML", nil},
		{"rus", "RU", nil},
		{"XK", "XK", nil},
		{"", "", diplo.ErrRequired},
		{"EU", "", diplo.ErrCountry},
		{"ZZ", "", diplo.ErrCountry},
		{"Mali", "", diplo.ErrCountry},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			s, err := actor.NewState(tc.code, "fr", "nom")
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("NewState(%q) error = %v, want %v", tc.code, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("NewState(%q) = %v", tc.code, err)
			}
			if s.Country != tc.country {
				t.Errorf("Country = %q, want %q", s.Country, tc.country)
			}
			// Two records of the same state agree on its ID, whatever form
			// of the code they start from.
			if want := diplo.ID("https://w3id.org/diplo/id/state/" + string(tc.country)); s.ID != want {
				t.Errorf("ID = %s, want %s", s.ID, want)
			}
			if err := s.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
		})
	}
}
