using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>The managed list of fields of technology that challenges and judges' expertise are tagged with.</summary>
public sealed class FieldTagService(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<FieldTag>> ListFieldTagsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.FieldTags.AsNoTracking().OrderBy(f => f.Code).ToListAsync(cancellationToken);
    }

    /// <summary>Platform admins keep the list of fields that challenges are tagged with.</summary>
    public async Task<Outcome<Guid>> AddFieldTagAsync(
        Actor actor,
        string code,
        string name,
        string nameZh,
        CancellationToken cancellationToken = default
    )
    {
        if (!actor.IsAdmin)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        code = (code ?? "").Trim().ToLowerInvariant();
        if (
            code.Length is 0 or > 64
            || !code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-')
            || string.IsNullOrWhiteSpace(name)
            || string.IsNullOrWhiteSpace(nameZh)
        )
        {
            return Outcome<Guid>.Refused(RuleCodes.FieldTagInvalid);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.FieldTags.AnyAsync(f => f.Code == code, cancellationToken))
        {
            return Outcome<Guid>.Refused(RuleCodes.FieldTagDuplicate, code);
        }

        var tag = new FieldTag
        {
            Code = code,
            Name = name.Trim(),
            NameZh = nameZh.Trim(),
        };
        db.FieldTags.Add(tag);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(tag.Id);
    }
}
