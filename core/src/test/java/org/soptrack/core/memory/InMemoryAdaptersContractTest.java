package org.soptrack.core.memory;

import org.junit.jupiter.api.Nested;
import org.soptrack.core.service.CorePorts;
import org.soptrack.core.tck.AuditLogRepositoryContract;
import org.soptrack.core.tck.ContactAttemptRepositoryContract;
import org.soptrack.core.tck.CredentialRepositoryContract;
import org.soptrack.core.tck.CustomerRepositoryContract;
import org.soptrack.core.tck.InvitationRepositoryContract;
import org.soptrack.core.tck.MemberRepositoryContract;
import org.soptrack.core.tck.OperatorAccessGrantRepositoryContract;
import org.soptrack.core.tck.OrganizationRepositoryContract;
import org.soptrack.core.tck.RooftopRepositoryContract;
import org.soptrack.core.tck.SopNumberPortContract;
import org.soptrack.core.tck.SpecialOrderRepositoryContract;
import org.soptrack.core.tck.TestData;
import org.soptrack.core.tck.TransactionPortContract;

/** The in-memory adapters pass every contract, as any other adapter must. */
class InMemoryAdaptersContractTest {

    static CorePorts ports() {
        return InMemoryAdapters.create(new FakeClock(TestData.T0));
    }

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
}
