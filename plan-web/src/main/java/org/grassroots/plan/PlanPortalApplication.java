package org.grassroots.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Grassroots Plan Portal: tracks Action Plan 4.0 across the United States. */
@SpringBootApplication
public class PlanPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanPortalApplication.class, args);
    }
}
