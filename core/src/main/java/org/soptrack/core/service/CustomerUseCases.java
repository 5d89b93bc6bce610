package org.soptrack.core.service;

import org.soptrack.core.port.in.CorrectCustomerUseCase;
import org.soptrack.core.port.in.CustomerOptOutUseCase;
import org.soptrack.core.port.in.GetCustomerUseCase;
import org.soptrack.core.port.in.RegisterCustomerUseCase;
import org.soptrack.core.port.in.RestrictCustomerUseCase;

/** The use cases of the dealerships' customers. */
public record CustomerUseCases(RegisterCustomerUseCase registerCustomer, GetCustomerUseCase getCustomer,
                               RestrictCustomerUseCase restrictCustomer, CorrectCustomerUseCase correctCustomer,
                               CustomerOptOutUseCase optOut) {

    static CustomerUseCases of(Shared s) {
        CorePorts p = s.ports();
        return new CustomerUseCases(new RegisterCustomerService(s.ctx(), p.customers()),
                new GetCustomerService(s.ctx(), s.customers()),
                new RestrictCustomerService(s.ctx(), p.customers()),
                new CorrectCustomerService(s.ctx(), s.customers(), p.customers(), p.subjectRequests()),
                new CustomerOptOutService(s.ctx(), s.unsubscribe(), p));
    }
}
