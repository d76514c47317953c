package dev.dbflow.testing;

import dev.dbflow.api.DbflowListener;

import java.util.ArrayList;
import java.util.List;

/** Collects what the core reports, for exact assertions. */
public final class RecordingListener implements DbflowListener {

    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        lines.add(message);
    }

    @Override
    public synchronized void warn(String message) {
        lines.add("WARN " + message);
    }

    /** Returns every line reported so far. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
