package dk.kk.boligsocial.evaluation.api;

/** Baseline (at the start), midterm and final (slutevaluering) evaluation of a plan. */
public enum EvaluationKind { BASELINE, MIDTERM, FINAL }
