package org.grassroots.plan.web.dashboard;

import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses between the dashboards and to the report list, keeping the chosen period. */
final class Links {

    private Links() {}

    static String state(String code, DashboardPeriod period) {
        return withPeriod("/states/" + code, period);
    }

    static String area(String code, DashboardPeriod period) {
        return withPeriod("/areas/" + code, period);
    }

    static String mission(String code, DashboardPeriod period) {
        return withPeriod("/missions/" + code, period);
    }

    /** The report list showing exactly the accepted reports a figure counts. */
    static String acceptedReports(@Nullable String state, @Nullable String area, DashboardPeriod period) {
        var uri = UriComponentsBuilder.fromPath("/reports").queryParam("status", "ACCEPTED");
        if (state != null) {
            uri.queryParam("state", state);
        }
        if (area != null) {
            uri.queryParam("area", area);
        }
        uri.queryParam("fy", period.fiscalYear().year());
        if (period.quarter() != null) {
            uri.queryParam("q", period.quarter());
        }
        if (period.planRevision() != null) {
            uri.queryParam("revision", period.planRevision());
        }
        return uri.encode().build().toUriString();
    }

    static String withPeriod(String path, DashboardPeriod period) {
        var uri = UriComponentsBuilder.fromPath(path)
                .queryParam("fy", period.fiscalYear().year());
        if (period.quarter() != null) {
            uri.queryParam("q", period.quarter());
        }
        if (period.planRevision() != null) {
            uri.queryParam("revision", period.planRevision());
        }
        return uri.encode().build().toUriString();
    }
}
