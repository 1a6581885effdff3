/**
 * How people reach complaints: the REST resource, the staff views, the public complaint and opinion forms, and the
 * module's dashboard figures. Translates input into application calls and answers into views; holds no rules.
 */
package io.labdesk.modules.complaints.interfaces;
