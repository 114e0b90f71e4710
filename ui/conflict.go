package ui

import "github.com/leadshift/leadshift/workshop"

// ChooseAnswers asks, for each answer changed both on this laptop and in
// the room, which value to keep: takeRoom[i] for the room's value of
// clashes[i]. The dialog is ui/live's ShowClashes.
func (ui *App) ChooseAnswers(c *workshop.Content, clashes []workshop.Clash, done func(takeRoom []bool)) {
	ui.chooseAnswers(c, clashes, done)
}
