package uk.police.soc.caseload.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and hands its result back on it. View models take one so that their
 * tests can run everything synchronously, without the FX toolkit.
 */
public interface BackgroundRunner {

    /** Runs {@code work}; then {@code onSuccess} or {@code onFailure} on the thread that owns the UI state. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the caller's thread: for tests and for the command line. */
    BackgroundRunner SYNCHRONOUS = new BackgroundRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
