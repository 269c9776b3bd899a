package org.marketingworkbench.data;

import java.util.List;
import org.marketingworkbench.i18n.Messages;

/**
 * The role guessed for one column and why, so the Data page can show the reason beside the
 * role the user may change.
 *
 * @param role            the guessed role
 * @param reasonKey       the message key of the reason
 * @param reasonArguments the reason's message arguments
 * @param personalData    for {@link ColumnRole#PERSONAL}: what gave the column away; otherwise null
 */
public record RoleGuess(ColumnRole role, String reasonKey, List<String> reasonArguments,
        PersonalDataMatch personalData) {

    public RoleGuess {
        reasonArguments = List.copyOf(reasonArguments);
    }

    static RoleGuess of(ColumnRole role, String reasonKey, String... arguments) {
        return new RoleGuess(role, reasonKey, List.of(arguments), null);
    }

    static RoleGuess personal(PersonalDataMatch match) {
        return new RoleGuess(ColumnRole.PERSONAL, null, List.of(), match);
    }

    /** The reason as one translated sentence. */
    public String reason() {
        return personalData != null ? personalData.describe() : Messages.get(reasonKey, reasonArguments.toArray());
    }
}
