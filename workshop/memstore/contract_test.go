package memstore

import (
	"testing"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/storetest"
)

func TestStoreContract(t *testing.T) {
	storetest.Run(t, func(*testing.T) workshop.RoomStore { return New() })
}
