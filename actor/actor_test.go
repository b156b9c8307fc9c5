package actor_test

import (
	"errors"
	"testing"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
)

// IDs of the nodes the test values link to.
const (
	putinID      diplo.ID = "https://example.org/person/putin"
	goitaID      diplo.ID = "https://example.org/person/goita"
	diopID       diplo.ID = "https://example.org/person/diop"
	russiaID     diplo.ID = "https://example.org/state/ru"
	maliID       diplo.ID = "https://example.org/state/ml"
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
		Name: diplo.NewText("ru", "Владимир Путин").
			WithTranslation(language.French, language.Russian, "Vladimir Poutine"),
		Identifiers: []diplo.Identifier{diplo.MustIdentifier(diplo.Wikidata, "Q7747")},
		Nationality: []diplo.Country{"RU"},
		Sources:     []diplo.ID{kremlinSrc},
		Claims: []diplo.Claim{{
			Property:    "name",
			Value:       diplo.NewText("fr", "Vladimir Vladimirovitch Poutine"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{aaSrc}},
		}},
	}
}

func validState() actor.State {
	return actor.State{
		ID:          diplo.IDFor(diplo.MustIdentifier(diplo.ISO3166, "ML")),
		Name:        diplo.NewText("fr", "Mali"),
		Country:     "ML",
		Identifiers: []diplo.Identifier{diplo.MustIdentifier(diplo.Wikidata, "Q912")},
		Sources:     []diplo.ID{kremlinSrc},
	}
}

func validOrganization() actor.Organization {
	return actor.Organization{
		ID:           "https://example.org/org/commission-ru-ml",
		Kind:         actor.Commission,
		Name:         diplo.NewText("fr", "Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique"),
		Abbreviation: "CIG",
		Country:      "ML",
		PartOf:       "https://example.org/org/ministry-ml",
		Members:      []diplo.ID{russiaID, maliID},
		CreatedBy:    accordID,
		Founded:      diplo.MustParseDate("2025-06-23"),
		Identifiers:  []diplo.Identifier{diplo.MustIdentifier(diplo.URL, "https://example.org/registry/cig-ru-ml")},
		Sources:      []diplo.ID{kremlinSrc},
		Claims: []diplo.Claim{{
			Property:    "meetingFrequency",
			Value:       diplo.NewText("fr", "tous les six mois"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{aaSrc}},
		}},
	}
}

func validOffice() actor.Office {
	return actor.Office{
		ID:          presidencyID,
		Name:        diplo.NewText("ru", "Президент Российской Федерации"),
		Role:        actor.HeadOfState,
		Of:          russiaID,
		Identifiers: []diplo.Identifier{diplo.MustIdentifier(diplo.Wikidata, "Q218295")},
		Sources:     []diplo.ID{kremlinSrc},
		Claims: []diplo.Claim{{
			Property:    "name",
			Value:       diplo.NewText("fr", "président de la Russie"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{aaSrc}},
		}},
	}
}

func validTenure() actor.Tenure {
	return actor.Tenure{
		ID:         "https://example.org/tenure/ndaw",
		Person:     "https://example.org/person/ndaw",
		Office:     transitionID,
		Start:      diplo.MustParseDate("2020-09-25"),
		End:        diplo.MustParseDate("2021-05-26"),
		Qualifiers: []actor.Qualifier{actor.Transitional},
		Sources:    []diplo.ID{aaSrc},
		Claims: []diplo.Claim{{
			Property:    "qualifiers",
			Value:       diplo.NewText("fr", "intérim"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{aaSrc}},
		}},
	}
}

func validDelegation() actor.Delegation {
	return actor.Delegation{
		ID:         "https://example.org/delegation/ml-2025-06",
		Name:       diplo.NewText("fr", "Délégation malienne"),
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.v.Validate(); err != nil {
				t.Fatalf("Validate() = %v", err)
			}
			checkAllSet(t, tc.v)
		})
	}
}

func TestPersonValidate(t *testing.T) {
	cases := idCases(func(p *actor.Person) *diplo.ID { return &p.ID })
	cases = append(cases, textCases("name", "ru", func(p *actor.Person) *diplo.Text { return &p.Name })...)
	cases = append(cases, identifierCases(func(p *actor.Person) *[]diplo.Identifier { return &p.Identifiers })...)
	cases = append(cases, idListCases("sources", func(p *actor.Person) *[]diplo.ID { return &p.Sources })...)
	cases = append(cases,
		ruleCase[actor.Person]{name: "nationality not a country", edit: func(p *actor.Person) { p.Nationality = []diplo.Country{"XX"} },
			path: "nationality[0]", want: diplo.ErrCountry},
		ruleCase[actor.Person]{name: "nationality in lower case", edit: func(p *actor.Person) { p.Nationality = []diplo.Country{"ru"} },
			path: "nationality[0]", want: diplo.ErrCountry},
	)
	runRules(t, validPerson, cases)
}

func TestStateValidate(t *testing.T) {
	cases := idCases(func(s *actor.State) *diplo.ID { return &s.ID })
	cases = append(cases, textCases("name", "fr", func(s *actor.State) *diplo.Text { return &s.Name })...)
	cases = append(cases, identifierCases(func(s *actor.State) *[]diplo.Identifier { return &s.Identifiers })...)
	cases = append(cases, idListCases("sources", func(s *actor.State) *[]diplo.ID { return &s.Sources })...)
	cases = append(cases,
		ruleCase[actor.State]{name: "country required", edit: func(s *actor.State) { s.Country = "" },
			path: "country", want: diplo.ErrRequired},
		ruleCase[actor.State]{name: "country not a country", edit: func(s *actor.State) { s.Country = "EU" },
			path: "country", want: diplo.ErrCountry},
		ruleCase[actor.State]{name: "country as alpha-3", edit: func(s *actor.State) { s.Country = "MLI" },
			path: "country", want: diplo.ErrCountry},
	)
	runRules(t, validState, cases)
}

func TestOrganizationValidate(t *testing.T) {
	type O = actor.Organization
	cases := idCases(func(o *O) *diplo.ID { return &o.ID })
	cases = append(cases, textCases("name", "fr", func(o *O) *diplo.Text { return &o.Name })...)
	cases = append(cases, identifierCases(func(o *O) *[]diplo.Identifier { return &o.Identifiers })...)
	cases = append(cases, idListCases("members", func(o *O) *[]diplo.ID { return &o.Members })...)
	cases = append(cases, idListCases("sources", func(o *O) *[]diplo.ID { return &o.Sources })...)
	cases = append(cases, []ruleCase[O]{
		{name: "kind required", edit: func(o *O) { o.Kind = "" }, path: "kind", want: diplo.ErrRequired},
		{name: "kind unknown", edit: func(o *O) { o.Kind = "club" }, path: "kind", want: diplo.ErrUnknown},
		{name: "abbreviation with control character", edit: func(o *O) { o.Abbreviation = "C\x00G" },
			path: "abbreviation", want: diplo.ErrSyntax},
		{name: "country not a country", edit: func(o *O) { o.Country = "QO" }, path: "country", want: diplo.ErrCountry},
		{name: "partOf not an IRI", edit: func(o *O) { o.PartOf = "ministry" }, path: "partOf", want: diplo.ErrSyntax},
		{name: "partOf itself", edit: func(o *O) { o.PartOf = o.ID }, path: "partOf", want: diplo.ErrCycle},
		{name: "createdBy not an IRI", edit: func(o *O) { o.CreatedBy = "accord 1" }, path: "createdBy", want: diplo.ErrSyntax},
		{name: "claim without property", edit: func(o *O) { o.Claims[0].Property = "" },
			path: "claims[0].property", want: diplo.ErrRequired},
		{name: "claim without value", edit: func(o *O) { o.Claims[0].Value = nil },
			path: "claims[0].value", want: diplo.ErrRequired},
		{name: "claim without attribution", edit: func(o *O) { o.Claims[0].Attribution = diplo.Attribution{} },
			path: "claims[0].sources", want: diplo.ErrRequired},
		{name: "claim source not an IRI", edit: func(o *O) { o.Claims[0].Sources[0] = "anadolu" },
			path: "claims[0].sources[0]", want: diplo.ErrSyntax},
	}...)
	runRules(t, validOrganization, cases)
}

func TestOfficeValidate(t *testing.T) {
	type O = actor.Office
	cases := idCases(func(o *O) *diplo.ID { return &o.ID })
	cases = append(cases, textCases("name", "ru", func(o *O) *diplo.Text { return &o.Name })...)
	cases = append(cases, identifierCases(func(o *O) *[]diplo.Identifier { return &o.Identifiers })...)
	cases = append(cases, idListCases("sources", func(o *O) *[]diplo.ID { return &o.Sources })...)
	cases = append(cases, []ruleCase[O]{
		{name: "role unknown", edit: func(o *O) { o.Role = "king" }, path: "role", want: diplo.ErrUnknown},
		{name: "of required", edit: func(o *O) { o.Of = "" }, path: "of", want: diplo.ErrRequired},
		{name: "of not an IRI", edit: func(o *O) { o.Of = "Russia" }, path: "of", want: diplo.ErrSyntax},
	}...)
	runRules(t, validOffice, cases)
}

func TestTenureValidate(t *testing.T) {
	type T = actor.Tenure
	cases := idCases(func(x *T) *diplo.ID { return &x.ID })
	cases = append(cases, idListCases("sources", func(x *T) *[]diplo.ID { return &x.Sources })...)
	cases = append(cases, []ruleCase[T]{
		{name: "person required", edit: func(x *T) { x.Person = "" }, path: "person", want: diplo.ErrRequired},
		{name: "person not an IRI", edit: func(x *T) { x.Person = "Bah N'Daw" }, path: "person", want: diplo.ErrSyntax},
		{name: "office required", edit: func(x *T) { x.Office = "" }, path: "office", want: diplo.ErrRequired},
		{name: "office not an IRI", edit: func(x *T) { x.Office = "president" }, path: "office", want: diplo.ErrSyntax},
		{name: "ends before it starts", edit: func(x *T) { x.End = diplo.MustParseDate("2020-09-24") },
			path: "endDate", want: diplo.ErrOrder},
		{name: "ends a year before it starts", edit: func(x *T) { x.End = diplo.MustParseDate("2019") },
			path: "endDate", want: diplo.ErrOrder},
		{name: "qualifier unknown", edit: func(x *T) { x.Qualifiers[0] = "provisional" },
			path: "qualifiers[0]", want: diplo.ErrUnknown},
		{name: "qualifier empty", edit: func(x *T) { x.Qualifiers[0] = "" },
			path: "qualifiers[0]", want: diplo.ErrRequired},
		{name: "qualifier listed twice", edit: func(x *T) { x.Qualifiers = append(x.Qualifiers, actor.Interim, actor.Transitional) },
			path: "qualifiers[2]", want: diplo.ErrDuplicate},
	}...)
	runRules(t, validTenure, cases)
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
				checkRule(t, err, "endDate", diplo.ErrOrder, 1)
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
	cases := idCases(func(d *D) *diplo.ID { return &d.ID })
	cases = append(cases, idListCases("members", func(d *D) *[]diplo.ID { return &d.Members })...)
	cases = append(cases, idListCases("sources", func(d *D) *[]diplo.ID { return &d.Sources })...)
	cases = append(cases, []ruleCase[D]{
		{name: "name undetermined language", edit: func(d *D) { d.Name = diplo.Text{language.Und: "x"} },
			path: "name.und", want: diplo.ErrLanguage},
		{name: "represents required", edit: func(d *D) { d.Represents = "" }, path: "represents", want: diplo.ErrRequired},
		{name: "represents not an IRI", edit: func(d *D) { d.Represents = "Mali" }, path: "represents", want: diplo.ErrSyntax},
		{name: "head not an IRI", edit: func(d *D) { d.Head = "Goïta" }, path: "head", want: diplo.ErrSyntax},
		{name: "head repeated among members", edit: func(d *D) { d.Members = append(d.Members, d.Head) },
			path: "members[1]", want: diplo.ErrDuplicate},
	}...)
	runRules(t, validDelegation, cases)

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
	p := actor.Person{ID: putinID, Name: diplo.NewText("ru", "Владимир Путин")}
	s := actor.State{ID: maliID, Name: diplo.NewText("fr", "Mali"), Country: "ML"}
	o := actor.Organization{ID: "urn:x:o", Kind: actor.NGO, Name: diplo.NewText("en", "Red Cross")}
	of := actor.Office{ID: presidencyID, Name: diplo.NewText("en", "President"), Of: russiaID}
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
	fes := fieldErrors(t, o.Validate())
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
			if want := diplo.IDFor(diplo.Identifier{Scheme: diplo.ISO3166, Value: string(tc.country)}); s.ID != want {
				t.Errorf("ID = %s, want %s", s.ID, want)
			}
			if err := s.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
		})
	}
}
