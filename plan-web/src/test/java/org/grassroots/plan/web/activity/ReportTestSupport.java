package org.grassroots.plan.web.activity;

import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every report test starts from: the shared portal, users made for the test ({@link ReportTestUsers}, new
 * names every run) and the form posts and database reads of {@link ReportRequests}, with "today" by the portal's
 * clock. A test class adds the users it needs in its own {@code @BeforeEach}, which runs after this one.
 */
@WebIntegrationTest
abstract class ReportTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    private ApplicationContext context;

    ReportTestUsers people;
    ReportRequests db;

    @BeforeEach
    final void reportFixture() {
        people = new ReportTestUsers(context);
        db = new ReportRequests(context);
    }
}
