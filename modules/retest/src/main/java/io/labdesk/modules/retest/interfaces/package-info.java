/** The module's doors: its REST resource, its staff views and its forms for customers. */
package io.labdesk.modules.retest.interfaces;
