package dk.kk.boligsocial.evaluation.domain;

/**
 * Whether an indicator meets its period's target: ON_TRACK when the approved value is at least as good as the
 * target (direction-aware), OFF_TRACK when worse, NO_DATA without baseline, target or approved value.
 */
public enum Track { ON_TRACK, OFF_TRACK, NO_DATA }
