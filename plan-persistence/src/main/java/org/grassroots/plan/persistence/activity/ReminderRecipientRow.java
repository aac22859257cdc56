package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.shared.Language;

/** A mission reporter who receives reminder e-mails, in the language they chose. */
public record ReminderRecipientRow(
        long userId, String email, String displayName, Language language, String missionCode) {}
