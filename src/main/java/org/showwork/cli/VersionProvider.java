package org.showwork.cli;

import org.showwork.derive.Provenance;
import picocli.CommandLine;

/** Reports the version Maven wrote into the build, and the Java running it (the launcher picks one). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"showwork " + Provenance.currentVersion(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
