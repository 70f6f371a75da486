package org.showwork.check;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Predicate;
import org.showwork.quantity.BlankSelection;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * How answers are marked: which quantities are asked, the tolerance and the points of each (a
 * default, overridden per kind of quantity and per id, the id winning), and the share of the points
 * that a {@code rounding} slip and a {@code follow-through} value earn. The defaults: every derived
 * quantity is asked, each is worth 1 point, a value is right when it rounds to the expected one at
 * the places shown, a rounding slip earns half, a follow-through value all of its point; and the
 * {@link MarkingRules#defaults() default rules} for other variants' values, repeated misconceptions
 * and fractions.
 */
public record MarkingScheme(Predicate<QuantityId> asked, Tolerance tolerance, Map<QuantityKind, Tolerance> toleranceByKind,
        Map<QuantityId, Tolerance> toleranceById, BigDecimal points, Map<QuantityKind, BigDecimal> pointsByKind,
        Map<QuantityId, BigDecimal> pointsById, BigDecimal roundingCredit, BigDecimal followThroughCredit,
        MarkingRules rules) {

    public static final BigDecimal DEFAULT_ROUNDING_CREDIT = new BigDecimal("0.5");
    public static final BigDecimal DEFAULT_FOLLOW_THROUGH_CREDIT = BigDecimal.ONE;

    public MarkingScheme {
        toleranceByKind = Map.copyOf(toleranceByKind);
        toleranceById = Map.copyOf(toleranceById);
        pointsByKind = Map.copyOf(pointsByKind);
        pointsById = Map.copyOf(pointsById);
    }

    /** A scheme with the default rules. */
    public MarkingScheme(Predicate<QuantityId> asked, Tolerance tolerance, Map<QuantityKind, Tolerance> toleranceByKind,
            Map<QuantityId, Tolerance> toleranceById, BigDecimal points, Map<QuantityKind, BigDecimal> pointsByKind,
            Map<QuantityId, BigDecimal> pointsById, BigDecimal roundingCredit, BigDecimal followThroughCredit) {
        this(asked, tolerance, toleranceByKind, toleranceById, points, pointsByKind, pointsById, roundingCredit,
                followThroughCredit, MarkingRules.defaults());
    }

    public static MarkingScheme defaults() {
        return new MarkingScheme(BlankSelection.all(), new Tolerance.ShownPlaces(), Map.of(), Map.of(), BigDecimal.ONE,
                Map.of(), Map.of(), DEFAULT_ROUNDING_CREDIT, DEFAULT_FOLLOW_THROUGH_CREDIT);
    }

    public Tolerance toleranceFor(QuantityId id) {
        Tolerance byId = toleranceById.get(id);
        return byId != null ? byId : toleranceByKind.getOrDefault(id.kind(), tolerance);
    }

    public BigDecimal pointsFor(QuantityId id) {
        BigDecimal byId = pointsById.get(id);
        return byId != null ? byId : pointsByKind.getOrDefault(id.kind(), points);
    }

    /** The points a verdict earns for a quantity worth {@code points}. */
    public BigDecimal earned(Verdict verdict, BigDecimal points) {
        return switch (verdict) {
            case CORRECT -> points;
            case ROUNDING -> points.multiply(roundingCredit);
            case FOLLOW_THROUGH -> points.multiply(followThroughCredit);
            default -> BigDecimal.ZERO;
        };
    }

    public MarkingScheme withTolerance(Tolerance other) {
        return new MarkingScheme(asked, other, toleranceByKind, toleranceById, points, pointsByKind, pointsById,
                roundingCredit, followThroughCredit, rules);
    }

    public MarkingScheme withAsked(Predicate<QuantityId> other) {
        return new MarkingScheme(other, tolerance, toleranceByKind, toleranceById, points, pointsByKind, pointsById,
                roundingCredit, followThroughCredit, rules);
    }

    public MarkingScheme withRules(MarkingRules other) {
        return new MarkingScheme(asked, tolerance, toleranceByKind, toleranceById, points, pointsByKind, pointsById,
                roundingCredit, followThroughCredit, other);
    }
}
