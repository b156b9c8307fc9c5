package gdelt_test

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"time"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// A GDELT 2.0 row: THE EU (IGOEUREEC) consults (040) in Minsk.
const row = "881990833\t20181024\t201810\t2018\t2018.8055\t\t\t\t\t\t\t\t\t\t\tIGOEUREEC\tTHE EU\tEUR\tEEC\t\t\t\tIGO\t\t\t0\t040\t040\t04\t1\t1.0\t10\t1\t10\t0.63492063492064\t0\t\t\t\t\t\t\t\t4\tMinsk, Belarus (general), Belarus\tBO\tBO00\t5840\t53.9\t27.5667\t-1946324\t4\tMinsk, Belarus (general), Belarus\tBO\tBO00\t5840\t53.9\t27.5667\t-1946324\t20191024143000\thttps://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/\n"

func ExampleReader() {
	r := gdelt.NewReader(strings.NewReader(row), gdelt.ReaderOptions{})
	for {
		e, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(e.Version, e.GlobalEventID, e.Day.Format(time.DateOnly), e.EventCode, e.GoldsteinScale)
		fmt.Println(e.Actor2.Name, e.Actor2.Type1Code, e.ActionGeo.FullName, e.ActionGeo.Lat, e.ActionGeo.Long)
	}
	// Output:
	// 2.0 881990833 2018-10-24 040 1
	// THE EU IGO Minsk, Belarus (general), Belarus 53.9 27.5667
}

// Reading stops at the first bad row by default; the error names the line
// and the column.
func ExampleParseError() {
	bad := strings.Replace(row, "\t10\t1\t10\t", "\t1O\t1\t10\t", 1) // a letter O in NumMentions
	r := gdelt.NewReader(strings.NewReader(row+bad), gdelt.ReaderOptions{})
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			var pe *gdelt.ParseError
			if errors.As(err, &pe) {
				fmt.Println(pe.Line, pe.Column, errors.Is(err, gdelt.ErrSyntax))
			}
			break
		}
	}
	// Output:
	// gdelt: line 2, column NumMentions: syntax error: not an integer (value "1O")
	// 2 NumMentions true
}

// With the option SkipBadRows the Reader skips bad rows and counts them.
func ExampleReaderOptions_skipBadRows() {
	input := row + "not a row\n" + row
	r := gdelt.NewReader(strings.NewReader(input), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 10})
	n := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		n++
	}
	fmt.Println(n, "rows read,", r.Skipped(), "skipped")
	fmt.Println(r.Errors()[0])
	// Output:
	// 2 rows read, 1 skipped
	// gdelt: line 2: wrong number of columns: 1, want 61 as on line 1 (GDELT 2.0) (value "not a row")
}

func ExampleWriter() {
	e, err := gdelt.NewReader(strings.NewReader(row), gdelt.ReaderOptions{}).Read()
	if err != nil {
		log.Fatal(err)
	}
	w := gdelt.NewWriter(os.Stdout)
	if err := w.Write(e); err != nil {
		log.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// 881990833	20181024	201810	2018	2018.8055											IGOEUREEC	THE EU	EUR	EEC				IGO			0	040	040	04	1	1.0	10	1	10	0.63492063492064	0								4	Minsk, Belarus (general), Belarus	BO	BO00	5840	53.9	27.5667	-1946324	4	Minsk, Belarus (general), Belarus	BO	BO00	5840	53.9	27.5667	-1946324	20191024143000	https://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/
}

func ExampleEvent_Record() {
	e, err := gdelt.NewReader(strings.NewReader(row), gdelt.ReaderOptions{}).Read()
	if err != nil {
		log.Fatal(err)
	}
	r := e.Record()
	fmt.Println(r.Dataset, r.ID, r.Date.Format(time.DateOnly))
	fmt.Printf("source %q, target %q %v\n", r.Source.Name, r.Target.Name, r.Target.Types)
	fmt.Println(r.CAMEO, r.QuadClass, r.Location.CountryCode, r.Location.Country == "")
	// Output:
	// gdelt2 881990833 2018-10-24
	// source "", target "THE EU" [IGO]
	// 040 1 BO true
}

func ExampleFromRecord() {
	rec := eventdata.Record{
		Date:      time.Date(2025, 11, 24, 0, 0, 0, 0, time.UTC),
		Source:    eventdata.Actor{Name: "RUSSIA", Code: "RUS", CountryCode: "RUS"},
		Target:    eventdata.Actor{Name: "MALI", Code: "MLI", CountryCode: "MLI"},
		CAMEO:     "036",
		QuadClass: 1,
		Goldstein: 4,
	}
	e := gdelt.FromRecord(rec)
	fmt.Println(e.EventBaseCode, e.EventRootCode, e.FractionDate)
	fmt.Println(e.Empty.Has(gdelt.ColNumMentions), e.Empty.Has(gdelt.ColQuadClass))
	// Output:
	// 036 03 2025.8877
	// true false
}

// A reader of a large file that wants the records of some event codes
// only gives ReadRecordIf what it takes: the rows of the others are
// checked but not converted, and their records hold only the code. Here
// it takes the consultations (root 04) of three rows, the second of
// which has a bad NumMentions.
func ExampleReader_ReadRecordIf() {
	refuse := strings.Replace(row, "\t040\t040\t04\t", "\t190\t190\t19\t", 1)
	bad := strings.Replace(refuse, "\t10\t1\t10\t", "\t1O\t1\t10\t", 1) // a letter O in NumMentions
	input := row + bad + refuse
	r := gdelt.NewReader(strings.NewReader(input), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 1})
	consults := func(code string) bool { return strings.HasPrefix(code, "04") }
	var rec eventdata.Record
	for {
		took, err := r.ReadRecordIf(&rec, consults)
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%v %s %q %q\n", took, rec.CAMEO, rec.ID, rec.Target.Name)
	}
	fmt.Println(r.Skipped(), "skipped:", r.Errors()[0])
	// Output:
	// true 040 "881990833" "THE EU"
	// false 190 "" ""
	// 1 skipped: gdelt: line 2, column NumMentions: syntax error: not an integer (value "1O")
}
