package org.soptrack.core.service;

import java.util.List;

import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.retention.RetentionRule;
import org.soptrack.core.domain.retention.RetentionTable;
import org.soptrack.core.port.in.RetentionTableUseCase;

/** Publishes the deployment's retention policy, the same object the sweep runs on. */
public final class RetentionTableService implements RetentionTableUseCase {

    private final RetentionPolicy policy;

    RetentionTableService(RetentionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public List<RetentionRule> rules() {
        return policy.rules();
    }

    @Override
    public String markdown() {
        return RetentionTable.markdown(policy.rules());
    }
}
