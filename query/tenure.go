package query

import (
	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
)

// Holding is an answer to who held an office, or what offices a person
// held, on a date: one tenure, and whether it held throughout the date.
type Holding struct {
	// Person who held the office.
	Person diplo.ID `json:"person"`
	// Office held.
	Office diplo.ID `json:"office"`
	// Tenure is the ID of the tenure the answer rests on.
	Tenure diplo.ID `json:"tenure"`
	// Start and End are the tenure's dates (End inclusive; zero when the
	// record does not give it).
	Start diplo.Date `json:"startDate,omitzero"`
	End   diplo.Date `json:"endDate,omitzero"`
	// Qualifiers of the tenure: acting, interim, elect...
	Qualifiers []actor.Qualifier `json:"qualifiers,omitempty"`
	// Truth is Yes when the tenure certainly covers the whole date, Maybe
	// when the record leaves it open.
	Truth Truth `json:"truth"`
}

// Holders returns the tenures of office that held, or may have held, on
// the date on, in the order of their start: each with Truth Yes when the
// tenure certainly covers the whole of on, and Maybe when its dates leave
// it open. Tenures that certainly did not hold on that date are left out.
//
// A tenure holds from the start of its Start date to the end of its End
// date, both included, as Wikidata's start time (P580) and end time
// (P582). A Start or End known to the month or year may fall on any of its
// days; one marked uncertain or approximate may lie a unit of its
// precision earlier or later (see the package documentation); a missing
// Start bounds nothing; a tenure with no End may last or may have ended (actor.Tenure.End). A
// tenure whose qualifiers say the person is not yet in office (designate,
// elect) is answered like any other: its Qualifiers say so.
func (ix *Index) Holders(office diplo.ID, on diplo.Date) []Holding {
	return ix.holdings(ix.byOffice[office], on)
}

// OfficesHeld returns the tenures of person that held, or may have held,
// on the date on, by the rules of Holders.
func (ix *Index) OfficesHeld(person diplo.ID, on diplo.Date) []Holding {
	return ix.holdings(ix.byPerson[person], on)
}

func (ix *Index) holdings(list []int32, on diplo.Date) []Holding {
	w := windowOf(on)
	var out []Holding
	for _, i := range list {
		s := ix.tenures[i]
		truth := lasting(s.start, s.end, w)
		if truth == No {
			continue
		}
		t := &ix.g.Tenures[i]
		out = append(out, Holding{
			Person: t.Person, Office: t.Office, Tenure: t.ID,
			Start: t.Start, End: t.End, Qualifiers: t.Qualifiers, Truth: truth,
		})
	}
	return out
}
