package org.marketingworkbench.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("development" when run from classes). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = WorkbenchCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Marketing Workbench " + (version == null ? "development" : version)};
    }
}
