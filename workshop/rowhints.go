package workshop

// RowsShort is how many more filled rows (what, and a name beside it) the
// delegation map needs to reach the pack's minimum; 0 when it has enough.
// The minimum is advice, never a lock: a short map lets the journey go on.
func (a *Answers) RowsShort(c *Content) int {
	return max(0, c.Delegation.MinRow-len(a.FilledRows()))
}
