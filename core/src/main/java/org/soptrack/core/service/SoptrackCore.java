package org.soptrack.core.service;

/**
 * Builds every use case of core from the adapters an embedder fills {@link CorePorts} with, grouped by area:
 * {@code orders()}, {@code customers()}, {@code accounts()}, {@code team()}, {@code organizations()},
 * {@code notifications()} and {@code privacy()}. A new use case is an interface in {@code port.in}, its service here,
 * and one component of its area's record.
 */
public final class SoptrackCore {

    private final OrderUseCases orders;
    private final CustomerUseCases customers;
    private final AccountUseCases accounts;
    private final TeamUseCases team;
    private final OrganizationUseCases organizations;
    private final NotificationUseCases notifications;
    private final PrivacyUseCases privacy;

    public SoptrackCore(CorePorts ports, CoreSettings settings) {
        Shared shared = Shared.of(ports, settings);
        orders = OrderUseCases.of(shared);
        customers = CustomerUseCases.of(shared);
        accounts = AccountUseCases.of(shared);
        team = TeamUseCases.of(shared);
        organizations = OrganizationUseCases.of(shared);
        notifications = NotificationUseCases.of(shared);
        privacy = PrivacyUseCases.of(shared);
    }

    public SoptrackCore(CorePorts ports) {
        this(ports, CoreSettings.DEFAULTS);
    }

    public OrderUseCases orders() {
        return orders;
    }

    public CustomerUseCases customers() {
        return customers;
    }

    public AccountUseCases accounts() {
        return accounts;
    }

    public TeamUseCases team() {
        return team;
    }

    public OrganizationUseCases organizations() {
        return organizations;
    }

    public NotificationUseCases notifications() {
        return notifications;
    }

    public PrivacyUseCases privacy() {
        return privacy;
    }
}
