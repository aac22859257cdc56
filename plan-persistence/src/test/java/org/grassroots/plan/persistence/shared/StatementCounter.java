package org.grassroots.plan.persistence.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A JdbcClient over a data source proxy that counts the statements sent through it. */
public final class StatementCounter {

    private final AtomicInteger statements = new AtomicInteger();
    private final JdbcClient jdbc;

    public StatementCounter(DataSource dataSource) {
        DataSource counting = ProxyDataSourceBuilder.create(dataSource)
                .listener(new QueryExecutionListener() {
                    @Override
                    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

                    @Override
                    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                        statements.addAndGet(queryInfoList.size());
                    }
                })
                .build();
        this.jdbc = JdbcClient.create(counting);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** The number of statements {@code work} sent. */
    public int count(Supplier<?> work) {
        statements.set(0);
        work.get();
        return statements.get();
    }
}
