using TechChallenge.Domain.Common;

using TechChallenge.Domain.Proposals;
namespace TechChallenge.Domain.Teams;

public enum ExtensionRequestStatus
{
    Pending,
    Granted,
    Refused,
}
