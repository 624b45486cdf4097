using TechChallenge.Infrastructure.Regions;

namespace TechChallenge.Infrastructure.SubCenters;

public sealed record SubCenterView(
    Guid Id,
    string Name,
    string NameZh,
    RegionLabel Region,
    string TransferCenterName,
    string TransferCenterNameZh,
    int Managers,
    int Challenges
);

/// <param name="Region">A region code of the list, or a division's name in either language (江苏 · 苏州).</param>
public sealed record SubCenterInput(string Name, string NameZh, string Region);

public sealed record MemberView(string UserId, string DisplayName, string Email);

public sealed record InvitationView(Guid Id, string Email, DateTime CreatedAtUtc, DateTime ExpiresAtUtc, DateTime? AcceptedAtUtc);

/// <summary>An invitation just created: <see cref="Token"/> goes into the link and is never stored.</summary>
public sealed record CreatedInvitation(Guid Id, string Token);

public sealed record InvitationPreview(string SubCenterName, string SubCenterNameZh, string Email, bool Usable);
