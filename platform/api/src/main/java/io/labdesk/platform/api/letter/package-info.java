/**
 * Letters a module sends its customers (复函, 复测结果通知书…) in each institution's own wording: the module declares the
 * kinds with their placeholders and default wording ({@link io.labdesk.platform.api.module.LabDeskModule#letters()}),
 * the institution rewords them per language, and {@link io.labdesk.platform.api.letter.LetterTemplates} writes a letter
 * from the wording in force.
 */
package io.labdesk.platform.api.letter;
