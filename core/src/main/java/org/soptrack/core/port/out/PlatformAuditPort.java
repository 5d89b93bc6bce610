package org.soptrack.core.port.out;

import java.util.List;
import org.soptrack.core.domain.platform.PlatformAuditEntry;

/**
 * The platform's own audit log: what operators did outside every organization. Entries are written by the store of
 * the record they are about, in the same transaction (a reply with {@link PublicRequestPort#addReply}); this port
 * reads them and serves the retention category {@code PLATFORM_AUDIT} (by {@code at}).
 */
public interface PlatformAuditPort extends PlatformRecordsPort {

    /** The newest first, at most {@code limit}. */
    List<PlatformAuditEntry> latest(int limit);
}
