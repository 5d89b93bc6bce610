package org.soptrack.postgres;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.soptrack.core.domain.shared.TenantId;
import org.soptrack.core.port.out.TransactionPort;

/**
 * One use case, one database transaction, one tenant: the tenant is set as the transaction's first statement, so Row-
 * Level Security shows every statement under it that tenant's rows only. A call inside a running transaction joins it
 * if it is for the same tenant and is refused if not, so a transaction never changes tenant half-way.
 */
@Singleton
public final class PostgresTransactions implements TransactionPort {

    private final TransactionOperations<Connection> transactions;

    public PostgresTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            Optional<TenantId> current = sql(() -> TenantSetting.current(transactions.getConnection()));
            if (!current.equals(Optional.of(tenant))) {
                throw new IllegalStateException("A transaction for one tenant cannot run work for another");
            }
            return work.get();
        }
        return transactions.executeWrite(status -> {
            sql(() -> {
                TenantSetting.apply(status.getConnection(), tenant);
                return null;
            });
            return work.get();
        });
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DataAccessException("Could not set the transaction's tenant", e);
        }
    }
}
