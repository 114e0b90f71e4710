package workshop

// What the plan step lets a person write in each field of the plan, sized
// so that a plan with every field full, three focus areas and the most
// obstacles prints its plan pages on at most six A4 pages (planpdf's
// TestFullPlanFitsSixPages). The plan step shows each field's count
// against its limit and types no further.
const (
	// PlanTextLimit is a long field: the goal, an action, the if-then
	// plan, the first step, an obstacle and its answer, the shift line,
	// and what the manager commits to.
	PlanTextLimit = 300
	// PlanListLimit is a field the draft fills from the delegation map:
	// the strengths, what I stop doing, and each milestone.
	PlanListLimit = 500
	// PlanLineLimit is a one-line field: a focus area's title, what it
	// counts, today's number, the target and the support.
	PlanLineLimit = 150
	// MaxObstacles is how many obstacles the plan step holds.
	MaxObstacles = 4
)
