package org.marketingworkbench.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the project file format, "major.minor". A newer minor version only adds
 * fields, which this version keeps unread; a newer major version changed the meaning of
 * fields, so this version refuses to open it rather than misread it.
 */
public record SchemaVersion(int major, int minor) implements Comparable<SchemaVersion> {
    /** The version this build writes. */
    public static final SchemaVersion CURRENT = new SchemaVersion(1, 0);

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,6})(?:\\.(\\d{1,6}))?");

    /** Parses "1.2" (or "1"); null when the text is not a version. */
    public static SchemaVersion parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            return null;
        }
        int minor = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return new SchemaVersion(Integer.parseInt(matcher.group(1)), minor);
    }

    /** True when this build can read a file of this version. */
    public boolean isReadable() {
        return major <= CURRENT.major;
    }

    @Override
    public int compareTo(SchemaVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
