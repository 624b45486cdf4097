using System.Net.Mail;
using TechChallenge.Domain.Common;

namespace TechChallenge.Domain.Teams;

public enum TeamRole
{
    /// <summary>Started the entry; invites and removes members.</summary>
    Lead,
    Member,
}
