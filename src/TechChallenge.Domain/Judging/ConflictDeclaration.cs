namespace TechChallenge.Domain.Judging;

/// <summary>A conflict a judge declares: with a whole organisation or with one team.</summary>
public sealed class ConflictDeclaration
{
    public const int MaxReasonLength = 500;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChallengeId { get; init; }
    public required string JudgeUserId { get; init; }
    public Guid? OrganizationId { get; init; }

    /// <summary>The organisation's name as the judge typed it, to show it back to them.</summary>
    public string? OrganizationName { get; init; }

    public Guid? TeamId { get; init; }
    public string Reason { get; init; } = "";
    public DateTime DeclaredAtUtc { get; init; }
}
