package uk.police.soc.caseload.domain;

/**
 * A training course.
 *
 * @param validMonths months a completion stays valid; {@code null} when it never expires
 * @param accreditsLro whether a valid completion makes the officer an accredited LRO
 * @param category the threat category the course is about, or {@code null}
 */
public record Course(String code, String name, Integer validMonths, boolean accreditsLro, String category) {
}
