// Package manager brings the participant's manager in as a second rater,
// without accounts or a server: the participant makes a Request (a small
// file, or its printed page) carrying only what they choose to share; the
// manager answers it in LeadShift, and the Response, bound to the request
// and to the participant's answers ID, is kept as its own document beside
// the answers and read by the analysis. It also holds the three-way
// comparison of expectations (me, what I believed my organisation
// expects, what my manager says) and of skills. It imports no UI, network
// or database code.
package manager
