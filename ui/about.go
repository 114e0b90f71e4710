package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// showAbout says which LeadShift this is, where it keeps the person's
// data and how to delete it, and the licences of what it is built from.
func (ui *App) showAbout() {
	dataDir := ui.deps.DataDir
	if dataDir == "" {
		dataDir = ui.fyneApp.Storage().RootURI().Path()
	}
	head := widget.NewRichTextFromMarkdown(fmt.Sprintf("## LeadShift %s\n\nMIT licence. Everything stays on this computer: no cloud, no accounts.\n\n"+
		"**Your data** is kept in `%s`: your own journey, workshops you joined or host, and their answers. "+
		"Nothing is written there until you start one. To delete everything, quit LeadShift and delete that folder; "+
		"to delete one workshop, use Delete in the library.", ui.deps.Version, dataDir))
	head.Wrapping = fyne.TextWrapWord
	licences := widget.NewRichTextFromMarkdown(string(ui.deps.Licences))
	licences.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(licences)
	scroll.SetMinSize(fyne.NewSize(640, 320))
	ui.about = head
	dialog.ShowCustom("About LeadShift", "Close", container.NewBorder(head, nil, nil, nil, scroll), ui.win)
}
