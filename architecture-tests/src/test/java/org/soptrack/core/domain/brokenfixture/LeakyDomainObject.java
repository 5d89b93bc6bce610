package org.soptrack.core.domain.brokenfixture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.sql.Connection;
import org.soptrack.core.service.SoptrackCore;

/** Deliberately breaks the rules (JDBC, a library and a service in the domain) so the rules are shown to catch it. */
public final class LeakyDomainObject {

    private Connection connection;
    private SoptrackCore core;
    private JavaClass library;

    public Object leak() {
        return connection == null ? core : library;
    }
}
