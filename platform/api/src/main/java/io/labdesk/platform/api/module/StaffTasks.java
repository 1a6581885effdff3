package io.labdesk.platform.api.module;

import java.util.List;

/**
 * What a module asks of the signed-in member of staff, counted: complaints awaiting their investigation, replies
 * waiting to be sent. The home page shows each task with a count above zero as a link into the module's views.
 * Asked only where the institution runs the module, of staff holding {@link #permission()}; it is asked on every
 * visit of the home page, so count in the database rather than load records.
 */
public interface StaffTasks {

    /** One of the module's permissions, or null for all staff. */
    String permission();

    /** The tasks of the current institution's signed-in staff member, zero counts included or left out alike. */
    List<Task> ofCurrentStaff();

    /**
     * A kind of task and how many of it wait: {@code id} stable (an element id on the page), {@code label} what to
     * do ("Complaints to investigate"), {@code link} a route of the module's views with its query or path
     * ({@code complaints?task=investigate}) that lists them.
     */
    record Task(String id, Text label, long count, String link) {
    }
}
