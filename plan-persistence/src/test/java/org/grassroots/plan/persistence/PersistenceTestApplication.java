package org.grassroots.plan.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** The application the persistence tests start: this module's repositories and plan-core's entities. */
@SpringBootApplication
@EntityScan("org.grassroots.plan.core")
class PersistenceTestApplication {}
