package uk.police.soc.caseload.domain;

import java.time.LocalDate;

/**
 * How a sentence writes a date: the caller's choice, made where the sentence is made, so that no one rewrites
 * the dates inside a finished sentence. The dataset, {@code --json} and the command line's human output write
 * {@link #ISO} (2022-05-20); the app writes the force's format ({@code service.ForceDateFormat},
 * {@code config/display.json}); the inspection report writes long dates (20 May 2022).
 */
@FunctionalInterface
public interface DateWords {

    /** 2022-05-20, as the dataset writes it. */
    DateWords ISO = LocalDate::toString;

    /** The date in words; never called with null. */
    String write(LocalDate date);
}
