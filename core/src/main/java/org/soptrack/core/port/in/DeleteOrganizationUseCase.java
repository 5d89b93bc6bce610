package org.soptrack.core.port.in;

import java.util.Optional;
import org.soptrack.core.domain.security.Password;
import org.soptrack.core.domain.tenancy.MemberActor;
import org.soptrack.core.domain.tenancy.Organization;

/**
 * An owner asks for the whole organization to be deleted ("you may request earlier deletion"): the password again
 * (unless the owner signs in through the identity provider), every owner is told by e-mail, and the purge starts
 * after the deployment's cooling-off period, during which any owner may cancel. The purge then deletes the business
 * data, rooftops, settings and invitations and anonymizes every member, as after a cancelled subscription's grace
 * period; billing records stay for their own period. Both steps are audited.
 */
public interface DeleteOrganizationUseCase {

    /** A deletion was asked for already and is pending. */
    String ALREADY_REQUESTED = "deletion-requested";
    /** There is no pending request to cancel. */
    String NOT_REQUESTED = "deletion-not-requested";
    /** The purge has started: it runs to its end. */
    String PURGE_STARTED = "purge-started";

    Outcome<Organization> request(MemberActor actor, Optional<Password> currentPassword);

    Outcome<Organization> cancel(MemberActor actor);
}
