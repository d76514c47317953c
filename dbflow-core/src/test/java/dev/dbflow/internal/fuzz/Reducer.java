package dev.dbflow.internal.fuzz;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Shrinks a failing input to one whose every smaller input passes, so a failure is reported at its smallest. Greedy:
 * it takes the first smaller input that still fails and starts over from there, which finds a local minimum with
 * few runs of the (slow, database-backed) check; an exhaustive search would cost a run per combination.
 */
final class Reducer {

    private Reducer() {
    }

    /**
     * Returns the reduced input.
     *
     * @param failing an input {@code fails} holds for
     * @param smaller the inputs one step smaller than an input; taking steps must end
     * @param fails   whether an input still fails the same way
     * @return {@code failing} itself when no smaller input fails, else the input reached from it by smaller steps
     *         that all fail, none of whose own smaller inputs fails
     */
    static <T> T reduce(T failing, Function<T, Stream<T>> smaller, Predicate<T> fails) {
        // Lazily: candidates after the first failing one are never checked. A step makes the input smaller, so
        // the recursion is as deep as the input is big.
        return smaller.apply(failing).filter(fails).findFirst().map(next -> reduce(next, smaller, fails))
                .orElse(failing);
    }
}
