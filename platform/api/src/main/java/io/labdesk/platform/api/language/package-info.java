/**
 * Which language a reader gets. LabDesk speaks Simplified Chinese and English, and every text it shows, sends or
 * prints follows one rule: the reader's own language when it is known, otherwise their institution's default. Used
 * by the platform's messages and by modules' two-language texts alike; depends on nothing but the JDK.
 */
package io.labdesk.platform.api.language;
