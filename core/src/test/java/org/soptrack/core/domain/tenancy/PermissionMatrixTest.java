package org.soptrack.core.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R-TEN-3 cell by cell: the table below is the specification, written out apart from the code it checks. */
class PermissionMatrixTest {

    private static final List<Role> COLUMNS = List.of(Role.OWNER, Role.ADMIN, Role.PARTS_MANAGER, Role.ADVISOR, Role.BDC,
            Role.VIEWER);

    /** Columns: OWNER ADMIN PARTS_MANAGER ADVISOR BDC VIEWER; x = allowed. */
    private static final String MATRIX = """
            ROOFTOP_READ               x x x x x x
            SOP_READ                   x x x x x x
            SOP_CREATE                 x . x x . .
            SOP_EDIT                   x . x . . .
            SOP_TRANSITION             x . x . . .
            SOP_MARK_CUSTOMER_NOTIFIED x . x . x .
            CUSTOMER_CONTACT_READ      x x x x x .
            CUSTOMER_MANAGE            x . x x . .
            CONTACT_ATTEMPT_LOG        x . x x x .
            NOTE_WRITE                 x . x x x .
            ROOFTOP_MANAGE             x x . . . .
            SETTINGS_MANAGE            x x . . . .
            MEMBER_READ                x x . . . .
            MEMBER_MANAGE              x x . . . .
            INVITATION_MANAGE          x x . . . .
            AUDIT_READ                 x x . . . .
            OPERATOR_ACCESS_REVIEW     x x . . . .
            ORGANIZATION_MANAGE        x . . . . .
            PRIVACY_MANAGE             x x . . . .
            """;

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        MATRIX.lines().forEach(line -> {
            String[] parts = line.trim().split("\\s+");
            for (int i = 0; i < COLUMNS.size(); i++) {
                cells.add(Arguments.of(COLUMNS.get(i), Permission.valueOf(parts[0]), parts[i + 1].equals("x")));
            }
        });
        return cells.stream();
    }

    @Test
    void the_table_covers_every_role_and_permission() {
        assertThat(MATRIX.lines().map(l -> l.trim().split("\\s+")[0]).map(Permission::valueOf))
                .containsExactlyInAnyOrder(Permission.values());
        assertThat(cells()).hasSize(Permission.values().length * Role.values().length);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("cells")
    void each_cell_matches(Role role, Permission permission, boolean allowed) {
        assertThat(PermissionMatrix.allows(role, permission)).isEqualTo(allowed);
        assertThat(PermissionMatrix.permissionsOf(role).contains(permission)).isEqualTo(allowed);
    }

    @Test
    void operator_grants_never_manage_members_invitations_or_the_organization() {
        for (GrantScope scope : GrantScope.values()) {
            assertThat(scope.allows(Permission.MEMBER_MANAGE)).isFalse();
            assertThat(scope.allows(Permission.INVITATION_MANAGE)).isFalse();
            assertThat(scope.allows(Permission.ORGANIZATION_MANAGE)).isFalse();
            assertThat(scope.allows(Permission.SOP_READ)).isTrue();
        }
        assertThat(GrantScope.READ_ONLY.allows(Permission.SOP_TRANSITION)).isFalse();
        assertThat(GrantScope.READ_WRITE.allows(Permission.SOP_TRANSITION)).isTrue();
    }

    @Test
    void only_owners_assign_the_owner_role_and_admins_assign_the_rest() {
        for (Role target : Role.values()) {
            assertThat(Role.OWNER.mayAssign(target)).isTrue();
            assertThat(Role.ADMIN.mayAssign(target)).isEqualTo(target != Role.OWNER);
            assertThat(Role.PARTS_MANAGER.mayAssign(target)).isFalse();
            assertThat(Role.VIEWER.mayAssign(target)).isFalse();
        }
    }
}
