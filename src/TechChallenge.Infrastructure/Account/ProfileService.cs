using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Account;

/// <summary>
/// A person's profile: name, a few lines about their work, their fields of expertise from the managed list, the time
/// zone times are shown in and the language their e-mails are written in.
/// </summary>
public sealed class ProfileService(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int MaxBioLength = 2000;
    public const int MaxFields = 10;

    public async Task<ProfileView?> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == actor.UserId, cancellationToken);
        var fields = await db.UserExpertise.Where(e => e.UserId == actor.UserId).Select(e => e.FieldTagId).ToListAsync(cancellationToken);
        var organization = user.SolverOrganizationId is { } id
            ? await db.SolverOrganizations.Where(o => o.Id == id).Select(o => new { o.Name, o.NameZh }).SingleAsync(cancellationToken)
            : null;
        return new ProfileView(
            user.DisplayName,
            user.Email ?? "",
            user.Bio,
            fields,
            organization?.Name,
            organization?.NameZh,
            TimeZones.Find(user.TimeZoneId).Id,
            MailTemplates.CultureOrDefault(user.PreferredCulture)
        );
    }

    public async Task<Outcome> SaveAsync(Actor actor, ProfileInput input, CancellationToken cancellationToken = default)
    {
        if (actor.UserId is null)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        var name = input.DisplayName.Trim();
        if (name.Length is 0 or > 200 || input.Bio.Trim().Length > MaxBioLength)
        {
            return Outcome.Refused(RuleCodes.ProfileInvalid, MaxBioLength);
        }

        if (
            string.IsNullOrWhiteSpace(input.TimeZoneId)
            || !TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZoneId, out var zone)
            || !zone.HasIanaId
        )
        {
            return Outcome.Refused(RuleCodes.ProfileTimeZoneInvalid);
        }

        if (!MailTemplates.Cultures.Contains(input.EmailCulture))
        {
            return Outcome.Refused(RuleCodes.ProfileEmailLanguageInvalid);
        }

        var wanted = input.ExpertiseFieldIds.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (wanted.Count > MaxFields || await db.FieldTags.CountAsync(f => wanted.Contains(f.Id), cancellationToken) != wanted.Count)
        {
            return Outcome.Refused(RuleCodes.FieldTagInvalid);
        }

        var user = await db.Users.SingleAsync(u => u.Id == actor.UserId, cancellationToken);
        user.DisplayName = name;
        user.Bio = input.Bio.Trim();
        user.TimeZoneId = zone.Id;
        user.PreferredCulture = input.EmailCulture;
        var current = await db.UserExpertise.Where(e => e.UserId == actor.UserId).ToListAsync(cancellationToken);
        db.UserExpertise.RemoveRange(current.Where(e => !wanted.Contains(e.FieldTagId)));
        db.UserExpertise.AddRange(
            wanted
                .Where(id => current.All(e => e.FieldTagId != id))
                .Select(id => new UserExpertise { UserId = actor.UserId, FieldTagId = id })
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }
}
