package org.soptrack.core.domain.retention;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.soptrack.core.domain.shared.Require;

/**
 * What one rule asks of one organization at one moment: data of the rule's category whose clock started before
 * {@code cutoff} goes, except what belongs to a held member or customer; nothing goes while a hold on the whole
 * organization is in force.
 */
public record PlannedSweep(RetentionRule rule, Instant cutoff, Set<UUID> heldMembers, Set<UUID> heldCustomers,
                           Optional<LegalHoldId> suspendedBy) {

    public PlannedSweep {
        Require.present("rule", rule);
        Require.present("cutoff", cutoff);
        heldMembers = Set.copyOf(heldMembers);
        heldCustomers = Set.copyOf(heldCustomers);
        Require.present("suspendedBy", suspendedBy);
    }

    public RetentionCategory category() {
        return rule.category();
    }

    public boolean suspended() {
        return suspendedBy.isPresent();
    }

    /** Why the data goes, or why it stays, in words for the dry-run report and the audit log. */
    public String why() {
        if (suspended()) {
            return "suspended: legal hold " + suspendedBy.get() + " on the organization";
        }
        String held = heldMembers.isEmpty() && heldCustomers.isEmpty() ? ""
                : "; except " + (heldMembers.size() + heldCustomers.size()) + " subject(s) under legal hold";
        return rule.category().data() + " kept " + rule.period().words() + " from " + rule.category().clockStarts()
                + ": " + rule.action().name().toLowerCase() + " what started before " + cutoff + held;
    }
}
