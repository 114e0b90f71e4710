package workshop

// Labels of the 1..Scale rating scales, lowest first.
var (
	AgreeScale      = []string{"Strongly disagree", "Disagree", "In between", "Agree", "Strongly agree"}
	ScenarioScale   = []string{"Always step in myself", "Mostly step in", "It depends", "Mostly leave it with the team", "Always leave it with the team"}
	ExpectScale     = []string{"Not at all", "A little", "Somewhat", "A lot", "Completely"}
	ImportanceScale = []string{"Not needed", "Minor", "Useful", "Important", "Critical"}
)

// ScaleLabel returns the label of rating v on scale, or "not rated".
func ScaleLabel(scale []string, v int) string {
	if v < 1 || v > len(scale) {
		return "not rated"
	}
	return scale[v-1]
}
