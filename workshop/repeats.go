package workshop

// Repeats writes a focus area from the repeat problems my own map names:
// the rows whose text has one of Cues (a fix done again and again,
// "Restarting the VPN client when the tunnel drops"). Goal and Action
// replace the pack's goal and on-the-job action, with {repeats} for
// those rows, quoted ("the one about the historian" never guessed).
type Repeats struct {
	Cues   []string `json:"cues"`
	Goal   string   `json:"goal"`
	Action string   `json:"action"`
}
