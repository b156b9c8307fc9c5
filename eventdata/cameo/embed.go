package cameo

import _ "embed"

// The code tables, copied byte for byte from their sources; see
// data/PROVENANCE.md.
var (
	//go:embed data/CAMEO.eventcodes.txt
	eventCodesTxt []byte
	//go:embed data/CAMEO.goldsteinscale.txt
	goldsteinTxt []byte
	//go:embed data/CAMEO.type.txt
	actorTypesTxt []byte
	//go:embed data/icews-cameo-codes.csv
	icewsCodesCSV []byte
	//go:embed data/fips10-4.tsv
	fipsTSV []byte
)
