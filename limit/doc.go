// Package limit holds the bounds of what the library's readers accept:
// the [Limits] type, its defaults and [ErrExceeded], the error that
// crossing one wraps.
//
// Package diplo gives the same names (diplo.Limits, diplo.ErrLimit,
// diplo.NoLimit, diplo.DefaultMaxBytes...) as aliases, so that callers of
// the model need not import this package; the row readers of eventdata
// take the same Limits without linking the model.
//
//	l := limit.Limits{MaxBytes: 1 << 20, MaxObjects: 10_000} // other fields: the defaults
//	l.Effective().MaxString                                  // 1048576
package limit
