package org.soptrack.core.domain.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Says, for one organization at one moment, what each rule makes due and why (R-RET-2, R-RET-3). */
public final class RetentionPlanner {

    private RetentionPlanner() {
    }

    /**
     * One planned sweep per rule of {@code policy} over an organization's data (platform categories are not planned
     * per organization). Only holds in force count; a hold on the organization suspends
     * every rule, a hold on a member or customer keeps that subject's data out of every rule.
     */
    public static List<PlannedSweep> plan(RetentionPolicy policy, List<LegalHold> holds, Instant now) {
        List<LegalHold> inForce = holds.stream().filter(LegalHold::inForce).toList();
        Optional<LegalHoldId> organizationHold = inForce.stream()
                .filter(h -> h.subject().kind() == HoldSubject.Kind.ORGANIZATION).map(LegalHold::id).findFirst();
        Set<UUID> members = subjects(inForce, HoldSubject.Kind.MEMBER);
        Set<UUID> customers = subjects(inForce, HoldSubject.Kind.CUSTOMER);
        List<PlannedSweep> plan = new ArrayList<>();
        for (RetentionRule rule : policy.rules()) {
            if (rule.category().platform()) {
                continue;
            }
            plan.add(new PlannedSweep(rule, rule.period().cutoff(now), members, customers, organizationHold));
        }
        return List.copyOf(plan);
    }

    private static Set<UUID> subjects(List<LegalHold> holds, HoldSubject.Kind kind) {
        return holds.stream().filter(h -> h.subject().kind() == kind).map(h -> h.subject().id().orElseThrow())
                .collect(Collectors.toUnmodifiableSet());
    }
}
