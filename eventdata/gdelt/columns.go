package gdelt

import (
	"slices"

	"github.com/diplo-go/diplo/eventdata"
)

// Column is the position of a column in a GDELT 2.0 event row, counting
// from 0. GDELT 1.0 rows are read into the same positions (see Version).
type Column int

// The 61 columns of a GDELT 2.0 event row, in file order. String returns
// the name GDELT's codebook gives each one (Actor1Geo_Lat, SOURCEURL).
const (
	ColGlobalEventID Column = iota
	ColSQLDate
	ColMonthYear
	ColYear
	ColFractionDate
	ColActor1Code
	ColActor1Name
	ColActor1CountryCode
	ColActor1KnownGroupCode
	ColActor1EthnicCode
	ColActor1Religion1Code
	ColActor1Religion2Code
	ColActor1Type1Code
	ColActor1Type2Code
	ColActor1Type3Code
	ColActor2Code
	ColActor2Name
	ColActor2CountryCode
	ColActor2KnownGroupCode
	ColActor2EthnicCode
	ColActor2Religion1Code
	ColActor2Religion2Code
	ColActor2Type1Code
	ColActor2Type2Code
	ColActor2Type3Code
	ColIsRootEvent
	ColEventCode
	ColEventBaseCode
	ColEventRootCode
	ColQuadClass
	ColGoldsteinScale
	ColNumMentions
	ColNumSources
	ColNumArticles
	ColAvgTone
	ColActor1GeoType
	ColActor1GeoFullName
	ColActor1GeoCountryCode
	ColActor1GeoADM1Code
	ColActor1GeoADM2Code
	ColActor1GeoLat
	ColActor1GeoLong
	ColActor1GeoFeatureID
	ColActor2GeoType
	ColActor2GeoFullName
	ColActor2GeoCountryCode
	ColActor2GeoADM1Code
	ColActor2GeoADM2Code
	ColActor2GeoLat
	ColActor2GeoLong
	ColActor2GeoFeatureID
	ColActionGeoType
	ColActionGeoFullName
	ColActionGeoCountryCode
	ColActionGeoADM1Code
	ColActionGeoADM2Code
	ColActionGeoLat
	ColActionGeoLong
	ColActionGeoFeatureID
	ColDateAdded
	ColSourceURL
)

// NumColumns is the number of columns of a GDELT 2.0 event row.
const NumColumns = 61

// Sizes of the repeated blocks.
const (
	actorCols = 10 // columns in an actor block
	geoCols   = 8  // columns in a GDELT 2.0 geo block
)

var columnNames = [NumColumns]string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
	"Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
	"Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
	"Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
	"Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
	"Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
	"Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
	"Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat",
	"Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
	"ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
	"ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// String returns the column's name as GDELT's codebook gives it, or
// "Column(n)" for a number out of range.
func (c Column) String() string {
	if c < 0 || c >= NumColumns {
		return "Column(" + itoa(int(c)) + ")"
	}
	return columnNames[c]
}

func itoa(n int) string { return string(appendInt(nil, int64(n))) }

// ColumnSet is a set of columns, one bit per Column.
type ColumnSet uint64

// Has reports whether c is in the set.
func (s ColumnSet) Has(c Column) bool {
	return c >= 0 && c < NumColumns && s&(1<<uint(c)) != 0
}

// With returns the set with c added.
func (s ColumnSet) With(c Column) ColumnSet {
	if c < 0 || c >= NumColumns {
		return s
	}
	return s | 1<<uint(c)
}

// Version is the shape of a GDELT event row. The zero Version means
// unknown: a Reader then tells the version of each row from its number of
// columns.
type Version int

// The shapes of GDELT event rows.
const (
	// Version2 is a GDELT 2.0 event export row: 61 columns, DATEADDED as
	// YYYYMMDDHHMMSS.
	Version2 Version = iota + 1
	// Version1 is a GDELT 1.0 daily file row: 58 columns ending in
	// SOURCEURL, DATEADDED as YYYYMMDD, geo blocks without ADM2Code.
	Version1
	// Version1Backfile is a GDELT 1.0 historical backfile row: 57
	// columns, as Version1 without SOURCEURL.
	Version1Backfile
)

// Versions returns every known Version.
//
// It returns a new slice on each call: editing it changes nothing in the
// package, which reads its own copy.
func Versions() []Version { return slices.Clone(versions) }

// versions is the list Versions returns.
var versions = []Version{Version2, Version1, Version1Backfile}

// String returns "2.0", "1.0" or "1.0-backfile".
func (v Version) String() string {
	switch v {
	case Version2:
		return "2.0"
	case Version1:
		return "1.0"
	case Version1Backfile:
		return "1.0-backfile"
	}
	return "Version(" + itoa(int(v)) + ")"
}

// NumColumns returns the number of columns of a row of version v: 61, 58
// or 57, or 0 for an unknown version.
func (v Version) NumColumns() int {
	switch v {
	case Version2:
		return NumColumns
	case Version1:
		return 58
	case Version1Backfile:
		return 57
	}
	return 0
}

// Columns returns the columns of a row of version v in file order, or nil
// for an unknown version.
func (v Version) Columns() []Column {
	switch v {
	case Version2:
		cols := make([]Column, NumColumns)
		for i := range cols {
			cols[i] = Column(i)
		}
		return cols
	case Version1, Version1Backfile:
		return append([]Column(nil), v1Columns[:v.NumColumns()]...)
	}
	return nil
}

// Dataset returns the eventdata dataset of rows of version v: GDELT2 for
// Version2 and the zero Version, GDELT1 otherwise.
func (v Version) Dataset() eventdata.Dataset {
	if v == Version1 || v == Version1Backfile {
		return eventdata.GDELT1
	}
	return eventdata.GDELT2
}

// versionOf returns the version of a row with n columns.
func versionOf(n int) Version {
	switch n {
	case NumColumns:
		return Version2
	case 58:
		return Version1
	case 57:
		return Version1Backfile
	}
	return 0
}

// v1Columns are the columns of a GDELT 1.0 row: those of 2.0 without the
// three ADM2Code columns.
var v1Columns = func() [58]Column {
	var cols [58]Column
	i := 0
	for c := Column(0); c < NumColumns; c++ {
		switch c {
		case ColActor1GeoADM2Code, ColActor2GeoADM2Code, ColActionGeoADM2Code:
			continue
		}
		cols[i] = c
		i++
	}
	return cols
}()
