package org.soptrack.core.domain.retention;

import java.util.List;

/** The retention table a privacy policy publishes (R-RET-4), rendered from the rules the sweeps enforce. */
public final class RetentionTable {

    private RetentionTable() {
    }

    /** A Markdown table: data, clock start, period, action, and whether organizations may shorten it. */
    public static String markdown(List<RetentionRule> rules) {
        StringBuilder out = new StringBuilder();
        out.append("| data | kept | counted from | then | an organization may shorten it |\n");
        out.append("|---|---|---|---|---|\n");
        for (RetentionRule rule : rules) {
            RetentionCategory c = rule.category();
            out.append("| ").append(c.data())
                    .append(" | ").append(rule.period().words())
                    .append(" | ").append(c.clockStarts())
                    .append(" | ").append(rule.action().name().toLowerCase())
                    .append(" | ").append(c.perOrganization() ? "yes" : "no")
                    .append(" |\n");
        }
        return out.toString();
    }
}
