package io.labdesk.platform.core.identity;

import java.util.Set;

/** Splits a display name into the given and family names an identity provider stores. */
public final class PersonName {

    /** Two-character Chinese family names; every other Chinese name has a one-character family name. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文", "司徒", "夏侯", "端木", "独孤", "南宫", "西门");

    private PersonName() {
    }

    /** {given, family}: 张伟 → {伟, 张}; 欧阳小明 → {小明, 欧阳}; Ada Lovelace → {Ada, Lovelace}. */
    public static String[] split(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (!name.isEmpty() && name.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                && name.length() >= 2) {
            int familyLength = name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
            return new String[] {name.substring(familyLength), name.substring(0, familyLength)};
        }
        int space = name.lastIndexOf(' ');
        if (space > 0) {
            return new String[] {name.substring(0, space).strip(), name.substring(space + 1).strip()};
        }
        return new String[] {name, name};
    }
}
