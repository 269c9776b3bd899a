package org.marketingworkbench.report.html;

import org.marketingworkbench.report.Pseudonymizer;

/**
 * How the report treats personal data: pseudonymised with the project's salt (the default, as
 * in exports), or shown as it is when the user opts out.
 */
public final class ReportPrivacy {
    private final byte[] salt;
    private final boolean pseudonymise;

    private ReportPrivacy(byte[] salt, boolean pseudonymise) {
        this.salt = salt.clone();
        this.pseudonymise = pseudonymise;
    }

    /** Personal columns replaced by a keyed hash with this salt (the project's). */
    public static ReportPrivacy pseudonymised(byte[] salt) {
        if (salt.length == 0) {
            throw new IllegalArgumentException("pseudonyms need a salt");
        }
        return new ReportPrivacy(salt, true);
    }

    /** Personal columns shown as they are: the user opted out for this report. */
    public static ReportPrivacy shownAsIs() {
        return new ReportPrivacy(new byte[0], false);
    }

    public boolean pseudonymise() {
        return pseudonymise;
    }

    public byte[] salt() {
        return salt.clone();
    }

    /** The hasher, or null when personal data is shown as it is. */
    Pseudonymizer pseudonymizer() {
        return pseudonymise ? new Pseudonymizer(salt) : null;
    }
}
