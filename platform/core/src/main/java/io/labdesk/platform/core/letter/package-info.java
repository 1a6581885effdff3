/** The institutions' wording of the modules' letters ({@code letter_template}) behind the platform's letter facade. */
package io.labdesk.platform.core.letter;
