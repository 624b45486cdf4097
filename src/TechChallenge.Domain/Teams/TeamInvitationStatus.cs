using System.Net.Mail;
using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Teams;

public enum TeamInvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Revoked,
}
