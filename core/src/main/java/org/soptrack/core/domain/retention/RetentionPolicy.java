package org.soptrack.core.domain.retention;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;

/**
 * The rule of every category (R-RET-1): the published defaults, changed per deployment by configuration and, for
 * categories that allow it, shortened per organization. The same objects render the published table and drive the
 * sweeps.
 */
public final class RetentionPolicy {

    private final Map<RetentionCategory, RetentionRule> rules;

    private RetentionPolicy(Map<RetentionCategory, RetentionRule> rules) {
        this.rules = rules;
    }

    /** The defaults of SPEC.md §6. */
    public static RetentionPolicy defaults() {
        Map<RetentionCategory, RetentionRule> rules = new EnumMap<>(RetentionCategory.class);
        for (RetentionCategory category : RetentionCategory.values()) {
            rules.put(category, new RetentionRule(category, category.defaultPeriod()));
        }
        return new RetentionPolicy(rules);
    }

    /** The deployment's own period for {@code category}, as an operator configured it. */
    public RetentionPolicy with(RetentionCategory category, RetentionPeriod period) {
        Map<RetentionCategory, RetentionRule> next = new EnumMap<>(rules);
        next.put(category, new RetentionRule(category, period));
        return new RetentionPolicy(next);
    }

    /** Every deployment override in {@code periods}. */
    public RetentionPolicy with(Map<RetentionCategory, RetentionPeriod> periods) {
        RetentionPolicy policy = this;
        for (Map.Entry<RetentionCategory, RetentionPeriod> entry : periods.entrySet()) {
            policy = policy.with(entry.getKey(), entry.getValue());
        }
        return policy;
    }

    /**
     * Refuses an organization's period that its category does not allow or that is longer than this deployment's:
     * an organization may keep less than the published rule, never more.
     */
    public void checkOrganizationOverride(RetentionCategory category, RetentionPeriod period, Instant now) {
        Require.present("category", category);
        Require.present("period", period);
        if (!category.perOrganization()) {
            throw new InvalidValueException("retention." + category.name(), "is set for the whole deployment only");
        }
        if (!rule(category).period().atLeast(period, now)) {
            throw new InvalidValueException("retention." + category.name(),
                    "may not be longer than the deployment's " + rule(category).period().words());
        }
    }

    /**
     * The policy one organization lives under: its overrides where the category allows them, never longer than the
     * deployment's period (an override stored before the deployment shortened its rule gives way to it).
     */
    public RetentionPolicy forOrganization(Map<RetentionCategory, RetentionPeriod> overrides, Instant now) {
        Map<RetentionCategory, RetentionRule> next = new EnumMap<>(rules);
        overrides.forEach((category, period) -> {
            if (category.perOrganization() && rule(category).period().atLeast(period, now)) {
                next.put(category, new RetentionRule(category, period));
            }
        });
        return new RetentionPolicy(next);
    }

    public RetentionRule rule(RetentionCategory category) {
        return rules.get(category);
    }

    /** Every rule, in the order of {@link RetentionCategory}. */
    public List<RetentionRule> rules() {
        return List.copyOf(rules.values());
    }
}
