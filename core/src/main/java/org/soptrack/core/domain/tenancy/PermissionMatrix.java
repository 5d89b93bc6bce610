package org.soptrack.core.domain.tenancy;

import static org.soptrack.core.domain.tenancy.Permission.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The role × permission matrix of R-TEN-3, as data. */
public final class PermissionMatrix {

    private static final Map<Role, Set<Permission>> MATRIX = new EnumMap<>(Role.class);

    static {
        MATRIX.put(Role.OWNER, EnumSet.allOf(Permission.class));
        MATRIX.put(Role.ADMIN, EnumSet.of(ROOFTOP_READ, SOP_READ, CUSTOMER_CONTACT_READ, ROOFTOP_MANAGE, SETTINGS_MANAGE,
                MEMBER_READ, MEMBER_MANAGE, INVITATION_MANAGE, AUDIT_READ, OPERATOR_ACCESS_REVIEW, PRIVACY_MANAGE));
        MATRIX.put(Role.PARTS_MANAGER, EnumSet.of(ROOFTOP_READ, SOP_READ, SOP_CREATE, SOP_EDIT, SOP_TRANSITION,
                SOP_MARK_CUSTOMER_NOTIFIED, CUSTOMER_CONTACT_READ, CUSTOMER_MANAGE, CONTACT_ATTEMPT_LOG, NOTE_WRITE));
        MATRIX.put(Role.ADVISOR, EnumSet.of(ROOFTOP_READ, SOP_READ, SOP_CREATE, CUSTOMER_CONTACT_READ, CUSTOMER_MANAGE,
                CONTACT_ATTEMPT_LOG, NOTE_WRITE));
        MATRIX.put(Role.BDC, EnumSet.of(ROOFTOP_READ, SOP_READ, CUSTOMER_CONTACT_READ, CONTACT_ATTEMPT_LOG,
                NOTE_WRITE, SOP_MARK_CUSTOMER_NOTIFIED));
        MATRIX.put(Role.VIEWER, EnumSet.of(ROOFTOP_READ, SOP_READ));
    }

    private PermissionMatrix() {
    }

    public static boolean allows(Role role, Permission permission) {
        return MATRIX.get(role).contains(permission);
    }

    public static Set<Permission> permissionsOf(Role role) {
        return Collections.unmodifiableSet(MATRIX.get(role));
    }

    /**
     * What a member with {@code role} limited to {@code rooftops} may do: the role's permissions, less those that
     * reach the whole organization when the member is limited to some rooftops (R-TEN-2).
     */
    public static Set<Permission> permissionsOf(Role role, RooftopScope rooftops) {
        Set<Permission> may = EnumSet.noneOf(Permission.class);
        MATRIX.get(role).stream().filter(p -> rooftops.all() || !p.organizationWide()).forEach(may::add);
        return Collections.unmodifiableSet(may);
    }
}
