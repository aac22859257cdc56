package org.grassroots.plan.persistence.activity;

/** A mission reporter who receives reminder e-mails, in the language they chose ({@code ja} or {@code en}). */
public record ReminderRecipientRow(
        long userId, String email, String displayName, String language, String missionCode) {}
