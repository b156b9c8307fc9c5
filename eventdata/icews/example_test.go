package icews_test

import (
	"errors"
	"fmt"
	"io"
	"log"
	"strings"

	"github.com/diplo-go/diplo/eventdata/icews"
)

const input = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n" +
	"32889836\t2018-06-01\tForeign Affairs (Bangladesh)\tExecutive,Foreign Ministry,Government\tBangladesh\tConsult\t040\t1\tHigh Ranking Military Personnel (Vietnam)\tMilitary,Government\tVietnam\t47400351\t2\tVietnam News Agency Bulletin\tHanoi\tNA\tThanh Pho Ha Noi\tVietnam\t21.0245\t105.841\n"

func ExampleReader() {
	r := icews.NewReader(strings.NewReader(input), icews.ReaderOptions{})
	for {
		e, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(e.EventID, e.Date.Format("2006-01-02"), e.CAMEOCode, e.EventText, e.Intensity)
		fmt.Printf("%s %q\n", e.Source.Name, e.Source.Sectors)
		fmt.Printf("district %q, coordinates %v\n", e.District, e.HasCoords)
	}
	// Output:
	// 32889836 2018-06-01 040 Consult 1
	// Foreign Affairs (Bangladesh) ["Executive" "Foreign Ministry" "Government"]
	// district "", coordinates true
}

func ExampleEvent_Record() {
	e, err := icews.NewReader(strings.NewReader(input), icews.ReaderOptions{}).Read()
	if err != nil {
		log.Fatal(err)
	}
	r := e.Record()
	fmt.Println(r.Dataset, r.ID, r.CAMEO, r.RootCode, *r.Intensity)
	fmt.Println(r.Source.CountryCode, "->", r.Target.CountryCode)
	fmt.Println(r.Location.Name)
	// Output:
	// icews 32889836 040 04 1
	// Bangladesh -> Vietnam
	// Hanoi, Thanh Pho Ha Noi, Vietnam
}

// A file whose header is not ICEWS's is refused at once.
func ExampleParseError() {
	bad := strings.Replace(input, "CAMEO Code", "CAMEO", 1)
	_, err := icews.NewReader(strings.NewReader(bad), icews.ReaderOptions{}).Read()
	fmt.Println(err)
	fmt.Println(errors.Is(err, icews.ErrHeader))
	// Output:
	// icews: line 1, column CAMEO Code: unexpected header: column 7 is not "CAMEO Code" (value "CAMEO")
	// true
}
