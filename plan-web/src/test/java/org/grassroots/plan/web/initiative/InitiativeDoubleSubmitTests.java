package org.grassroots.plan.web.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.initiative.InitiativeFixtures.uniqueWord;
import static org.grassroots.plan.web.initiative.InitiativeFixtures.validForm;
import static org.grassroots.plan.web.initiative.SignedIn.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A double-clicked (or resent) initiative form creates one initiative, and both answers lead to it. */
@WebIntegrationTest
class InitiativeDoubleSubmitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameFormSentTwiceCreatesOneInitiativeAndBothAnswersLeadToIt() throws Exception {
        String title = uniqueWord();
        String token = UUID.randomUUID().toString();

        MvcResult first = send(title, token);
        MvcResult second = send(title, token);

        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        assertThat(second.getResponse().getStatus()).isEqualTo(302);
        assertThat(second.getResponse().getRedirectedUrl())
                .isEqualTo(first.getResponse().getRedirectedUrl())
                .matches("/initiatives/\\d+");
        assertThat(count(title)).isEqualTo(1);
    }

    @Test
    void twoCopiesOfTheFormArrivingAtOnceCreateOneInitiativeAndNoErrorPage() throws Exception {
        String title = uniqueWord();
        String token = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var answers = new ArrayList<Future<MvcResult>>();
            for (int i = 0; i < 2; i++) {
                Callable<MvcResult> click = () -> {
                    start.await();
                    return send(title, token);
                };
                answers.add(pool.submit(click));
            }
            start.countDown();
            var urls = new ArrayList<String>();
            for (var answer : answers) {
                MvcResult result = answer.get();
                assertThat(result.getResponse().getStatus()).isEqualTo(302);
                urls.add(result.getResponse().getRedirectedUrl());
            }
            assertThat(urls.get(0)).isEqualTo(urls.get(1)).matches("/initiatives/\\d+");
        } finally {
            pool.shutdown();
        }
        assertThat(count(title)).isEqualTo(1);
    }

    @Test
    void anotherCopyOfTheFormCreatesAnotherInitiative() throws Exception {
        String title = uniqueWord();

        send(title, UUID.randomUUID().toString());
        send(title, UUID.randomUUID().toString());

        assertThat(count(title)).isEqualTo(2);
    }

    private MvcResult send(String title, String token) throws Exception {
        return mvc.perform(post("/initiatives")
                        .params(validForm(title, "Double submit " + title))
                        .param("submissionToken", token)
                        .with(editor())
                        .with(csrf()))
                .andReturn();
    }

    private long count(String title) {
        return jdbc.sql("SELECT count(*) FROM initiative WHERE title_ja = ?")
                .param(title)
                .query(Long.class)
                .single();
    }
}
