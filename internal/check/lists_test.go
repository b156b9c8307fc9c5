package check_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// unlabelled is the domain of a topic without a label, as the model
// packages give it to check.Topics.
func unlabelled(t diplo.Topic) diplo.Domain {
	if len(t.Label) != 0 {
		return ""
	}
	return t.Domain
}

func TestValidateIDsOrder(t *testing.T) {
	ids := make([]diplo.ID, 12)
	for i := range ids {
		ids[i] = diplo.ID("urn:x:" + strings.Repeat("a", i+1))
	}
	ids[2], ids[10] = "bad", ids[0]
	var c check.Collector
	check.IDs(&c, "sources", ids)
	checkFieldErrors(t, c.Err(), []string{"sources[2]", "sources[10]"}, []error{diplo.ErrSyntax, diplo.ErrDuplicate})
}

func TestValidateIdentifiers(t *testing.T) {
	q := diplo.MustParseIdentifier("wikidata:Q912")
	ml := diplo.MustParseIdentifier("iso3166:ML")
	tests := []struct {
		name  string
		ids   []diplo.Identifier
		paths []string
		errs  []error
	}{
		{"none", nil, nil, nil},
		{"distinct", []diplo.Identifier{q, ml}, nil, nil},
		{"same value, other scheme", []diplo.Identifier{ml, {Scheme: diplo.GeoNames, Value: "2453866"}}, nil, nil},
		{"listed twice", []diplo.Identifier{q, ml, q}, []string{"identifiers[2]"}, []error{diplo.ErrDuplicate}},
		{"invalid", []diplo.Identifier{q, {Scheme: diplo.Wikidata, Value: "Q0"}}, []string{"identifiers[1]"}, []error{diplo.ErrSyntax}},
		{"indices sort as numbers", append(append([]diplo.Identifier{{Scheme: "x", Value: "1"}}, slices.Repeat([]diplo.Identifier{ml}, 10)...), q),
			[]string{"identifiers[0]", "identifiers[2]", "identifiers[3]", "identifiers[4]", "identifiers[5]", "identifiers[6]",
				"identifiers[7]", "identifiers[8]", "identifiers[9]", "identifiers[10]"},
			[]error{diplo.ErrUnknown, diplo.ErrDuplicate, diplo.ErrDuplicate, diplo.ErrDuplicate, diplo.ErrDuplicate,
				diplo.ErrDuplicate, diplo.ErrDuplicate, diplo.ErrDuplicate, diplo.ErrDuplicate, diplo.ErrDuplicate}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c check.Collector
			check.Identifiers(&c, "identifiers", tc.ids)
			checkFieldErrors(t, c.Err(), tc.paths, tc.errs)
		})
	}
	var c check.Collector
	check.Identifiers(&c, "identifiers", []diplo.Identifier{q, q})
	if err := c.Err(); err == nil || err.Error() != `identifiers[1]: duplicate: identifier "wikidata:Q912"` {
		t.Errorf("message = %v", err)
	}
}

func TestValidateTopics(t *testing.T) {
	geo := diplo.Topic{Domain: diplo.Geology}
	tests := []struct {
		name   string
		topics []diplo.Topic
		paths  []string
		errs   []error
	}{
		{"none", nil, nil, nil},
		{"distinct", []diplo.Topic{geo, {Domain: diplo.Energy}}, nil, nil},
		{"domain twice", []diplo.Topic{geo, {Domain: diplo.Energy}, geo}, []string{"topics[2].domain"}, []error{diplo.ErrDuplicate}},
		// A domain may recur with labels that say what, in the source's words.
		{"same domain, labelled", []diplo.Topic{
			{Domain: diplo.Geology, Label: diplo.MustNewText("fr", "cartographie géologique")},
			{Domain: diplo.Geology, Label: diplo.MustNewText("fr", "exploration minière")},
		}, nil, nil},
		{"labels only", []diplo.Topic{{Label: diplo.MustNewText("fr", "a")}, {Label: diplo.MustNewText("fr", "a")}}, nil, nil},
		{"invalid topics", []diplo.Topic{{}, {Domain: "foo"}}, []string{"topics[0].domain", "topics[1].domain"},
			[]error{diplo.ErrRequired, diplo.ErrUnknown}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c check.Collector
			check.Topics(&c, "topics", tc.topics, unlabelled)
			checkFieldErrors(t, c.Err(), tc.paths, tc.errs)
		})
	}
}

func TestRequireText(t *testing.T) {
	if err := check.Text(diplo.Text(nil)); !errors.Is(err, diplo.ErrRequired) {
		t.Errorf("RequireText(nil) = %v", err)
	}
	if err := check.Text(diplo.Text{}); !errors.Is(err, diplo.ErrRequired) {
		t.Errorf("RequireText({}) = %v", err)
	}
	if err := check.Text(diplo.Text{language.French: ""}); !errors.Is(err, diplo.ErrRequired) {
		t.Errorf("RequireText({fr: \"\"}) = %v", err)
	}
	if err := check.Text(diplo.Text{language.French: "Accord sur les principes fondamentaux"}); err != nil {
		t.Errorf("RequireText(valid) = %v", err)
	}
}

func TestCheckString(t *testing.T) {
	tests := []struct {
		s    string
		want error
	}{
		{"", nil},
		{"Moscou, le 23 juin", nil},
		{"Москва\tКремль\r\n", nil},
		{"a\x07", diplo.ErrSyntax},
		{"a\x7f", diplo.ErrSyntax},
		{"\xc3", diplo.ErrSyntax},
	}
	for _, tc := range tests {
		if err := check.String(tc.s); !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
			t.Errorf("CheckString(%q) = %v, want %v", tc.s, err, tc.want)
		}
	}
}
