package dyad

import (
	"maps"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/check"
)

// OptionCodings returns the coding of every vote option: a veto is CAMEO
// 129 (veto), PLOVER REJECT; no other option has a code, and neither has
// a resolution (PLOVER, with its mode yield and context diplomatic, from
// the CAMEO→PLOVER mapping). CAMEO codes what one actor does to another, and a vote is
// no such act: voting yes is not 057 (sign formal agreement) nor 03
// (express intent to cooperate), voting no is not 12 (reject), and a
// vote, taken at a meeting, is not 04 (consult): projecting it as a visit
// or a meeting would invent a dyad the story does not have. A veto is the
// one act the CAMEO manual codes (129, "veto"), from the vetoing member to
// the sponsors of the motion, whose proposal it defeats.
//
// It returns a new map on each call: editing it changes nothing in the
// library, which reads its own copy.
func OptionCodings() map[decision.Option]Coding { return maps.Clone(optionCodings) }

// optionCodings is the table OptionCodings returns.
var optionCodings = func() map[decision.Option]Coding {
	m := map[decision.Option]Coding{}
	for _, o := range decision.Options().Values() {
		m[o] = Coding{Note: "no code: CAMEO codes no vote, and a vote is not an act of one actor towards another"}
	}
	m[decision.Veto] = Coding{CAMEO: "129", PLOVEREvent: "REJECT", PLOVERMode: "yield", Note: "129 veto, from the vetoing member to each sponsor of the motion (to the body when the record names no sponsor); PLOVER REJECT, mode yield, context diplomatic"}
	return m
}()

// vote projects the vetoes of a vote: 129 from each vetoing member to each
// sponsor of the motion, or to the body when the motion names none. A vote
// without a veto has no code (see OptionCodings) and is not listed as
// skipped.
func (p *projector) vote(i int, v *decision.Vote) {
	if !v.Vetoed() {
		return
	}
	path := check.IndexPath("votes", i)
	meeting, _ := p.ix.Event(v.Event)
	d := v.Date
	if d.IsZero() {
		d = meeting.Start
	}
	day, ok := dayOf(d)
	if !ok {
		p.skip(path, "no date known to the day")
		return
	}
	base := eventdata.Record{Dataset: eventdata.Diplo, ID: string(v.ID), Date: day, Location: p.location(meeting.Place), SourceURL: p.sourceURL(v.Sources)}
	var targetIDs []diplo.ID
	if r, ok := p.ix.Lookup(v.Motion); ok && r.Type == graph.ResolutionNode {
		m := &p.g.Resolutions[r.Index]
		targetIDs = m.Sponsors
		if s := m.Label(); s != "" {
			base.Text = s
		}
	}
	if len(targetIDs) == 0 {
		targetIDs = []diplo.ID{v.Body}
	}
	var sources, targets []eventdata.Actor
	for _, pos := range v.Positions {
		if pos.Option != decision.Veto {
			continue
		}
		if a, ok := p.actor(pos.Voter, meeting); ok {
			sources = append(sources, a)
		}
	}
	for _, id := range targetIDs {
		if a, ok := p.actor(id, meeting); ok {
			targets = append(targets, a)
		}
	}
	n := len(p.out)
	p.pairs(base, optionCodings[decision.Veto].CAMEO, sources, targets, nil)
	if len(p.out) == n {
		p.skip(path, "no vetoing member and sponsor (or body) that resolve to two actors")
	}
}
