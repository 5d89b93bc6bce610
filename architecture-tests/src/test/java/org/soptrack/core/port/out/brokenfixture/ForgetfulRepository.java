package org.soptrack.core.port.out.brokenfixture;

import java.util.List;

/** Deliberately breaks the tenancy rule: a repository method without a TenantId. */
public interface ForgetfulRepository {

    List<String> findEverything();
}
