package org.soptrack.core.tck;

import org.junit.jupiter.api.Nested;
import org.soptrack.core.service.CorePorts;

/**
 * Every port contract at once: an adapter's test extends this and supplies {@link #ports()}, and JUnit runs each
 * contract as a nested class, so a contract added here runs against every adapter.
 */
public abstract class AllPortContracts {

    /** The adapters under test; called before each test. */
    protected abstract CorePorts ports();

    @Nested
    class Transactions extends TransactionPortContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Organizations extends OrganizationRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Rooftops extends RooftopRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Members extends MemberRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class RetentionOverrides extends RetentionOverrideRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class SubjectRequests extends SubjectRequestRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Incidents extends IncidentPortContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class PublicRequests extends PublicRequestPortContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Search extends SearchContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Notes extends NoteRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class AccountTokens extends AccountTokenRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Invitations extends InvitationRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Grants extends OperatorAccessGrantRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Customers extends CustomerRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Orders extends SpecialOrderRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class ContactAttempts extends ContactAttemptRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Audit extends AuditLogRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class SopNumbers extends SopNumberPortContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Credentials extends CredentialRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class TrustedDevices extends TrustedDeviceRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class Outbox extends OutboxRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class NotificationSettings extends NotificationSettingsRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class RetainedRecords extends RetainedRecordsContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class LegalHolds extends LegalHoldRepositoryContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }

    @Nested
    class TenantLifecycle extends TenantLifecycleContract {
        @Override
        protected CorePorts newPorts() {
            return ports();
        }
    }
}
