package cameo_test

import (
	"errors"
	"fmt"

	"github.com/diplo-go/diplo/eventdata/cameo"
)

func ExampleLookupEvent() {
	_, ok := cameo.LookupEvent("0421")
	fmt.Println(ok)
	c, _ := cameo.LookupEvent("042")
	fmt.Println(c.Code, c.RootCode, c.Description, c.Goldstein, c.QuadClass)
	// Output:
	// false
	// 042 04 Make a visit 1.9 verbal cooperation
}

func ExampleParseEventCode() {
	c, err := cameo.ParseEventCode("1384")
	fmt.Println(c.BaseCode, c.Description, c.Goldstein, err)

	_, err = cameo.ParseEventCode("42") // leading zero lost
	fmt.Println(errors.Is(err, cameo.ErrUnknownCode), err)

	_, err = cameo.ParseEventCode("04a")
	fmt.Println(errors.Is(err, cameo.ErrInvalidCode), err)
	// Output:
	// 138 Threaten conventional attack -7 <nil>
	// true unknown CAMEO event code "42"
	// true invalid CAMEO event code "04a": byte 2 is not a digit
}

func ExampleQuadClassOf() {
	for _, code := range []string{"042", "094", "141", "190"} {
		fmt.Println(code, cameo.QuadClassOf(code), "/", cameo.PLOVERQuadClassOf(code))
	}
	// Output:
	// 042 verbal cooperation / verbal cooperation
	// 094 material cooperation / verbal conflict
	// 141 verbal conflict / material conflict
	// 190 material conflict / material conflict
}

func ExampleLookupNotes() {
	n, _ := cameo.LookupNotes("044")
	fmt.Println(n.Name)
	// Output:
	// Meet at a 'third' location
}

func ExampleCountry() {
	for _, code := range []string{"MLI", "KOS", "WAF", "YUG"} {
		c, _ := cameo.Country(code)
		fmt.Printf("%s %q %s region=%v historic=%v\n", c.Code, c.ISO, c.Name, c.Region, c.Historic)
	}
	// Output:
	// MLI "ML" Mali region=false historic=false
	// KOS "XK" Kosovo region=false historic=false
	// WAF "" West Africa region=true historic=false
	// YUG "" Yugoslavia region=false historic=true
}

func ExampleCountryISO() {
	iso, ok := cameo.CountryISO("RUS")
	fmt.Println(iso, ok)
	code, ok := cameo.CountryCAMEO("ML")
	fmt.Println(code, ok)
	// Output:
	// RU true
	// MLI true
}

func ExampleCountryByName() {
	for _, name := range []string{"Russian Federation", "Occupied Palestinian Territory", "Cote d'Ivoire", "NA"} {
		iso, ok := cameo.CountryByName(name)
		fmt.Printf("%s: %q %v\n", name, iso, ok)
	}
	// Output:
	// Russian Federation: "RU" true
	// Occupied Palestinian Territory: "PS" true
	// Cote d'Ivoire: "CI" true
	// NA: "" false
}

func ExampleFIPSToISO() {
	for _, fips := range []string{"UK", "GM", "RS", "GZ", "OS"} {
		iso, ok := cameo.FIPSToISO(fips)
		f, _ := cameo.LookupFIPS(fips)
		fmt.Printf("%s -> %q %v (%s, %s)\n", fips, iso, ok, f.Kind, f.Name)
	}
	// Output:
	// UK -> "GB" true (country, United Kingdom)
	// GM -> "DE" true (country, Germany)
	// RS -> "RU" true (country, Russia)
	// GZ -> "PS" true (part, Gaza Strip)
	// OS -> "" false (extension, Oceans (GDELT))
}
