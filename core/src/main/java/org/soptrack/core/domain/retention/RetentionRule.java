package org.soptrack.core.domain.retention;

import org.soptrack.core.domain.shared.Require;

/** One rule: data of {@code category} is kept for {@code period} from its clock's start, then the category's action. */
public record RetentionRule(RetentionCategory category, RetentionPeriod period) {

    public RetentionRule {
        Require.present("category", category);
        Require.present("period", period);
    }

    public RetentionAction action() {
        return category.action();
    }

    /** True if the deployment (or organization) changed the period from the published default. */
    public boolean overridden() {
        return !period.equals(category.defaultPeriod());
    }
}
