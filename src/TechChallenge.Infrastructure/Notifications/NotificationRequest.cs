using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Notifications;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Notifications;

/// <summary>What happened, to what, and who should hear of it.</summary>
public sealed record NotificationRequest(NotificationKind Kind, Guid? ChallengeId, string Subject, string Link, IReadOnlyCollection<string> Recipients);
