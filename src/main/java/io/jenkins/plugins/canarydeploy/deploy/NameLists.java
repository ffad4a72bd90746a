package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.List;

/** Lists typed into one field: names separated by commas or new lines (names themselves may hold spaces). */
public final class NameLists {
    private NameLists() {}

    public static List<String> split(@CheckForNull String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        for (String part : text.split("[,\\n\\r]+")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The first name that appears twice, if any. */
    @CheckForNull
    static String firstDuplicate(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (names.subList(0, i).contains(names.get(i))) {
                return names.get(i);
            }
        }
        return null;
    }
}
