/**
 * Retention (R-RET) as data: each category of personal data, the event its clock starts from, how long it is kept and
 * what happens then; the deployment's policy with its overrides, legal holds that suspend deletion, and the planner
 * that says, for a given moment, what is due and why.
 */
package org.soptrack.core.domain.retention;
