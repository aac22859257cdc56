package org.grassroots.plan.web.admin;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log's detail column in the reader's language. The log stores short English codes ("form", "oidc",
 * "locked", "sso: disabled", role names, "locked until …"); words it knows are translated, role names become the
 * role's label and an arrow the arrow sign; anything else (an identity provider's subject) is shown as stored.
 */
@Component("auditDetails")
public class AuditDetails {

    private static final Pattern ROLE = Pattern.compile("\\b(ADMIN|HQ_EDITOR|MISSION_REPORTER|VIEWER)\\b");

    private final MessageSource messages;

    AuditDetails(MessageSource messages) {
        this.messages = messages;
    }

    public String of(@Nullable String detail, Locale locale) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        String key = "admin.audit.detail." + detail.replaceAll("[^A-Za-z]+", "-");
        String known = messages.getMessage(key, null, null, locale);
        if (known != null) {
            return known;
        }
        if (detail.startsWith("locked until ")) {
            return messages.getMessage("admin.audit.detail.lockedUntil", new Object[] {detail.substring(13)}, locale);
        }
        Matcher roles = ROLE.matcher(detail.replace(" -> ", " → "));
        var text = new StringBuilder();
        while (roles.find()) {
            String role =
                    messages.getMessage("role." + Role.valueOf(roles.group(1)).name(), null, locale);
            roles.appendReplacement(text, Matcher.quoteReplacement(role));
        }
        roles.appendTail(text);
        return text.toString();
    }
}
