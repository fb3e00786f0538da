// Package crisis holds the plans a person makes while calm for the hard days:
// the pocket [OverdosePlan], the [SafetyPlan], the wellness [Toolbox], and the
// [Contact]s they name. Each has Validate; the plans have Readiness checks.
package crisis
