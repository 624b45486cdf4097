namespace TechChallenge.Domain.Teams;

public enum ExtensionRequestStatus
{
    Pending,
    Granted,
    Refused,
}
