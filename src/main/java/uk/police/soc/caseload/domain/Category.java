package uk.police.soc.caseload.domain;

/** A threat category, such as drugs supply or modern slavery and human trafficking. */
public record Category(String code, String name) {
}
