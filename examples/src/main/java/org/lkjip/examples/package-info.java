/**
 * Runnable examples of lkjip: {@link org.lkjip.examples.AuditorExample} audits a report file the
 * way an Inspektorat reviewer would, and {@link org.lkjip.examples.HostApplicationExample} shows a
 * host application building a report in code, with a formula of its own, and reading one figure
 * with its provenance.
 */
@NullMarked
package org.lkjip.examples;

import org.jspecify.annotations.NullMarked;
