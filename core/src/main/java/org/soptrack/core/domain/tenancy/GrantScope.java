package org.soptrack.core.domain.tenancy;

import static org.soptrack.core.domain.tenancy.Permission.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** How far a platform operator's access grant reaches. No grant ever manages members or the organization. */
public enum GrantScope {
    READ_ONLY(EnumSet.of(ROOFTOP_READ, SOP_READ, CUSTOMER_CONTACT_READ, MEMBER_READ, AUDIT_READ)),
    READ_WRITE(EnumSet.of(ROOFTOP_READ, SOP_READ, CUSTOMER_CONTACT_READ, MEMBER_READ, AUDIT_READ, SOP_CREATE, SOP_EDIT,
            SOP_TRANSITION, SOP_MARK_CUSTOMER_NOTIFIED, CUSTOMER_MANAGE, CONTACT_ATTEMPT_LOG, SETTINGS_MANAGE));

    private final Set<Permission> permissions;

    GrantScope(Set<Permission> permissions) {
        this.permissions = Collections.unmodifiableSet(permissions);
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}
