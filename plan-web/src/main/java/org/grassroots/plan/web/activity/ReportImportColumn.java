package org.grassroots.plan.web.activity;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The columns of the report import file, with their English and Japanese headers (either is accepted). */
enum ReportImportColumn {
    STATE("stateCode", "state", "州", true),
    COUNTY("countyId", "county", "郡", false),
    CITY("city", "city", "市", false),
    DATE("activityDate", "date", "活動日", true),
    ACTIVITY_TYPE("activityType", "activity_type", "活動の種類", true),
    PRIORITY_AREAS("priorityAreaCodes", "priority_areas", "重点分野", true),
    SECTORS("sectorCodes", "sectors", "分野", false),
    AUDIENCE("audienceCode", "audience", "訴求対象", false),
    INTEREST_TIER("interestTierCode", "interest_tier", "関心度", false),
    REGIONAL_APPROACHES("regionalApproachCodes", "regional_approaches", "地域アプローチ", false),
    PARTICIPANTS("participants", "participants", "参加者数", false),
    COUNTERPART("counterpart", "counterpart", "相手方", false),
    SUMMARY("summary", "summary", "概要", true),
    OUTCOME("outcome", "outcome", "成果", false),
    FOLLOW_UP("followUp", "follow_up", "今後の対応", false),
    LANGUAGE("language", "language", "言語", true),
    INITIATIVE("initiativeId", "initiative_id", "取組番号", false),
    LINKS("links", "links", "報道リンク", false);

    private final String field;
    private final String english;
    private final String japanese;
    private final boolean required;

    ReportImportColumn(String field, String english, String japanese, boolean required) {
        this.field = field;
        this.english = english;
        this.japanese = japanese;
        this.required = required;
    }

    static Optional<ReportImportColumn> byHeader(String header) {
        var name = header.strip();
        return Stream.of(values())
                .filter(column -> column.english.equalsIgnoreCase(name) || column.japanese.equals(name))
                .findFirst();
    }

    String header(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? japanese : english;
    }

    public String getField() {
        return field;
    }

    public String getEnglish() {
        return english;
    }

    public String getJapanese() {
        return japanese;
    }

    public boolean isRequired() {
        return required;
    }
}
