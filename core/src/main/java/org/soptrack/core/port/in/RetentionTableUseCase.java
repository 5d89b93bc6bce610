package org.soptrack.core.port.in;

import java.util.List;

import org.soptrack.core.domain.retention.RetentionRule;

/** The retention table this deployment publishes (R-RET-4): the very rules its sweeps enforce. Public. */
public interface RetentionTableUseCase {

    List<RetentionRule> rules();

    /** The same rules as a Markdown table, for a privacy policy. */
    String markdown();
}
