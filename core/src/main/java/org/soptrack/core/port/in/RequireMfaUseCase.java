package org.soptrack.core.port.in;

import org.soptrack.core.domain.tenancy.Actor;

/**
 * An organization requires a second factor of every member who logs in with a password, or stops requiring it
 * (R-SEC-3). Members without their own method then get codes by e-mail. Answers the setting now in force.
 */
public interface RequireMfaUseCase {

    Outcome<Boolean> require(Actor actor, boolean required);
}
