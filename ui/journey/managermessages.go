package journey

import (
	"errors"
	"io/fs"
	"strings"

	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/manager"
)

// RequestProblem says in a plain sentence why a file could not be opened
// as a request from a team member.
func RequestProblem(err error) string {
	return fileProblem(err, manager.RequestFormat)
}

// ResponseProblem says in a plain sentence why a manager's response could
// not be added to the participant's answers; nothing was changed.
func ResponseProblem(err error) string {
	var mismatch *manager.MismatchError
	var replace *manager.ReplaceError
	switch {
	case errors.As(err, &mismatch) && mismatch.What == "content pack":
		return "These answers were made for another content pack than yours, so they cannot be added to your plan. Nothing was changed."
	case errors.As(err, &mismatch):
		return "These answers belong to someone else: they answer a request made from other answers than yours, perhaps a colleague's. " +
			"Nothing was changed. Check that your manager sent back the answers to your request."
	case errors.As(err, &replace) && errors.Is(err, manager.ErrNotNewer):
		return "You already added your manager's answers saved on " + replace.Held.Updated.Local().Format(workshop.LongDate) +
			"; this file is not newer, so nothing was changed."
	}
	return fileProblem(err, manager.ResponseFormat) + " Nothing was changed."
}

// fileProblem says why a file could not be read as a document of format
// want.
func fileProblem(err error, want string) string {
	var fe *workshop.FieldError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "The file could not be found: it may have been moved or renamed."
	case errors.Is(err, fs.ErrPermission):
		return "The file could not be opened: this computer does not let LeadShift read it. Copy it to your documents and try again."
	case errors.As(err, &fe) && fe.Field == "format":
		return otherFormat(fe.Problem, want)
	case errors.As(err, &fe) && fe.Field == "version":
		return "This file was made by a newer LeadShift. Update LeadShift on this computer to open it."
	case errors.As(err, &fe):
		return "This file is damaged or was changed by hand, so it cannot be used (the problem is in \u201c" + fe.Field + "\u201d). " +
			"Ask for it to be saved again from LeadShift."
	}
	return "This is not a file LeadShift saved, or it is damaged. Choose the file LeadShift made (its name ends in .json)."
}

// otherFormat names the kind of LeadShift file opened in place of want,
// from the decoder's problem (is "got", want "want").
func otherFormat(problem, want string) string {
	is := func(format string) bool { return strings.HasPrefix(problem, `is "`+format+`"`) }
	switch {
	case want == manager.ResponseFormat && is(manager.RequestFormat):
		return "This is the request you made for your manager, not their answers. Send it to your manager, and add the file they send back."
	case want == manager.RequestFormat && is(manager.ResponseFormat):
		return "This is a manager's answers, not a request. The team member adds it to their plan with \u201cAdd my manager's answers\u201d."
	case is(workshop.AnswersFormat):
		return "This is a participant's own answers, not a file for their manager. Choose the file ending in -manager-request.json or -manager-response.json."
	case want == manager.RequestFormat:
		return "This is not a request from a team member. Choose the file they sent you (its name ends in -manager-request.json)."
	}
	return "This is not a manager's answers. Choose the file your manager sent back (its name ends in -manager-response.json)."
}
