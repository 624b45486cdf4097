using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Teams;

namespace TechChallenge.Infrastructure.Teams;

public sealed record ExtensionRequestView(
    Guid Id,
    Guid TeamId,
    string TeamName,
    string RequestedBy,
    DateTime RequestedUntilUtc,
    string Reason,
    DateTime CreatedAtUtc,
    ExtensionRequestStatus Status,
    string? DecisionNote,
    DateTime? DecidedAtUtc
);

public sealed record ExtensionView(Guid TeamId, string TeamName, DateTime UntilUtc, string Reason, string GrantedBy, DateTime GrantedAtUtc);

public sealed record TeamOption(Guid Id, string Name);

/// <summary>What an organiser sees of a challenge's extensions: requests, grants, and the teams one can be granted to.</summary>
public sealed record ChallengeExtensions(
    DateTime? DeadlineUtc,
    DateTime? JudgingOpensUtc,
    ChallengeStatus Status,
    IReadOnlyList<ExtensionRequestView> Requests,
    IReadOnlyList<ExtensionView> Granted,
    IReadOnlyList<TeamOption> Teams
);

/// <summary>What a team sees: its own extension and its latest request.</summary>
public sealed record TeamDeadline(
    DateTime? ChallengeDeadlineUtc,
    DateTime? ExtendedUntilUtc,
    string? ExtensionReason,
    ExtensionRequestView? LatestRequest
);
