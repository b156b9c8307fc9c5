package diplo_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

func ExampleParseDate() {
	for _, s := range []string{"2023", "2025-06", "2025-06-23", "2025-06-23T14:30+03:00", "2025-06-22?", "-0044-03-15"} {
		d, err := diplo.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-24s %-7s %s\n", d, d.Precision(), d.Start().Format("2006-01-02T15:04Z07:00"))
	}
	// Output:
	// 2023                     year    2023-01-01T00:00Z
	// 2025-06                  month   2025-06-01T00:00Z
	// 2025-06-23               day     2025-06-23T00:00Z
	// 2025-06-23T14:30+03:00   minute  2025-06-23T11:30Z
	// 2025-06-22?              day     2025-06-22T00:00Z
	// -0044-03-15              day     -0044-03-15T00:00Z
}

func ExampleParseDate_errors() {
	for _, s := range []string{"2023-13-01", "2023-02-30", "20230101", "2023-1-01", "2023-07-27T25:00", ""} {
		_, err := diplo.ParseDate(s)
		switch {
		case errors.Is(err, diplo.ErrRange):
			fmt.Println("range: ", err)
		case errors.Is(err, diplo.ErrSyntax):
			fmt.Println("syntax:", err)
		case errors.Is(err, diplo.ErrRequired):
			fmt.Println("empty: ", err)
		}
	}
	// Output:
	// range:  out of range: date "2023-13-01"
	// range:  out of range: date "2023-02-30"
	// range:  out of range: date "20230101"
	// syntax: syntax error: date "2023-1-01"
	// range:  out of range: date "2023-07-27T25:00"
	// empty:  required: date ""
}

// A date is a span of time. "2023" contains "2023-07-27": neither comes
// before the other, they overlap. Compare still sorts them, the longer span
// first.
func ExampleDate_Compare() {
	year := diplo.MustParseDate("2023")
	day := diplo.MustParseDate("2023-07-27")
	fmt.Println("before:", year.Before(day), "after:", year.After(day), "overlaps:", year.Overlaps(day))
	fmt.Println("compare:", year.Compare(day))

	dates := []diplo.Date{
		diplo.MustParseDate("2023-01-02"),
		diplo.MustParseDate("2023-01-01"),
		diplo.MustParseDate("2023"),
		diplo.MustParseDate("2022-12-31T23:00-05:00"), // 04:00 UTC on 1 January 2023
	}
	slices.SortFunc(dates, diplo.Date.Compare)
	fmt.Println(dates)
	// Output:
	// before: false after: false overlaps: true
	// compare: -1
	// [2023 2023-01-01 2022-12-31T23:00-05:00 2023-01-02]
}

func ExampleParseInterval() {
	iv, err := diplo.ParseInterval("2025-06-22/2025-06-26")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(iv.Contains(diplo.MustParseDate("2025-06-23T14:30+03:00")))
	fmt.Println(iv.Excludes(diplo.MustParseDate("2025-07")))
	fmt.Println(iv.Contains(diplo.MustParseDate("2025-06"))) // overlaps, not inside

	_, err = diplo.ParseInterval("2024/2023")
	fmt.Println(err)
	// Output:
	// true
	// true
	// false
	// dates out of order: interval "2024/2023"
}

func ExampleIDFor() {
	putin := diplo.MustParseIdentifier("wikidata:Q7747")
	fmt.Println(diplo.IDFor(putin))
	// Every program derives the same ID from the same identifier.
	fmt.Println(diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q7747")) == diplo.IDFor(putin))
	// A country has one identifier, however its code was written.
	fmt.Println(diplo.IDFor(diplo.MustParseIdentifier("iso3166:MLI")) == diplo.MustParseCountry("ml").Identifier().ID())
	// Output:
	// urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a
	// true
	// true
}

func ExampleParseIdentifier() {
	for _, s := range []string{"wikidata:Q912", "iso3166:mli", "unts:I-54113", "geonames:2460596",
		"https://www.kremlin.ru/events/president/news/77200",
		"wikidata:Q-1", "iso3166:XX", "isni:0000000121032683"} {
		id, err := diplo.ParseIdentifier(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-8s %s\n", id.Scheme, id)
	}
	// Output:
	// wikidata wikidata:Q912
	// iso3166  iso3166:ML
	// unts     unts:I-54113
	// geonames geonames:2460596
	// url      https://www.kremlin.ru/events/president/news/77200
	// syntax error: wikidata identifier "Q-1"
	// unknown country code: iso3166 identifier "XX"
	// unknown value: identifier scheme "isni"
}

func ExampleParseCountry() {
	for _, s := range []string{"ML", "mli", "XK", "SU", "EU", "XX"} {
		c, err := diplo.ParseCountry(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(s, "->", c, c.ISO3())
	}
	// Output:
	// ML -> ML MLI
	// mli -> ML MLI
	// XK -> XK XKK
	// SU -> SU SUN
	// unknown country code: country "EU"
	// unknown country code: country "XX"
}

func ExampleNewText() {
	title, err := diplo.NewText("fr", "Accord sur les principes fondamentaux des relations")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(title)
	fmt.Println(title.Tags())

	// A bad tag is an error that quotes it.
	_, err = diplo.NewText("french", "Accord")
	fmt.Println(err)
	// Output:
	// Accord sur les principes fondamentaux des relations
	// [fr]
	// invalid language tag: language tag "french"
}

func ExampleText_WithTranslation() {
	title := diplo.MustNewText("fr", "Accord sur les principes fondamentaux des relations").
		MustWithTranslation("en", "fr", "Agreement on the fundamental principles of relations")
	fmt.Println(title.Tags())

	for _, tag := range title.Tags() {
		src, ok := diplo.TranslatedFrom(tag)
		fmt.Println(tag, "translated:", ok, src)
	}
	tag, _, _ := title.Original()
	fmt.Println("original:", tag)

	// Readers get the best match; with no match, the original.
	en, _ := title.Get("en")
	de, _ := title.Get("de")
	fmt.Println(en)
	fmt.Println(de)
	// Output:
	// [en-t-fr fr]
	// en-t-fr translated: true fr
	// fr translated: false und
	// original: fr
	// Agreement on the fundamental principles of relations
	// Accord sur les principes fondamentaux des relations
}

func ExampleText_Validate() {
	t := diplo.Text{language.French: "", language.Und: "Mali"}
	fmt.Println(t.Validate())
	// Output:
	// fr: required
	// und: invalid language tag: language tag "und"
}

func ExampleUnmarshal() {
	type meeting struct {
		Title diplo.Text   `json:"title"`
		Dates []diplo.Date `json:"dates"`
		Where diplo.Place  `json:"where"`
	}
	data := []byte(`{
		"title": {"fr": "Entretien au Kremlin"},
		"dates": ["2025-06-22", "2025-06-23", "2025-06-31"],
		"where": {"country": "RU"}
	}`)
	var m meeting
	err := diplo.Unmarshal(data, &m)

	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		fmt.Println("path:", fe.Path)
		fmt.Println("out of range:", errors.Is(fe, diplo.ErrRange))
	}
	fmt.Println(err)

	// Strict decoding also rejects members the type does not define.
	err = diplo.UnmarshalStrict([]byte(`{"title": {"fr": "Entretien"}, "venue": "Kremlin"}`), &m)
	fmt.Println(err, errors.Is(err, diplo.ErrUnknownField))
	// Output:
	// path: dates[2]
	// out of range: true
	// dates[2]: out of range: date "2025-06-31"
	// venue: unknown field true
}

// Marshal writes diplo's canonical JSON: what json.Marshal writes, but
// with '&', '<' and '>' left as they are, and without the allocations
// that encoding/json makes for each date, identifier and language tag.
func ExampleMarshal() {
	place := diplo.Place{
		Name:     diplo.MustNewText("fr", "Moscou").MustWith("en-t-fr", "Moscow & region"),
		Country:  "RU",
		GeoNames: diplo.MustParseIdentifier("geonames:524901"),
	}
	b, err := diplo.Marshal(place)
	if err != nil {
		fmt.Println(err)
		return
	}
	escaped, _ := json.Marshal(place)
	fmt.Println(string(b))
	fmt.Println(string(escaped))
	// Output:
	// {"type":"Place","name":{"en-t-fr":"Moscow & region","fr":"Moscou"},"country":"RU","geonames":"geonames:524901/"}
	// {"type":"Place","name":{"en-t-fr":"Moscow \u0026 region","fr":"Moscou"},"country":"RU","geonames":"geonames:524901/"}
}

// MarshalIndent writes the indented canonical form of the golden files:
// followed by a newline, it is what a json.Encoder writes after
// SetEscapeHTML(false) and SetIndent("", "  ").
func ExampleMarshalIndent() {
	src := diplo.Source{ID: "urn:x:s", URL: "https://example.org/?a=1&b=2", Title: diplo.MustNewText("en", "Q&A")}
	b, err := diplo.MarshalIndent(src, "", "  ")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b))
	// Output:
	// {
	//   "id": "urn:x:s",
	//   "type": "Source",
	//   "url": "https://example.org/?a=1&b=2",
	//   "title": {
	//     "en": "Q&A"
	//   }
	// }
}

// A Quantity states a number as a value: a count with the unit it counts,
// or a sum of money with its ISO 4217 currency, its amount an exact
// decimal string. On 14 March 2018 the United Kingdom expelled 23 Russian
// diplomats; on 5 May 2022 the International Donors' Conference for
// Ukraine in Warsaw raised pledges of 6.5 billion US dollars.
func ExampleQuantity() {
	expelled := diplo.Quantity{Type: diplo.QuantitativeValue, Amount: diplo.MustParseDecimal("23"),
		Unit: diplo.MustNewText("en", "Russian diplomats")}
	pledged := diplo.Quantity{Type: diplo.MonetaryAmount, Amount: diplo.MustParseDecimal("6500000000"),
		Currency: diplo.MustParseCurrency("usd")}
	for _, q := range []diplo.Quantity{expelled, pledged} {
		b, _ := diplo.Marshal(q)
		fmt.Println(string(b), q.Validate())
	}
	// A sum of money names its currency.
	pledged.Currency = ""
	fmt.Println(pledged.Validate())
	// Output:
	// {"type":"QuantitativeValue","amount":"23","unit":{"en":"Russian diplomats"}} <nil>
	// {"type":"MonetaryAmount","amount":"6500000000","currency":"USD"} <nil>
	// currency: required
}

// ParseSubdivision reads an ISO 3166-2 code; a place's administrative
// division must be one of the place's country. Kherson oblast of Ukraine
// is UA-65.
func ExampleParseSubdivision() {
	code, err := diplo.ParseSubdivision("ua-65")
	fmt.Println(code, code.Country(), err)
	kherson := diplo.Place{
		Name:    diplo.MustNewText("uk", "Херсон"),
		Country: "RU",
		Admin1:  diplo.AdminDivision{Name: diplo.MustNewText("uk", "Херсонська область"), Code: code},
	}
	fmt.Println(kherson.Validate())
	// Output:
	// UA-65 UA <nil>
	// admin1.code: inconsistent: ISO 3166-2 code of country RU "UA-65"
}

// A claim names who makes it or cites a source; the error of a broken
// rule of attribution names the rule.
func ExampleAttributionError() {
	cl := diplo.Claim{
		Property:    "quantities",
		Quantity:    diplo.Quantity{Type: diplo.QuantitativeValue, Amount: "23", Unit: diplo.MustNewText("en", "diplomats")},
		Attribution: diplo.Attribution{Note: diplo.MustNewText("en", "according to the press")},
	}
	err := cl.Validate()
	fmt.Println(err)
	var ae *diplo.AttributionError
	fmt.Println(errors.As(err, &ae), ae.Rule, errors.Is(err, diplo.ErrRequired))
	// Output:
	// sources: attribution rule "claim-attributed": required: a claim names the actor who makes it (by) or cites a source (sources); a note alone does neither
	// true claim-attributed true
}
