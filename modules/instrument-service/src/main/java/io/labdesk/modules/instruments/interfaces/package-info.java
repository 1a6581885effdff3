/** The module's doors: its REST resources and its staff view. */
package io.labdesk.modules.instruments.interfaces;
