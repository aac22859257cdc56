package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.activity.ActivityReport;
import org.grassroots.plan.core.activity.ActivityReports;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityReportRepository extends JpaRepository<ActivityReport, Long>, ActivityReports {}
