package service

import (
	"context"

	"github.com/leadshift/leadshift/workshop/lan"
)

// Partners is what the room tells a participant about their own practice
// trio and accountability buddies.
type Partners = lan.Partners

// Partner is one of a participant's trio in the current round.
type Partner = lan.Partner

// Partners asks the room for this participant's own trio and buddies.
func (l *Link) Partners(ctx context.Context) (Partners, error) { return l.client.Partners(ctx) }
