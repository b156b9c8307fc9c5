package main

import (
	"io"
	"os"
	"time"
)

// progressEvery is the least time between two lines of progress.
const progressEvery = 250 * time.Millisecond

// progressCheck is how many calls of due pass between two readings of
// the clock: reading it for every row of an import would cost more than
// the rest of the progress.
const progressCheck = 256

// progress shows the counts of a long import or export on one line of a
// terminal, written over again at most every progressEvery, and clears it
// at the end. A nil *progress, which newProgress gives when standard
// error is not a terminal, does nothing and costs one comparison a call.
type progress struct {
	w     io.Writer
	now   func() time.Time
	next  time.Time
	calls int
	shown bool // a line is on the terminal
	line  []byte
}

// newProgress returns the progress line of e's standard error, or nil
// when it is not a terminal (e.terminal decides; nil means isTerminal).
func (e *env) newProgress() *progress {
	terminal, now := e.terminal, e.now
	if terminal == nil {
		terminal = isTerminal
	}
	if now == nil {
		now = time.Now
	}
	if !terminal(e.stderr) {
		return nil
	}
	p := &progress{w: e.stderr, now: now}
	p.next = now().Add(progressEvery)
	return p
}

// due reports whether the line is to be written again now: true at most
// once every progressEvery, and never for a nil *progress. It reads the
// clock only every progressCheck calls.
func (p *progress) due() bool {
	if p == nil {
		return false
	}
	p.calls++
	if p.calls < progressCheck {
		return false
	}
	p.calls = 0
	t := p.now()
	if t.Before(p.next) {
		return false
	}
	p.next = t.Add(progressEvery)
	return true
}

// show writes s over the line of progress. A nil *progress writes
// nothing.
func (p *progress) show(s string) {
	if p == nil {
		return
	}
	p.line = append(append(append(p.line[:0], '\r'), s...), "\x1b[K"...)
	p.w.Write(p.line)
	p.shown = true
}

// done clears the line of progress, so that what follows on standard
// error starts on a clean line. A nil *progress writes nothing.
func (p *progress) done() {
	if p == nil || !p.shown {
		return
	}
	io.WriteString(p.w, "\r\x1b[K")
	p.shown = false
}

// isTerminal reports whether w is a file open on a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && fileIsTerminal(f)
}
