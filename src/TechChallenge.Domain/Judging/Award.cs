namespace TechChallenge.Domain.Judging;

/// <summary>A prize given to one entry when the results are published.</summary>
public sealed class Award
{
    public const int MaxTitleLength = 100;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public Guid ProposalId { get; init; }

    /// <summary>1 for the first place; entries may share a place.</summary>
    public int Place { get; init; }

    /// <summary>As the organisers word it, e.g. "一等奖 First prize".</summary>
    public required string Title { get; init; }

    public decimal? Amount { get; init; }
}
