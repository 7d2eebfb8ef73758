/**
 * Renderers of a {@link org.lkjip.evaluation.audit.Verification} for people and for CI: a text
 * table for a 120-column terminal, Markdown, a self-contained HTML page with an inline SVG chart,
 * and the {@code lkjip-verification/1} JSON document.
 *
 * <p>Every renderer is deterministic: the same verification gives the same bytes on every machine.
 * Numbers are formatted the Indonesian way ({@code 52,73}, {@code 3.308.936.254}) by code, never by
 * a locale; nothing reads the clock, the default locale or the default time zone.
 */
@NullMarked
package org.lkjip.examples.report;

import org.jspecify.annotations.NullMarked;
