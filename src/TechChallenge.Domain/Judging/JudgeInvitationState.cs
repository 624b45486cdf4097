using TechChallenge.Domain.Common;
using TechChallenge.Domain.Organizations;

using TechChallenge.Domain.SubCenters;
namespace TechChallenge.Domain.Judging;

public enum JudgeInvitationState
{
    Pending,
    Accepted,
    Declined,
    Revoked,
    Expired,
}
