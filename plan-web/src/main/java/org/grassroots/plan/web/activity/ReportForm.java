package org.grassroots.plan.web.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.grassroots.plan.core.activity.CreateActivityReport;
import org.grassroots.plan.core.activity.ReportContent;
import org.grassroots.plan.core.activity.ReportContentResolver;
import org.grassroots.plan.core.activity.ReviseActivityReport;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The report form. Its token makes a resent form (double click, network retry) change nothing twice. */
public class ReportForm extends ReportFormClassification {

    private @Nullable String missionCode;
    private UUID submissionToken = UUID.randomUUID();
    private long version;

    @NotBlank
    private @Nullable String stateCode;

    private @Nullable Long countyId;

    @Size(max = 120)
    private @Nullable String city;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate activityDate;

    @Min(0)
    @Max(1_000_000)
    private @Nullable Integer participants;

    @Size(max = 300)
    private @Nullable String counterpart;

    @NotBlank
    @Size(max = 8000)
    private @Nullable String summary;

    @Size(max = 4000)
    private @Nullable String outcome;

    @Size(max = 4000)
    private @Nullable String followUp;

    @NotBlank
    @Pattern(regexp = "ja|en")
    private @Nullable String language = "ja";

    private @Nullable Long initiativeId;

    @Size(max = ReportContentResolver.MAX_LINKS)
    private List<@Size(max = 2000) @Pattern(regexp = "https?://\\S+", flags = Pattern.Flag.CASE_INSENSITIVE) String>
            links = blankLinks();

    CreateActivityReport toCreate(Long actorId, String mission, ReportAction action) {
        return new CreateActivityReport(actorId, mission, submissionToken, toContent(), action.submits());
    }

    ReviseActivityReport toRevise(Long actorId, Long reportId, ReportAction action) {
        return new ReviseActivityReport(actorId, reportId, version, submissionToken, toContent(), action.submits());
    }

    ReportContent toContent() {
        return new ReportContent(
                stateCode,
                countyId,
                city,
                activityDate,
                getActivityType(),
                getPriorityAreaCodes(),
                getSectorCodes(),
                getAudienceCode(),
                getInterestTierCode(),
                getRegionalApproachCodes(),
                participants,
                counterpart,
                summary,
                outcome,
                followUp,
                language,
                initiativeId,
                filledLinks());
    }

    /** The input a link of {@link #toContent()} came from, counting only the filled-in link inputs. */
    String linkField(int contentIndex) {
        int filled = -1;
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i) != null && !links.get(i).isBlank() && ++filled == contentIndex) {
                return "links[" + i + "]";
            }
        }
        return "links";
    }

    private List<String> filledLinks() {
        return links.stream()
                .filter(Objects::nonNull)
                .filter(link -> !link.isBlank())
                .toList();
    }

    private static List<String> blankLinks() {
        var blank = new ArrayList<String>();
        for (int i = 0; i < ReportContentResolver.MAX_LINKS; i++) {
            blank.add(null);
        }
        return blank;
    }

    public @Nullable String getMissionCode() {
        return missionCode;
    }

    public void setMissionCode(@Nullable String missionCode) {
        this.missionCode = missionCode;
    }

    public UUID getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(@Nullable UUID submissionToken) {
        this.submissionToken = submissionToken == null ? UUID.randomUUID() : submissionToken;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable String getStateCode() {
        return stateCode;
    }

    public void setStateCode(@Nullable String stateCode) {
        this.stateCode = stateCode;
    }

    public @Nullable Long getCountyId() {
        return countyId;
    }

    public void setCountyId(@Nullable Long countyId) {
        this.countyId = countyId;
    }

    public @Nullable String getCity() {
        return city;
    }

    public void setCity(@Nullable String city) {
        this.city = city;
    }

    public @Nullable LocalDate getActivityDate() {
        return activityDate;
    }

    public void setActivityDate(@Nullable LocalDate activityDate) {
        this.activityDate = activityDate;
    }

    public @Nullable Integer getParticipants() {
        return participants;
    }

    public void setParticipants(@Nullable Integer participants) {
        this.participants = participants;
    }

    public @Nullable String getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(@Nullable String counterpart) {
        this.counterpart = counterpart;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public void setSummary(@Nullable String summary) {
        this.summary = summary;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable String outcome) {
        this.outcome = outcome;
    }

    public @Nullable String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(@Nullable String followUp) {
        this.followUp = followUp;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }

    public @Nullable Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(@Nullable Long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public List<String> getLinks() {
        return links;
    }

    public void setLinks(@Nullable List<String> links) {
        this.links = links == null ? blankLinks() : new ArrayList<>(links);
        while (this.links.size() < ReportContentResolver.MAX_LINKS) {
            this.links.add(null);
        }
    }
}
