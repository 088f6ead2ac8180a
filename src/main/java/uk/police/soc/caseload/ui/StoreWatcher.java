package uk.police.soc.caseload.ui;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Executor;
import uk.police.soc.caseload.service.CaseloadService;
import uk.police.soc.caseload.service.LiveUpdates;
import uk.police.soc.caseload.service.StoreConnectionLostException;

/**
 * Watches the open store on a thread of its own and refreshes the workspace when another desk commits
 * (PostgreSQL announces it; an H2 desk looks every second), well inside the 5 seconds a change may take to
 * show. When the connection goes it says so and tries again every few seconds; nothing the user typed is
 * touched, and the screens load the latest data once the store answers again.
 */
final class StoreWatcher {

    static final Duration WAIT = Duration.ofSeconds(2);
    static final Duration RETRY = Duration.ofSeconds(3);
    private static final Duration STOP_WAIT = Duration.ofSeconds(6);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final WorkspaceViewModel workspace;
    private volatile boolean running;
    private Thread thread;

    StoreWatcher(WorkspaceViewModel workspace) {
        this.workspace = workspace;
    }

    synchronized void start(Executor uiThread) {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(() -> watch(uiThread), "caseload-live-view");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops watching and waits (briefly) for the watcher to let go of the store. */
    void stop() {
        Thread watcher;
        synchronized (this) {
            running = false;
            watcher = thread;
            thread = null;
        }
        if (watcher != null) {
            // Not interrupted: an interrupt inside a database call can close an H2 file under it. Each wait
            // ends within WAIT (or RETRY), and the loop then sees it should stop.
            try {
                watcher.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void watch(Executor uiThread) {
        boolean lost = false;
        long asked = -1;
        while (running) {
            CaseloadService watched = workspace.service();
            try (LiveUpdates updates = watched.liveUpdates()) {
                while (running && workspace.service() == watched) {
                    long seen = workspace.shownChangeCount();
                    long now = updates.awaitChange(seen < 0 ? watched.changeCount() : seen, WAIT);
                    if (lost) {
                        lost = false;
                        asked = now;
                        uiThread.execute(() -> {
                            workspace.connectionProblem("");
                            workspace.refresh();
                        });
                    } else if (seen >= 0 && now != seen && now != asked) {
                        asked = now;
                        uiThread.execute(workspace::refresh);
                    }
                }
            } catch (StoreConnectionLostException | IllegalStateException e) {
                if (!running || workspace.service() != watched) {
                    continue;
                }
                lost = true;
                String since = LocalTime.now().format(CLOCK);
                uiThread.execute(() -> workspace.connectionProblem("Lost the connection to " + watched.storeName()
                        + " at " + since + ". What you have typed is kept; the planner reconnects by itself and"
                        + " shows the latest data when it does. Nothing half-saved is kept by the store."));
                pause();
            } catch (RuntimeException e) {
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
