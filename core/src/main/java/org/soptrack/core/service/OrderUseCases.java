package org.soptrack.core.service;

import org.soptrack.core.port.in.AgingReportUseCase;
import org.soptrack.core.port.in.BdcDueListUseCase;
import org.soptrack.core.port.in.CountSpecialOrdersUseCase;
import org.soptrack.core.port.in.CreateSpecialOrderUseCase;
import org.soptrack.core.port.in.GetRepairOrderUseCase;
import org.soptrack.core.port.in.GetSpecialOrderUseCase;
import org.soptrack.core.port.in.KeepPartUseCase;
import org.soptrack.core.port.in.LogContactAttemptUseCase;
import org.soptrack.core.port.in.NotesUseCase;
import org.soptrack.core.port.in.PartsBoardUseCase;
import org.soptrack.core.port.in.ReceivingUseCase;
import org.soptrack.core.port.in.SearchSpecialOrdersUseCase;
import org.soptrack.core.port.in.SearchUseCase;
import org.soptrack.core.port.in.TransitionSpecialOrderUseCase;
import org.soptrack.core.port.in.UpdateSpecialOrderUseCase;
import org.soptrack.core.port.in.WatchRooftopUseCase;

/** The use cases of special orders and repair orders: the daily work of a parts department and its BDC. */
public record OrderUseCases(CreateSpecialOrderUseCase createSpecialOrder, GetSpecialOrderUseCase getSpecialOrder,
                            UpdateSpecialOrderUseCase updateSpecialOrder,
                            TransitionSpecialOrderUseCase transitionSpecialOrder, KeepPartUseCase keepPart,
                            SearchSpecialOrdersUseCase searchSpecialOrders,
                            CountSpecialOrdersUseCase countSpecialOrders, AgingReportUseCase agingReport,
                            BdcDueListUseCase bdcDueList, GetRepairOrderUseCase getRepairOrder,
                            LogContactAttemptUseCase logContactAttempt, NotesUseCase notes, SearchUseCase search,
                            ReceivingUseCase receiving, WatchRooftopUseCase watchRooftop,
                            PartsBoardUseCase partsBoard) {

    static OrderUseCases of(Shared s) {
        CorePorts p = s.ports();
        return new OrderUseCases(
                new CreateSpecialOrderService(s.ctx(), p.orders(), p.rooftops(), s.customers(), p.sopNumbers(),
                        s.orderEvents()),
                new GetSpecialOrderService(s.ctx(), s.changes()),
                new UpdateSpecialOrderService(s.ctx(), s.changes(), s.customers(), s.orderEvents()),
                new TransitionSpecialOrderService(s.ctx(), s.changes(), s.orderEvents()),
                new KeepPartService(s.ctx(), s.changes()),
                new SearchSpecialOrdersService(s.ctx(), p.orders()),
                new CountSpecialOrdersService(s.ctx(), p.orders()),
                new AgingReportService(s.ctx(), p.orders(), p.rooftops()),
                new BdcDueListService(s.ctx(), p.orders(), p.rooftops(), s.followUps()),
                new GetRepairOrderService(s.ctx(), p.rooftops(), s.followUps()),
                new LogContactAttemptService(s.ctx(), p.orders(), p.contactAttempts()),
                new NotesService(s.ctx(), p.notes(), p.members(), s.changes(), s.customers()),
                new SearchService(s.ctx(), p.customers(), p.orders()),
                new ReceivingService(s.ctx(), p, s.changes(), s.orderEvents(), s.settings().publicUrl()),
                new WatchRooftopService(s.ctx(), p.rooftops(), p.orders()),
                new PartsBoardService(s.ctx(), p.rooftops(), p.orders()));
    }
}
