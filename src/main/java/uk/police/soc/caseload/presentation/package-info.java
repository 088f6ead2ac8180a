/**
 * The words: every sentence, name and number the command line and the desktop app show is written here, from
 * the facts (records, enums, numbers) the domain, solver and report layers return. Both user layers call it, so
 * a figure or an officer reads the same everywhere.
 */
package uk.police.soc.caseload.presentation;
