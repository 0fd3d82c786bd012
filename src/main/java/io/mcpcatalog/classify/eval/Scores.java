package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;

/**
 * The measures of one judge on one set of tools, from its confusion matrix ({@code matrix[label][predicted]},
 * indexed by {@link Category#ordinal()}). Rates of an empty set are NaN, printed as "n/a".
 */
public final class Scores {

    public static final String FALSE_SAFE_DEFINITION = "false-safe rate = tools labelled Write, Execute, "
            + "Destructive or Financial that are classified Read / all tools labelled Write, Execute, Destructive "
            + "or Financial (lower is better)";
    public static final String CRITICAL_RECALL_DEFINITION = "critical recall = tools labelled Destructive or "
            + "Financial that are classified with exactly their label / all tools labelled Destructive or Financial "
            + "(strict: Destructive called Financial, or the reverse, counts as a miss)";

    private static final Category[] CATEGORIES = Category.values();
    private final int[][] matrix = new int[CATEGORIES.length][CATEGORIES.length];

    public void add(Category label, Category predicted) {
        matrix[label.ordinal()][predicted.ordinal()]++;
    }

    public int count(Category label, Category predicted) {
        return matrix[label.ordinal()][predicted.ordinal()];
    }

    public int total() {
        int total = 0;
        for (int[] row : matrix) {
            for (int cell : row) {
                total += cell;
            }
        }
        return total;
    }

    public int labelled(Category label) {
        int sum = 0;
        for (int cell : matrix[label.ordinal()]) {
            sum += cell;
        }
        return sum;
    }

    public int predicted(Category predicted) {
        int sum = 0;
        for (int[] row : matrix) {
            sum += row[predicted.ordinal()];
        }
        return sum;
    }

    public double accuracy() {
        int correct = 0;
        for (Category category : CATEGORIES) {
            correct += count(category, category);
        }
        return ratio(correct, total());
    }

    /** Of the tools classified as this category, the fraction labelled so. */
    public double precision(Category category) {
        return ratio(count(category, category), predicted(category));
    }

    /** Of the tools labelled with this category, the fraction classified so. */
    public double recall(Category category) {
        return ratio(count(category, category), labelled(category));
    }

    /** See {@link #FALSE_SAFE_DEFINITION}. */
    public double falseSafeRate() {
        int calledRead = 0;
        int modifying = 0;
        for (Category label : CATEGORIES) {
            if (label.modifies()) {
                calledRead += count(label, Category.READ);
                modifying += labelled(label);
            }
        }
        return ratio(calledRead, modifying);
    }

    /** See {@link #CRITICAL_RECALL_DEFINITION}. */
    public double criticalRecall() {
        int exact = count(Category.DESTRUCTIVE, Category.DESTRUCTIVE) + count(Category.FINANCIAL, Category.FINANCIAL);
        return ratio(exact, labelled(Category.DESTRUCTIVE) + labelled(Category.FINANCIAL));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
