namespace TechChallenge.Domain.Challenges;

/// <param name="Anchors">What the scale's marks mean for this criterion (e.g. "0–3 no evidence; 4–6 lab scale; 7–10 pilot
/// line"), so that judges score alike; shown on the scorecard and to solvers.</param>
/// <param name="Round">The round scored on it. Round 1 must have criteria; a later round without its own is scored on round 1's.</param>
public sealed record CriterionPlan(string Name, string Description, decimal Weight, string Anchors = "", int Round = 1);
