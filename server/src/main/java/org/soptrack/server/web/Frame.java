package org.soptrack.server.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.soptrack.core.domain.tenancy.Permission;
import org.soptrack.core.domain.tenancy.Role;

/**
 * What the frame of every page needs: this browser's form token, whether someone is signed in, what they may do (so a
 * page shows only the controls their role and rooftops allow), and the main links they may follow.
 */
public record Frame(String csrf, boolean signedIn, Optional<Role> role, Set<Permission> permissions,
                    List<Link> links) {

    /** A main link. */
    public record Link(String href, String label) {
    }

    public Frame {
        permissions = Set.copyOf(permissions);
        links = List.copyOf(links);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether the member may give {@code target} to someone, or change someone who has it. */
    public boolean mayAssign(Role target) {
        return role.map(r -> r.mayAssign(target)).orElse(false);
    }

    /** A frame for a page shown to nobody signed in. */
    static Frame anonymous(String csrf) {
        return new Frame(csrf, false, Optional.empty(), Set.of(), List.of());
    }
}
