package workshop

import "fmt"

// ManagerWords are what a content pack says to a participant's manager:
// the opening of the request they are sent, and the one-page guide to the
// plan and the conversation about it.
type ManagerWords struct {
	// RequestIntro opens the request: who asks, what for, and where the
	// answers go.
	RequestIntro string `json:"requestIntro"`
	// GuideTitle and Guide are the one-page manager guide, section by
	// section.
	GuideTitle string         `json:"guideTitle"`
	Guide      []GuideSection `json:"guide"`
}

// GuideSection is one headed section of the manager guide.
type GuideSection struct {
	Heading string `json:"heading"`
	Text    string `json:"text"`
}

// managerWords checks the pack's words for managers, when it has them.
func (v *validator) managerWords(m *ManagerWords) {
	if m == nil {
		return
	}
	v.text("", "manager.requestIntro", m.RequestIntro)
	v.text("", "manager.guideTitle", m.GuideTitle)
	v.count("", "manager.guide", len(m.Guide), 1)
	for i, s := range m.Guide {
		v.text("", fmt.Sprintf("manager.guide[%d].heading", i), s.Heading)
		v.text("", fmt.Sprintf("manager.guide[%d].text", i), s.Text)
	}
}
