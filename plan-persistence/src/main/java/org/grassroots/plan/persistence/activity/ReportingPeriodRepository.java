package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.activity.ReportingPeriod;
import org.grassroots.plan.core.activity.ReportingPeriods;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long>, ReportingPeriods {}
