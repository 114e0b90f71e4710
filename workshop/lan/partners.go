package lan

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/strictjson"
)

// Partners is what the room tells one participant about their practice
// group and accountability buddies (GET /v1/partners): first names only,
// and only their own. The rest of the room's groups stay on the
// facilitator's console.
type Partners struct {
	Practice     string    `json:"practice,omitempty"` // the practice of the current phase
	Round        int       `json:"round"`              // 0 before the first round
	Group        []Partner `json:"group,omitempty"`    // the participant's trio, in role order of round 1
	Buddies      []string  `json:"buddies,omitempty"`
	BuddyCheckIn string    `json:"buddyCheckIn,omitempty"` // YYYY-MM-DD
}

// Partner is one of a participant's trio in the current round.
type Partner struct {
	Name string            `json:"name"`
	Role workshop.TrioRole `json:"role"`
	Me   bool              `json:"me,omitempty"`
}

// Bounds of a partners message: a trio grows past four only when people
// leave and those left alone join it.
const (
	maxPartnersBody = 16 << 10
	maxGroup        = 16
	maxBuddies      = 2
)

// errPartners wraps what is wrong with a partners message.
var errPartners = errors.New("the room's answer about your trio is not valid")

// rawMessage keeps a JSON value undecoded, for DecodePartners.
type rawMessage = json.RawMessage

// DecodePartners reads a partners message strictly: known fields only,
// a group of at most maxGroup with one "me" and known roles, names of
// at most workshop.MaxName characters, and a date or nothing.
func DecodePartners(data []byte) (Partners, error) {
	var p Partners
	if len(data) > maxPartnersBody {
		return Partners{}, fmt.Errorf("%w: longer than %d bytes", errPartners, maxPartnersBody)
	}
	if err := strictjson.Unmarshal(data, &p); err != nil {
		return Partners{}, fmt.Errorf("%w: %v", errPartners, err)
	}
	if err := p.check(); err != nil {
		return Partners{}, fmt.Errorf("%w: %v", errPartners, err)
	}
	return p, nil
}

func (p Partners) check() error {
	if p.Round < 0 || p.Round > workshop.PracticeRounds {
		return fmt.Errorf("round %d is not 0 to %d", p.Round, workshop.PracticeRounds)
	}
	if len(p.Practice) > 64 {
		return fmt.Errorf("the practice's name is longer than 64 characters")
	}
	if len(p.Group) > maxGroup || len(p.Buddies) > maxBuddies {
		return fmt.Errorf("%d in the trio and %d buddies is more than a room forms", len(p.Group), len(p.Buddies))
	}
	me := 0
	for i, m := range p.Group {
		if !slices.Contains(workshop.TrioRoles, m.Role) {
			return fmt.Errorf("group[%d] has the role %q", i, m.Role)
		}
		if m.Me {
			me++
		}
		if err := checkName(m.Name); err != nil {
			return fmt.Errorf("group[%d]: %v", i, err)
		}
	}
	if len(p.Group) > 0 && me != 1 {
		return fmt.Errorf("the trio names its reader %d times", me)
	}
	for i, b := range p.Buddies {
		if err := checkName(b); err != nil {
			return fmt.Errorf("buddies[%d]: %v", i, err)
		}
	}
	if p.BuddyCheckIn != "" {
		if _, err := workshop.ParseDate("buddyCheckIn", p.BuddyCheckIn); err != nil {
			return err
		}
	}
	return nil
}

func checkName(s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("a name is empty")
	}
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > workshop.MaxName {
		return fmt.Errorf("a name is longer than %d characters", workshop.MaxName)
	}
	return nil
}
