package org.soptrack.core.port.in;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.domain.retention.RetentionRule;
import org.soptrack.core.domain.tenancy.Actor;

/**
 * An organization's own retention periods (R-RET-1): its administrators may keep data for less time than the
 * deployment publishes, in the categories that allow it, never longer. The sweep then uses them for that organization.
 */
public interface RetentionOverridesUseCase {

    /** The rules the organization lives under, and which of them are its own. */
    record Effective(List<RetentionRule> rules, Set<RetentionCategory> overridden) {
        public Effective {
            rules = List.copyOf(rules);
            overridden = Set.copyOf(overridden);
        }
    }

    Outcome<Effective> effective(Actor actor);

    /**
     * Replaces the organization's overrides with {@code periods} (category name to ISO-8601 period, e.g.
     * {@code P90D}); an empty map returns to the deployment's periods. A refusal names {@code periods.<CATEGORY>}.
     */
    Outcome<Effective> replace(Actor actor, Map<String, String> periods);
}
