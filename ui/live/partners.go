package live

import (
	"context"
	"time"

	"github.com/leadshift/leadshift/ui/bridge"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/service"
)

// Asker is a Conn that can ask the room for the participant's own trio
// and buddies; *service.Link is one. Without it a practice phase shows
// the exercise without a trio.
type Asker interface {
	Partners(ctx context.Context) (service.Partners, error)
}

// askTimeout bounds one question about the trio; the next change of the
// room asks again.
const askTimeout = 10 * time.Second

// followPartners asks the room for the participant's trio and buddies
// when the state says they may have changed: a new grouping, or a new
// practice phase or round (the roles rotate).
func (l *Link) followPartners(prev, st workshop.RoomState) {
	asker, ok := l.conn.(Asker)
	if !ok || len(st.Agenda) == 0 {
		return
	}
	practising := st.Current().Practice != ""
	fresh := st.Grouping != l.heard || practising && (st.Phase != prev.Phase || st.Round != prev.Round)
	if !fresh || st.Grouping == 0 {
		return
	}
	l.heard = st.Grouping
	ctx := l.conn.Context()
	go func() {
		ctx, cancel := context.WithTimeout(ctx, askTimeout)
		defer cancel()
		p, err := asker.Partners(ctx)
		if err != nil {
			return // the banner already says when the room is out of reach
		}
		bridge.Do(func() {
			l.partners = p
			if l.onPartners != nil {
				l.onPartners()
			}
		})
	}()
}

// Partners is what the room last said about the participant's trio and
// buddies.
func (l *Link) Partners() service.Partners { return l.partners }

// SetOnPartners sets what to do when the room has told the participant
// about their trio or buddies (Partners).
func (l *Link) SetOnPartners(f func()) { l.onPartners = f }

// SetOnTick sets what to repaint every second, such as a round's timer.
func (l *Link) SetOnTick(f func()) { l.onTick = f }
