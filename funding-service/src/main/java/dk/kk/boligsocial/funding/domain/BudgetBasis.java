package dk.kk.boligsocial.funding.domain;

/** Whether a plan's budget lines are its request or LBF's grant. */
public enum BudgetBasis { REQUESTED, GRANTED }
