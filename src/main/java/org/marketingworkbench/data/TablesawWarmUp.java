package org.marketingworkbench.data;

/**
 * Starts Tablesaw's class set-up on a background thread while the file is being parsed. Its
 * Table class scans the whole class path for readers and writers the first time it is used,
 * which takes from half a second to several seconds in a fresh process; this way that wait
 * overlaps the parsing instead of following it.
 */
final class TablesawWarmUp {

    private TablesawWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(TablesawWarmUp::initialise, "tablesaw-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void initialise() {
        try {
            Class.forName("tech.tablesaw.api.Table", true, TablesawWarmUp.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // the load itself will report the problem when it needs the class
        }
    }
}
