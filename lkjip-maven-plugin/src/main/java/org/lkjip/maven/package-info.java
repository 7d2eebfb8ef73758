/**
 * The lkjip Maven plugin: goal {@code lkjip:verify} ({@link org.lkjip.maven.VerifyMojo}) audits a
 * project's LKjIP reports in its build, through the {@code lkjip verify} command run in Maven's
 * JVM.
 */
@NullMarked
package org.lkjip.maven;

import org.jspecify.annotations.NullMarked;
