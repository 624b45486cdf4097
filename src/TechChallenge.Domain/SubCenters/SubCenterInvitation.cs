using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.SubCenters;

/// <summary>An invitation to manage a sub-center, sent by a platform admin or by one of its managers.</summary>
public sealed class SubCenterInvitation : EmailInvitation
{
    public Guid SubCenterId { get; init; }
}
