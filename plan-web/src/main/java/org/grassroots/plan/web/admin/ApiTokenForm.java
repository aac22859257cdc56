package org.grassroots.plan.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.grassroots.plan.core.token.ApiScope;
import org.grassroots.plan.core.token.IssueApiToken;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The form an administrator issues an API token with: for whom, what it is for, its scopes and its last day. */
public class ApiTokenForm {

    /** The longest a token may live: a year, so that forgotten tokens die by themselves. */
    static final int MAX_DAYS = 366;

    @NotNull
    private @Nullable Long userId;

    @NotBlank
    @Size(max = 100)
    private @Nullable String name;

    @NotEmpty
    private Set<ApiScope> scopes = EnumSet.of(ApiScope.READ);

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate expiresOn;

    static ApiTokenForm startingOn(LocalDate today) {
        var form = new ApiTokenForm();
        form.expiresOn = today.plusDays(90);
        return form;
    }

    /** The expiry must be from today to a year ahead. */
    void validateExpiry(LocalDate today, Errors errors) {
        if (expiresOn != null && (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusDays(MAX_DAYS)))) {
            errors.rejectValue("expiresOn", "admin.tokens.expiresOn.range", new Object[] {MAX_DAYS}, null);
        }
    }

    IssueApiToken toCommand(String administrator, @Nullable String remoteAddress) {
        return new IssueApiToken(userId, name, scopes, expiresOn, administrator, remoteAddress);
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public void setUserId(@Nullable Long userId) {
        this.userId = userId;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public Set<ApiScope> getScopes() {
        return scopes;
    }

    public void setScopes(@Nullable Set<ApiScope> scopes) {
        this.scopes = scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(scopes);
    }

    public @Nullable LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(@Nullable LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
