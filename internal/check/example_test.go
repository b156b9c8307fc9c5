package check_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

func ExampleCollector() {
	validateEvent := func(title diplo.Text, start diplo.Date) error {
		var c check.Collector
		c.Add("title", check.Text(title))
		if start.IsZero() {
			c.Add("startDate", diplo.ErrRequired)
		}
		return c.Err()
	}
	var c check.Collector
	c.AddIndex("events", 10, validateEvent(diplo.MustNewText("fr", "Visite"), diplo.Date{}))
	c.AddIndex("events", 2, validateEvent(diplo.Text{language.French: ""}, diplo.MustParseDate("2025-06-23")))
	c.AddIndex("events", 3, validateEvent(diplo.MustNewText("fr", "Entretien"), diplo.MustParseDate("2025-06-23")))

	err := c.Err()
	fmt.Println(err)
	fmt.Println(errors.Is(err, diplo.ErrRequired))
	// Output:
	// events[2].title.fr: required
	// events[10].startDate: required
	// true
}
