package org.grassroots.plan.core.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An initiative's title and summary in Japanese and English, with the flags that say a side may lag behind a
 * change of the other. It needs a title in at least one language.
 */
@Embeddable
public class InitiativeText {

    @Column(name = "title_ja")
    private @Nullable String titleJa;

    @Column(name = "title_en")
    private @Nullable String titleEn;

    @Column(name = "summary_ja")
    private @Nullable String summaryJa;

    @Column(name = "summary_en")
    private @Nullable String summaryEn;

    @Column(name = "ja_translation_stale", nullable = false)
    private boolean jaTranslationStale;

    @Column(name = "en_translation_stale", nullable = false)
    private boolean enTranslationStale;

    protected InitiativeText() {}

    InitiativeText(@Nullable String titleJa, @Nullable String titleEn) {
        retitle(titleJa, titleEn);
    }

    void retitle(@Nullable String titleJa, @Nullable String titleEn) {
        if (isBlank(titleJa) && isBlank(titleEn)) {
            throw new IllegalArgumentException("An initiative needs a title in at least one language");
        }
        this.titleJa = titleJa;
        this.titleEn = titleEn;
    }

    void describe(@Nullable String summaryJa, @Nullable String summaryEn) {
        this.summaryJa = summaryJa;
        this.summaryEn = summaryEn;
    }

    /**
     * Replaces the titles and summaries in both languages and keeps the translation flags in step: a side that is
     * edited is current again; when only one side changes, the other is marked "translation may be out of date".
     * An editor who confirms the translation clears both flags.
     */
    void rewrite(
            @Nullable String titleJa,
            @Nullable String titleEn,
            @Nullable String summaryJa,
            @Nullable String summaryEn,
            boolean translationConfirmed) {
        boolean japaneseChanged = !Objects.equals(this.titleJa, titleJa) || !Objects.equals(this.summaryJa, summaryJa);
        boolean englishChanged = !Objects.equals(this.titleEn, titleEn) || !Objects.equals(this.summaryEn, summaryEn);
        retitle(titleJa, titleEn);
        describe(summaryJa, summaryEn);
        if (translationConfirmed) {
            markTranslationStale(false, false);
            return;
        }
        // Editing a side that was out of date is catching up, not a new divergence of the other side.
        boolean japaneseStale = !japaneseChanged && (jaTranslationStale || englishChanged && !enTranslationStale);
        boolean englishStale = !englishChanged && (enTranslationStale || japaneseChanged && !jaTranslationStale);
        markTranslationStale(japaneseStale, englishStale);
    }

    void markTranslationStale(boolean japaneseStale, boolean englishStale) {
        this.jaTranslationStale = japaneseStale;
        this.enTranslationStale = englishStale;
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    public @Nullable String getTitleJa() {
        return titleJa;
    }

    public @Nullable String getTitleEn() {
        return titleEn;
    }

    public @Nullable String getSummaryJa() {
        return summaryJa;
    }

    public @Nullable String getSummaryEn() {
        return summaryEn;
    }

    public boolean isJaTranslationStale() {
        return jaTranslationStale;
    }

    public boolean isEnTranslationStale() {
        return enTranslationStale;
    }
}
