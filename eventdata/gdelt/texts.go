package gdelt

// texts sets p.text for the text columns of p's row: strings cut from one
// copy of the row's bytes from its first text column on (the columns
// before it are numbers), so that a row costs one allocation whatever
// its number of texts, and the strings stay valid when the line's buffer
// is read over.
func texts(p *rowParser) {
	lo := p.span[ColActor1Code].lo
	all := string(p.b[lo:])
	for _, c := range textColumns {
		if s := p.span[c]; s.hi > s.lo {
			p.text[c] = all[s.lo-lo : s.hi-lo]
		}
	}
}

// textColumns are the columns whose values are texts, in column order.
var textColumns = func() []Column {
	var cols []Column
	for c := ColActor1Code; c < ColActor1Code+2*actorCols; c++ {
		cols = append(cols, c)
	}
	cols = append(cols, ColEventCode, ColEventBaseCode, ColEventRootCode)
	for _, g := range [...]Column{ColActor1GeoType, ColActor2GeoType, ColActionGeoType} {
		cols = append(cols, g+1, g+2, g+3, g+4, g+7) // FullName, CountryCode, ADM1Code, ADM2Code, FeatureID
	}
	return append(cols, ColSourceURL)
}()
