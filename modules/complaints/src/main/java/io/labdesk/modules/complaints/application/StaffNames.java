package io.labdesk.modules.complaints.application;

import io.labdesk.platform.api.identity.StaffDirectory;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Staff as the file records them (usernames), shown as people read them: "赵敏 (zhao.min)". Someone who has left the
 * directory since still shows, by the username recorded, so the file never loses who was named.
 */
public final class StaffNames {

    private final StaffDirectory directory;

    public StaffNames(StaffDirectory directory) {
        this.directory = directory;
    }

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return directory.find(username).map(s -> s.displayName() + " (" + username + ")").orElse(username);
    }

    /** The name alone, for letters to customers; the username where the directory no longer knows them. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return directory.find(username).map(StaffDirectory.StaffMember::displayName).orElse(username);
    }

    /** Several, in the order recorded, listed as the language lists; null when there are none. */
    public String of(List<String> usernames, boolean chinese) {
        String joined = usernames.stream().map(this::of).filter(n -> n != null)
                .collect(Collectors.joining(chinese ? "、" : ", "));
        return joined.isEmpty() ? null : joined;
    }
}
