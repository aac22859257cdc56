package org.grassroots.plan.web.export;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues the summary of the quarter that has just closed, by itself, on every node at {@code plan.summaries.cron}
 * (daily shortly after midnight, Tokyo time, so a node that was down on the first day still catches up). Only the
 * first node to take the quarter's lock issues it; the others find it issued. Off with
 * {@code plan.summaries.auto-issue=false}.
 */
@Component
@ConditionalOnProperty(name = "plan.summaries.auto-issue", havingValue = "true", matchIfMissing = true)
class QuarterEndJob {

    private static final Logger log = LoggerFactory.getLogger(QuarterEndJob.class);

    private final SummaryIssuer issuer;

    QuarterEndJob(SummaryIssuer issuer) {
        this.issuer = issuer;
    }

    @Scheduled(cron = "${plan.summaries.cron:0 10 0 * * *}", zone = "Asia/Tokyo")
    void run() {
        var outcome = issuer.issueLastClosedQuarter();
        if (outcome == SummaryIssuer.Outcome.ISSUED) {
            log.info("Issued the summary of the quarter that has just closed");
        }
    }
}
