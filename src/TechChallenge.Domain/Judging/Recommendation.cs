namespace TechChallenge.Domain.Judging;

/// <summary>A judge's overall advice to the organisers on an entry.</summary>
public enum Recommendation
{
    StronglyRecommend,
    Recommend,
    Neutral,
    DoNotRecommend,
}
