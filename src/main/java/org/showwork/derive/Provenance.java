package org.showwork.derive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.quantity.DecimalPlaces;

/**
 * How a trace was made, for the header of every document: the showwork version, the problem's
 * source, the arithmetic and the decimal places. No clock time, so that documents are reproducible.
 */
public record Provenance(String version, String source, ArithmeticMode arithmetic, DecimalPlaces decimals) {

    /** The version of this build, from the properties Maven writes at build time. */
    public static String currentVersion() {
        return VERSION;
    }

    /** Read once: every trace (every variant of a class) records it. */
    private static final String VERSION = readVersion();

    private static String readVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("/org/showwork/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
