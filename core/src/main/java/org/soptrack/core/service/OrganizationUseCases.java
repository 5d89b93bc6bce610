package org.soptrack.core.service;

import org.soptrack.core.domain.retention.RetentionCategory;
import org.soptrack.core.port.in.BillingUseCase;
import org.soptrack.core.port.in.ChangeRooftopUseCase;
import org.soptrack.core.port.in.CloseOperatorAccessUseCase;
import org.soptrack.core.port.in.CreateRooftopUseCase;
import org.soptrack.core.port.in.DeleteOrganizationUseCase;
import org.soptrack.core.port.in.ListOperatorGrantsUseCase;
import org.soptrack.core.port.in.ListRooftopsUseCase;
import org.soptrack.core.port.in.OpenOperatorAccessUseCase;
import org.soptrack.core.port.in.ReadAuditLogUseCase;
import org.soptrack.core.port.in.RequireMfaUseCase;
import org.soptrack.core.port.in.SignUpOrganizationUseCase;

/**
 * An organization as a whole: signing up, its rooftops, its subscription and deletion, its security setting, the
 * platform operators' access to it and its audit log.
 */
public record OrganizationUseCases(SignUpOrganizationUseCase signUp, CreateRooftopUseCase createRooftop,
                                   ChangeRooftopUseCase changeRooftop, ListRooftopsUseCase listRooftops,
                                   RequireMfaUseCase requireMfa, BillingUseCase billing,
                                   DeleteOrganizationUseCase deleteOrganization,
                                   OpenOperatorAccessUseCase openOperatorAccess,
                                   CloseOperatorAccessUseCase closeOperatorAccess,
                                   ListOperatorGrantsUseCase listOperatorGrants, ReadAuditLogUseCase readAuditLog) {

    static OrganizationUseCases of(Shared s) {
        CorePorts p = s.ports();
        CoreSettings settings = s.settings();
        return new OrganizationUseCases(
                new SignUpOrganizationService(s.ctx(), p.organizations(), p.rooftops(), p.members(), s.passwords(),
                        s.accountMessages()),
                new CreateRooftopService(s.ctx(), p.rooftops()),
                new ChangeRooftopService(s.ctx(), p.rooftops()),
                new ListRooftopsService(s.ctx(), p.rooftops()),
                new RequireMfaService(s.ctx(), p.organizations()),
                new BillingService(s.ctx(), p.organizations(), p.billing(), s.accountMessages(),
                        settings.retention().rule(RetentionCategory.TENANT_DATA).period(), settings.lifecycle()),
                new DeleteOrganizationService(s.ctx(), p.organizations(), p.members(), s.reauthentication(),
                        s.accountMessages(), settings.lifecycle()),
                new OpenOperatorAccessService(s.ctx(), p.organizations(), p.grants(), settings.maxOperatorGrant()),
                new CloseOperatorAccessService(s.ctx(), p.grants()),
                new ListOperatorGrantsService(s.ctx(), p.grants()),
                new ReadAuditLogService(s.ctx(), p.audit()));
    }
}
