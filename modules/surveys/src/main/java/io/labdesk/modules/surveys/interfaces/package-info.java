/** How people reach the survey module: the customer's survey page, the REST API, the staff view, figures, tasks. */
package io.labdesk.modules.surveys.interfaces;
