package dk.kk.boligsocial.evaluation.domain;

/** Baseline (at the start), midterm and final (slutevaluering) evaluation of a plan. */
public enum EvaluationKind { BASELINE, MIDTERM, FINAL }
